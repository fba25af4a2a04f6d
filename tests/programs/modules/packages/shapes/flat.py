print("shapes.flat runs as", __name__)


def area(side):
    return side * side
