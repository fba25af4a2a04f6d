class M(type):
    pass
class C(metaclass=M, metaclass=M):
    pass

# CHECK:STDERR: fail_class_keyword_repeated.py:3:22: error: keyword argument repeated: metaclass [InvalidArguments]
# CHECK:STDERR:     3 | class C(metaclass=M, metaclass=M):
# CHECK:STDERR:       |                      ^~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
