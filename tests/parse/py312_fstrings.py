# taipan: python3.12
# ARGS: check --emit=ast
"""PEP 701 (Python 3.12): f-strings may reuse the enclosing quote inside
replacement fields, nest to any depth, contain backslashes and comments in
their expressions, and span lines inside a field of a single-quoted f-string."""
songs = ["a", "b"]
a = f"{", ".join(songs)}"
b = f"{f"{f"{f"{f"{1+1}"}"}"}"}"
c = f"{'\n'.join(songs)}"
d = f"{songs[0]!r:>{10}}"
e = f"{
    len(songs)  # a comment inside the field
}"
g = f'{'single'}' f"{"double"}"
h = f"{"\N{BULLET}"} {"\\"}"

# CHECK:STDOUT: Module(body=[Expr(value=Constant(value='PEP 701 (Python 3.12): f-strings may reuse the enclosing quote inside\nreplacement fields, nest to any depth, contain backslashes and comments in\ntheir expressions, and span lines inside a field of a single-quoted f-string.')), Assign(targets=[Name(id='songs', ctx=Store())], value=List(elts=[Constant(value='a'), Constant(value='b')], ctx=Load())), Assign(targets=[Name(id='a', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value=', '), attr='join', ctx=Load()), args=[Name(id='songs', ctx=Load())], keywords=[]), conversion=-1)])), Assign(targets=[Name(id='b', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=1)), conversion=-1)]), conversion=-1)]), conversion=-1)]), conversion=-1)]), conversion=-1)])), Assign(targets=[Name(id='c', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Constant(value='\n'), attr='join', ctx=Load()), args=[Name(id='songs', ctx=Load())], keywords=[]), conversion=-1)])), Assign(targets=[Name(id='d', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='songs', ctx=Load()), slice=Constant(value=0), ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Constant(value=10), conversion=-1)]))])), Assign(targets=[Name(id='e', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='songs', ctx=Load())], keywords=[]), conversion=-1)])), Assign(targets=[Name(id='g', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='single'), conversion=-1), FormattedValue(value=Constant(value='double'), conversion=-1)])), Assign(targets=[Name(id='h', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Constant(value='•'), conversion=-1), Constant(value=' '), FormattedValue(value=Constant(value='\\'), conversion=-1)]))], type_ignores=[])
# CHECK:EXIT: 0
