# json.loads over well-formed and malformed documents: values, and JSONDecodeError's message/pos/lineno/colno.
import json

DOCS = [
    # well-formed
    '0', '-0', '1', '-1', '42', '1234567890123456789012345678901234567890', '-98765432109876543210',
    '0.5', '-0.5', '1.0', '1e3', '1E3', '1e+3', '1e-3', '-1.5E-3', '2.5e10', '1.7976931348623157e308', '5e-324',
    '1.5e400', '-1e400', '123.456e-7', '0e0', '0.0',
    'true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    '""', '"abc"', '"a b c"', '"\\""', '"\\\\"', '"\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u2603"',
    '"\\uD834\\uDD1E"', '"\\ud834\\udd1e"', '"\\ud800"', '"\\udc00"', '"\\ud834x"', '"\\ud834\\ud834"',
    '"\\udd1e\\ud834"', '"caf\u00e9"', '"\u2603 snow"', '"\U0001f600"', '"a\x7fb"', '"\u2028\u2029"',
    '[]', '[ ]', '[1]', '[1,2,3]', '[ 1 , 2 , 3 ]', '[[[]]]', '[[1,[2,[3]]]]', '[1, "two", 3.0, null, true]',
    '{}', '{ }', '{"a":1}', '{"a" : 1 , "b" : [ ] }', '{"a":{"b":{"c":{}}}}', '{"a":1,"a":2}', '{"":""}',
    '{"k\\u00e9y": "v"}', '{"x": [1, {"y": [2, {"z": null}]}]}', '\t\r\n [] \n', '  {"a" :\n\t[1,\n2]}  ',
    '{"num": -12.5e-2, "list": [true, false], "s": "x\\ty"}',
    '[1e2, 1E-2, -0.0, 0.1, 100]',
    # malformed
    '', ' ', '\n\n', '{', '}', '[', ']', '{"a"', '{"a" 1}', '{"a":}', '{"a":1,}', '{"a":1,"b"}', '{"a":1 "b":2}',
    '{1:2}', "{'a':1}", '{"a":1', '[1,]', '[1 2]', '[,]', '[1,,2]', '[1,2', '[-]', '-', '--1', '+1', '.5', '01',
    '1.', '1e', '1e+', '0x10', '1 2', '[1] [2]', '{"a":1}x', 'nul', 'tru', 'fals', 'truex', 'Infinityx', '-Inf',
    'nan', 'inf', 'None', 'True', '"abc', '"\\', '"abc\\', '"a\\x"', '"a\\u12"', '"\\u12', '"\\u12zz"',
    '"ab\\ud834\\u12"', '"ab\\ud834\\uzzzz"', '"a\tb"', '"a\nb"', '"a\x00b"', '"\x1f"',
    '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b": \n}', '[\n\n\n  "unterminated\n]', '\ufeff[1]', '[1]\ufeff',
    '{"a": [1, 2}', '{"a": {"b": 1]}', '[{"a": 1]', "[1, 2, 3,\n]", '"\\q"', '"\\U0041"',
]

ok = bad = 0
for doc in DOCS:
    try:
        value = json.loads(doc)
    except json.JSONDecodeError as e:
        bad += 1
        print('ERR', repr(doc), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    else:
        ok += 1
        print('OK ', repr(doc), '->', repr(value), type(value).__name__)
print(len(DOCS), 'documents:', ok, 'parsed,', bad, 'rejected')

# bytes input in the encodings json detects, and the type errors.
for data in [b'[1, "x"]', '{"a": "\u00e9"}'.encode('utf-16'), '[2]'.encode('utf-16-le'), '[3]'.encode('utf-16-be'),
             '[4]'.encode('utf-32'), '[5]'.encode('utf-32-le'), b'\xef\xbb\xbf[6]', bytearray(b'{"b": 7}'), b'8']:
    print(json.loads(data))
for wrong in [3, None, [1], 2.5]:
    try:
        json.loads(wrong)
    except TypeError as e:
        print('TypeError', e)
print(isinstance(json.JSONDecodeError('m', 'doc', 1), ValueError))
e = json.JSONDecodeError('Oops', 'ab\ncd\nef', 7)
print(e, e.lineno, e.colno, e.args)
