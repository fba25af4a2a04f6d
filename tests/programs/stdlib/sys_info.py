# sys: the struct sequences (version_info, float_info, int_info, hash_info, flags), getsizeof, encodings, executable.
import sys
print(type(sys.argv).__name__, sys.platform, sys.version_info[:1], sys.version_info.major, sys.maxsize, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0, type(sys.path).__name__, 'sys' in sys.modules)
print(sys.int_info, sys.hash_info.width, sys.hash_info.modulus, sys.maxunicode, sys.executable != '')
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.flags.optimize, sys.version_info >= (3, 8))
major, minor, *rest = sys.version_info
print(major, isinstance(sys.version_info, tuple), len(sys.float_info), sys.float_info[0] == sys.float_info.max)
sys.stdout.write('w\n'); sys.stdout.flush()
print(sys.exc_info(), sys.getrecursionlimit())
