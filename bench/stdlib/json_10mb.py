"""stdlib benchmark: json.dumps and json.loads of a ~10 MB document (bench/stdlib.sh)."""
import json

items = []
for i in range(62000):
    items.append({'id': i, 'name': 'item number %d' % i, 'price': i * 1.25 + 0.01, 'active': i % 2 == 0,
                  'tags': ['alpha', 'beta', 'caf\u00e9'][:i % 4], 'note': None, 'desc': 'a "quoted" text\twith\nescapes'})
doc = {'items': items, 'count': len(items)}
total = 0
for _ in range(2):
    text = json.dumps(doc)
    back = json.loads(text)
    total += len(text) + len(back['items'])
print(total, back == doc)
