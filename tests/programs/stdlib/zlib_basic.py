# zlib over the system zlib: checksums, one-shot and streaming (de)compression, zlib.error messages.
import zlib
data = b"hello world " * 100
print(zlib.crc32(data), zlib.crc32(b""), zlib.crc32(b"abc", 12345), zlib.crc32(b"abc", -1))
print(zlib.adler32(data), zlib.adler32(b"abc", 7))
c = zlib.compress(data)
print(len(c), c[:2])
print(zlib.decompress(c) == data)
print(zlib.compress(b"abc", 9), zlib.compress(b"abc", level=0))
print(zlib.decompress(zlib.compress(data, wbits=-15), wbits=-15) == data)
print(len(zlib.compress(data, wbits=31)))
for bad in [b"xyz", c[:10]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print(type(e).__name__, e)
try:
    zlib.crc32("abc")
except TypeError as e:
    print(e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print(e)
co = zlib.compressobj(6)
parts = [co.compress(b"abc" * 1000), co.compress(b"xyz" * 1000), co.flush()]
blob = b"".join(parts)
print(zlib.decompress(blob) == b"abc" * 1000 + b"xyz" * 1000)
do = zlib.decompressobj()
out = do.decompress(blob[:50]) + do.decompress(blob[50:] + b"TAIL")
print(len(out), do.eof, do.unused_data, do.unconsumed_tail)
do2 = zlib.decompressobj()
x = do2.decompress(blob, 100)
print(len(x), len(do2.unconsumed_tail) > 0)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, zlib.error.__module__, zlib.error.__mro__)
print(repr(zlib.error("x")))
