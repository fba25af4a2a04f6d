# int() with Unicode digits and whitespace, and the 4300-digit limit of int/str conversion (sys.set_int_max_str_digits).
import sys
print(int('٣٤'), int('\u00a0 12 \u2003'), int("𝟗𝟖"), sys.get_int_max_str_digits())
try: str(10**5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
