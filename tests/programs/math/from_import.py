# from math import ... binds the names directly.
from math import sqrt, pi, floor, ceil, sin, cos
from math import e as euler
print(sqrt(81), floor(pi), ceil(pi), euler)
print(round(sin(pi / 2), 10), round(cos(pi), 10))
def dist(a, b):
    return sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)
print(dist((0, 0), (3, 4)), dist((1, 1), (4, 5)))
