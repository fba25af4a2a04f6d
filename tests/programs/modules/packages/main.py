# Packages: __init__.py, dotted imports, `import a.b as c`, from-import of a
# submodule, and relative imports inside the package.
import shapes.solid.cube
print(shapes.solid.cube.volume(2), shapes.__name__, shapes.solid.__package__)
import shapes.flat as flat
print(flat.area(3), flat.__name__)
from shapes import flat as f2, solid
print(f2 is flat, solid.__name__, solid.cube.NAME)
from shapes.solid import cube
print(cube.describe())
print(shapes.VERSION, shapes.square_area(4))
print(shapes.__file__.rsplit("/", 2)[-2:], cube.__file__.rsplit("/", 1)[-1])
print(hasattr(shapes, "__path__"), hasattr(cube, "__path__"), cube.__package__)
