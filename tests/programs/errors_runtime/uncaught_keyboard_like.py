# A custom BaseException subclass (not an Exception) is still reported with a traceback.
class Stop(BaseException):
    pass
def run():
    raise Stop("halt requested")
print("start")
run()
