# enum: Enum/IntEnum/StrEnum/Flag/IntFlag, auto, aliases, lookups, reprs/strs/format, functional API, unique,
# _missing_, _ignore_, custom __init__/methods, and the errors.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


print(repr(Color), str(Color.RED), repr(Color.RED), format(Color.RED), f'{Color.RED:>12}|', Color.CRIMSON is Color.RED,
      list(Color), Color.__members__, len(Color), Color.RED in Color, Color(2), Color['GREEN'], Color.RED.name,
      Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color), type(Color).__name__)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Color(3))
t(lambda: Color['BLUE'])
t(lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 5


t(reassign)


def extend():
    class More(Color):
        BLUE = 3


t(extend)


def dup():
    @unique
    class S(Enum):
        A = 1
        B = 1


t(dup)


def twice():
    class Bad(Enum):
        A = 1
        A = 2


t(twice)


class N(IntEnum):
    ONE = 1
    TWO = auto()


print(str(N.ONE), repr(N.TWO), format(N.ONE), f'{N.TWO:03d}', N.ONE + 1, N.ONE == 1, N(2), repr(N), N.TWO * 2,
      sorted([N.TWO, 1]), hash(N.ONE) == hash(1), isinstance(N.ONE, int), int(N.TWO), list(N))


class P(Flag):
    R = auto()
    W = auto()
    X = auto()


print(repr(P.R | P.W), str(P.R | P.W), repr(P(0)), str(P(0)), list(P), list(P.R | P.X), P.R in P.R | P.W,
      bool(P(0)), repr(~P.R), repr(P(7)), repr(P), len(P.R | P.W), repr(P.R & P.W), repr(P.R ^ P.W))
t(lambda: P(8))


class IP(IntFlag):
    R = 4
    W = 2


print(str(IP.R | IP.W), repr(IP.R | IP.W), IP.R | 1, repr(IP.R | 1), repr(IP(9)), repr(~IP.R), repr(IP(0)),
      repr(IP.R & 6), IP.R | IP.W == 6)


class S(StrEnum):
    A = auto()
    B = 'bee'


print(str(S.A), repr(S.A), S.B == 'bee', format(S.B), S.A.upper(), f'{S.B}!', list(S))
A = Enum('Animal', 'ANT BEE CAT')
print(repr(A), list(A), A.BEE.value, repr(Enum('X', [('a', 5), ('b', 6)]).b), list(Enum('Y', 'p, q', start=10)),
      list(IntEnum('Z', {'k': 3})))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.MERCURY.surface_gravity, Planet.MERCURY.value, Planet.EARTH.mass, Planet((5.976e+24, 6.37814e6)))


class E(Enum):
    A = 5
    B = 1
    C = auto()


print(E.C.value)


class M(str, Enum):
    X = 'x'


print(str(M.X), repr(M.X), M.X == 'x')


class C2(Enum):
    A = 1
    B = 2
    _ignore_ = ['tmp']
    tmp = 5

    def describe(self):
        return self.name.lower()

    @classmethod
    def first(cls):
        return cls.A


print(C2.A.describe(), C2.first(), list(C2), hasattr(C2, 'tmp'), [m.describe() for m in C2])


class Miss(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return cls.A


print(Miss(99), {Color.RED: 'r'}[Color.CRIMSON], Color.RED == 1, Color.RED != Color.GREEN, sorted(Color, key=lambda c: c.value))


class Ordered(Enum):
    LOW = 1
    HIGH = 3

    def __lt__(self, other):
        return self.value < other.value


print(sorted([Ordered.HIGH, Ordered.LOW]), max(Ordered, key=lambda o: o.value), Ordered.LOW < Ordered.HIGH)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
