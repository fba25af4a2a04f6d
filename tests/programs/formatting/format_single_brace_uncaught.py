# An uncaught ValueError from an unmatched brace.
print("ok {}".format(1))
print("bad }".format())
