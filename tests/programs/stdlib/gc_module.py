# The gc module over the Boehm collector: switching automatic collection
# off and on, full collections, thresholds, and the argument errors.
import gc
print(gc.isenabled())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.collect() >= 0, gc.collect(0) >= 0)
print(gc.get_threshold())
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(500, 5, 6)
print(gc.get_threshold())
print(len(gc.get_count()))
print(gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.DEBUG_STATS)
st = gc.get_stats()
print(len(st), sorted(st[0]))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
gc.freeze(); gc.unfreeze(); print(gc.get_freeze_count())
x = [[i] * 10 for i in range(100000)]
del x
print(gc.collect(generation=2) >= 0)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
print(gc.set_debug(0), gc.get_debug())
for f in [gc.disable, gc.isenabled, gc.get_count, gc.get_threshold, gc.get_stats, gc.freeze, gc.unfreeze, gc.get_freeze_count, gc.get_debug]:
    try: f(1)
    except TypeError as e: print(e)
for f in [gc.set_debug]:
    try: f()
    except TypeError as e: print(e)
try: gc.collect(1,2)
except TypeError as e: print(e)
try: gc.collect(x=1)
except TypeError as e: print(e)
