shown = "shown"
_hidden = "hidden"
import sys as _sys
