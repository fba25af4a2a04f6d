x€ = 1

# CHECK:STDERR: fail_unicode_identifier_invalid.py:1:2: error: invalid character '€' (U+20AC) [InvalidCharacter]
# CHECK:STDERR:     1 | x€ = 1
# CHECK:STDERR:       |  ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
