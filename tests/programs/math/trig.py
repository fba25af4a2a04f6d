# Trigonometric functions.
import math
for deg in [0, 30, 45, 60, 90, 180]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(0), math.tan(0.5))
print(math.hypot(3, 4))
