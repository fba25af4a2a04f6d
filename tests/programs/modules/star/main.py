# `from m import *` with and without __all__.
from withall import *
from noall import *

print(public_a, helper_b)
print(shown)
for name in ("_hidden", "not_listed", "hidden_in_all"):
    print(name, name in globals())
print(sorted(k for k in globals() if not k.startswith("__")))
