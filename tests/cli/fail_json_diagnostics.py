# ARGS: check --diagnostics-format=json %s
"""JSON diagnostics: one object per line on stderr."""
x = (1,
y = [2

# CHECK:STDERR: {"file":"fail_json_diagnostics.py","line":4,"column":1,"end":{"line":4,"column":4},"severity":"error","kind":"InvalidSyntax","message":"invalid syntax. Maybe you meant '==' or ':=' instead of '='?","notes":[]}
# CHECK:STDERR: {"file":"fail_json_diagnostics.py","line":4,"column":5,"end":{"line":4,"column":6},"severity":"error","kind":"UnclosedBracket","message":"'[' was never closed","notes":[]}
# CHECK:EXIT: 1
