# hashlib over libcrypto (every guaranteed algorithm, update/copy, shake lengths, errors) and hmac (callable, name and module digestmods, long keys, compare_digest).
import hashlib, hmac
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_256", "sha3_512"]:
    h = getattr(hashlib, name)(b"Hello, World!")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"Hello, ")
c = h.copy()
h.update(b"World!")
print(h.hexdigest() == hashlib.sha256(b"Hello, World!").hexdigest(), c.hexdigest(), len(h.digest()))
print(hashlib.new("SHA256", b"x").hexdigest(), hashlib.new("md5").hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(10), len(hashlib.shake_256(b"abc").digest(20)))
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
key = b"secret-key"
m = hmac.new(key, b"message", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size, m.block_size)
m2 = hmac.new(key, digestmod="sha512")
m2.update(b"message")
print(m2.hexdigest())
print(hmac.new(key, b"message", hashlib.blake2b).hexdigest())
print(hmac.new(b"k" * 200, b"long key", hashlib.md5).hexdigest())
print(hmac.digest(key, b"message", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
cp = m.copy(); cp.update(b"!")
print(cp.hexdigest() != m.hexdigest())
try:
    hmac.new(key, b"x")
except TypeError as e:
    print("TypeError:", e)
