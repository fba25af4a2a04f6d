# time: clocks and sleep, gmtime/localtime/mktime and struct_time, strftime, asctime/ctime, errors (outputs independent of the time zone).
import time
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); c0 = time.process_time()
time.sleep(0.01)
print(time.time() - t0 >= 0.009, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, time.process_time() >= c0)
print(type(time.time_ns()).__name__, time.perf_counter_ns() > 0, type(time.time()).__name__)
g = time.gmtime(0)
print(g, g.tm_year, g.tm_wday, g.tm_yday, tuple(g), len(g), g[0])
g2 = time.gmtime(1700000000.7)
print(g2, time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %%", g2))
print(time.asctime(g2), time.strftime("%d/%m/%y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
lt = time.localtime(1700000000)
print(time.mktime(lt), isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(type(time.localtime()).__name__, time.ctime(0) == time.asctime(time.localtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
print(time.get_clock_info("monotonic").monotonic)
