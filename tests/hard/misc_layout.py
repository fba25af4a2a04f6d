"""Layout corner cases of the tokenizer: tabs and form feeds in
indentation, comments at every indentation level, blank lines with
whitespace, backslash continuations, semicolons, CRLF-free but odd spacing,
and statements that end the file without a blank line."""
if x:
	pass
if y:
        # comment with more indentation
    pass
  # comment with less indentation
if z:
    x = 1 \
        + 2
    y = [
  1,
        2,
    ]
    

    z = 3
def f():

    return 1
x = 1;y = 2;
if x: y; z
class C: pass; x = 1
while 0: pass
for x in y: pass
x = (  # comment
    1  # another
)
x = [1,
# comment at column 0 inside brackets
     2]
if a:
    if b:
        pass
# dedent comment
    else:
        pass
x = \
    1
if True:
    pass
    # trailing comment in block
last = 1
