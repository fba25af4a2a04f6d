# A module whose body raises is removed from sys.modules; importing it again
# runs the body again.
import sys
for attempt in range(2):
    try:
        import broken
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e, "broken" in sys.modules)
import ok_module
print("ok_module" in sys.modules, "broken" in sys.modules)
try:
    from ok_module import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import optional_dependency
except ModuleNotFoundError as e:
    print("optional:", e, e.name)
import broken
