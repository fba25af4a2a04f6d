# Run-time errors of except*.
for cls in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup)]:
    try:
        try:
            raise ValueError(1)
        except* cls:
            print("not here")
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* int:
        pass
except TypeError as e:
    print("TypeError:", e)
class MyGroup(ExceptionGroup):
    pass
try:
    try:
        raise ValueError()
    except* MyGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
