# ARGS: check
x = a€b

# CHECK:STDERR: fail_invalid_character.py:2:6: error: invalid character '€' (U+20AC) [InvalidCharacter]
# CHECK:STDERR:     2 | x = a€b
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
