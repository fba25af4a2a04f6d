"""posixpath for Taipan: the same module as os.path (stdlib/os/path.py), under
its CPython name (issue #6, decision 0020)."""

from os.path import *
from os.path import __all__, _joinrealpath, _check_types
