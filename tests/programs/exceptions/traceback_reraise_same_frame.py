# Re-raising in the frame that caught the exception keeps one traceback
# entry for that frame (the line where it was caught); `raise e` adds one.
def inner():
    return {}["missing"]

def bare():
    try:
        inner()
    except KeyError:
        print("bare: caught, re-raising")
        raise

def explicit():
    try:
        inner()
    except KeyError as e:
        print("explicit: caught")
        raise e

def nested_handlers():
    try:
        try:
            inner()
        except KeyError:
            raise
    except KeyError:
        raise

for f in (bare, explicit, nested_handlers):
    try:
        f()
    except KeyError as e:
        print(f.__name__, repr(e))
nested_handlers()
