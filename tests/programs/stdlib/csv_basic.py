# csv: reader state machine (quotes, escapes, newlines in fields, skipinitialspace, strict, QUOTE_NONNUMERIC),
# writer quoting modes, dialects, DictReader/DictWriter, files opened with newline='', and the errors.
import csv
import io

samples = ['a,b,c\r\n1,2,3\r\n', 'x,"quoted, with comma","with ""double"" quotes"\n', '"multi\nline",end\n',
           '\n\nafter,blank\n', 'a, b,  c\n', 'trailing,\n', ',,\n', '"unterminated\n', 'no newline at end',
           '"a"b,c\n', 'tab\tsep\n', "'single',quote\n", 'esc\\,aped,x\n', '"q""q",3.5,4\n']
for text in samples:
    for kw in [{}, {'skipinitialspace': True}, {'escapechar': '\\'}, {'delimiter': '\t'}, {'quotechar': "'"},
               {'strict': True}, {'quoting': csv.QUOTE_NONE}, {'doublequote': False, 'escapechar': '\\'}]:
        try:
            rows = list(csv.reader(io.StringIO(text, newline=''), **kw))
            print(repr(text), kw, rows)
        except csv.Error as e:
            print(repr(text), kw, 'Error', e)
print(list(csv.reader(['1,2.5,"x"\n'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['1,abc\n'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
try:
    list(csv.reader(['a\rb\n']))
except csv.Error as e:
    print('Error', e)
r = csv.reader(['a,b\n', 'c,d\n'])
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)

for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, escapechar='\\')
    w.writerow(['plain', 'with,comma', 'with "quote"', 'new\nline', 1, 2.5, None, '', True])
    w.writerows([[1, 2], ['a b', 'c']])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['']), w.writerow([]), w.writerow([None]), repr(out.getvalue()))
for bad in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
            lambda: csv.writer(io.StringIO()).writerow(5)]:
    try:
        bad()
    except csv.Error as e:
        print('Error', e)
for bad in [lambda: csv.reader([], delimiter='::'), lambda: csv.reader([], delimiter=None),
            lambda: csv.reader([], quoting=9), lambda: csv.writer(5), lambda: csv.reader([], bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
out = io.StringIO()
csv.writer(out, dialect='unix').writerow(['a', 1])
csv.writer(out, dialect='excel-tab').writerow(['a', 'b c'])
print(repr(out.getvalue()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['x', 'y'])
print(repr(out.getvalue()), list(csv.reader(['"x"|"y"'], dialect='pipes')))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error', e)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(['a;b', 'c'])
print(repr(out.getvalue()))

with open('people.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
    w.writeheader()
    w.writerow({'name': 'Ann', 'age': 31, 'city': 'Oslo'})
    w.writerows([{'name': 'Bob', 'age': 25}, {'name': 'Cé, "D"', 'age': None, 'city': 'Nice'}])
print(repr(open('people.csv', newline='').read()))
with open('people.csv', newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for row in dr:
        print(row, dr.line_num)
print(list(csv.DictReader(['a,b\n', '1,2,3,4\n', '5\n', '\n', '6,7\n'], restkey='rest', restval='?')))
print(list(csv.DictReader(['1,2\n'], fieldnames=['x', 'y'])))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
csv.DictWriter(out, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2})
print(repr(out.getvalue()), csv.field_size_limit(), csv.QUOTE_ALL, csv.QUOTE_NONE)
