# json.loads hooks (object_hook, object_pairs_hook, parse_float/int/constant), strict=False, cls=, raw_decode,
# dump/load through file-like objects, json.decoder/json.encoder submodules, and round trips.
import json
import json.decoder
import json.encoder
from json import JSONDecoder, JSONDecodeError
from collections import OrderedDict

doc = '{"b": 1, "a": {"x": 2.5, "y": [1, 2]}, "c": NaN, "d": -Infinity, "e": 123456789012345678901}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=len, object_pairs_hook=lambda pairs: [k for k, v in pairs]))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads(doc, parse_constant=lambda s: 'C' + s))
print(json.loads('[1.0, 2, 3e2]', parse_float=str, parse_int=float))
try:
    json.loads('[1]', parse_int=lambda s: 1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

print(repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('"a\tb"')
except JSONDecodeError as e:
    print(e)
print(json.loads('{"k": "\x01"}', strict=False))

dec = JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]   '), dec.raw_decode('xx 7', 3))
try:
    dec.raw_decode('  [1]')
except JSONDecodeError as e:
    print(e)
print(dec.decode('  [1]  '))


class CountingDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
        self.objects = 0

    def hook(self, d):
        self.objects += 1
        return d


print(json.loads('[{"a": {}}, {}]', cls=CountingDecoder))
cd = CountingDecoder()
cd.decode('[{"a": {}}, {}, {"b": {"c": {}}}]')
print(cd.objects)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({'k': [1, 2, {'z': None}], 'e': 'é'}, sink, indent=2, ensure_ascii=False)
text = ''.join(sink.parts)
print(text)
print(json.load(Source(text)))
print(json.load(Source('[1, 2]'), object_hook=dict))

for value in [{'nested': [[{'deep': [1, 2.5, None, True, 'x\u00e9\U0001f600']}]]}, [], {}, '', 0, -1.25e-10,
              ['\u0000\u001f', '\\"'], {'1': 1, '2': [2]}]:
    for kwargs in [{}, {'indent': 2}, {'ensure_ascii': False}, {'separators': (',', ':'), 'sort_keys': True}]:
        s = json.dumps(value, **kwargs)
        assert json.loads(s) == value, (value, kwargs)
    print('round trip ok:', json.dumps(value))
print(json.decoder.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.encoder.encode_basestring('a"\u00e9'), json.encoder.encode_basestring_ascii('a"\u00e9'))
print(issubclass(JSONDecodeError, ValueError))
big = {'items': [{'id': i, 'name': 'item%d' % i, 'tags': ['t%d' % (i % 3)] * (i % 4), 'price': i * 1.25}
                 for i in range(200)]}
s = json.dumps(big, sort_keys=True)
print(len(s), json.loads(s) == big, len(json.dumps(big, indent=4)))
