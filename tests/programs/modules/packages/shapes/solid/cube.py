from .. import flat
from ..flat import area
from . import __name__ as parent_name

NAME = "cube"


def volume(side):
    return area(side) * side


def describe():
    return NAME + " in " + parent_name + " using " + flat.__name__
