# secrets: token sizes, ranges of randbelow/randbits/choice, uniqueness, errors (nothing random is printed).
import secrets
print(len(secrets.token_bytes(16)), len(secrets.token_hex(16)), len(secrets.token_hex()), len(secrets.token_urlsafe(16)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.choice("a") == "a", 0 <= secrets.randbits(5) < 32)
print(secrets.compare_digest(b"x", b"x"), secrets.compare_digest("a", "b"), secrets.DEFAULT_ENTROPY)
print(len({secrets.token_hex(8) for _ in range(50)}) == 50, secrets.randbits(0))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.choice([])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
