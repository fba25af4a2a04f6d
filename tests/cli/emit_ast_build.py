# ARGS: build --emit=ast %s
x = [1, *y]

# CHECK:STDOUT: Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])
# CHECK:EXIT: 0
