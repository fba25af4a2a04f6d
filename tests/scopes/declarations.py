# ARGS: check --emit=scopes
# global/nonlocal declarations, imports, annotations, match captures,
# exception names, deletes.
import os.path
from sys import argv as args

counter: int = 0


def bump():
    global counter
    counter += 1


def handle(subject):
    try:
        import json
    except ImportError as err:
        print(err)
    match subject:
        case [first, *rest]:
            return first, rest
        case {"k": value, **others}:
            return value, others
        case Point(x=px) | Other(px):
            return px
    del subject
    annotated: list[int]

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   os: local, imported
# CHECK:STDOUT:   args: local, imported
# CHECK:STDOUT:   counter: global explicit, assigned, global, annotated
# CHECK:STDOUT:   int: global implicit, used
# CHECK:STDOUT:   bump: local, assigned
# CHECK:STDOUT:   handle: local, assigned
# CHECK:STDOUT:   function bump (line 10)
# CHECK:STDOUT:     counter: global explicit, assigned, global
# CHECK:STDOUT:   function handle (line 15)
# CHECK:STDOUT:     subject: local, param, assigned, used
# CHECK:STDOUT:     json: local, imported
# CHECK:STDOUT:     ImportError: global implicit, used
# CHECK:STDOUT:     err: local, assigned, used
# CHECK:STDOUT:     print: global implicit, used
# CHECK:STDOUT:     first: local, assigned, used
# CHECK:STDOUT:     rest: local, assigned, used
# CHECK:STDOUT:     value: local, assigned, used
# CHECK:STDOUT:     others: local, assigned, used
# CHECK:STDOUT:     Point: global implicit, used
# CHECK:STDOUT:     px: local, assigned, used
# CHECK:STDOUT:     Other: global implicit, used
# CHECK:STDOUT:     annotated: local, assigned, annotated
# CHECK:STDOUT:     list: global implicit, used
# CHECK:STDOUT:     int: global implicit, used
# CHECK:EXIT: 0
