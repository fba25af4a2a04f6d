# Code-point semantics for non-ASCII text.
s = "héllo wörld ✓ 日本語"
print(len(s), s[1], s[-1], s[12:15], s.upper())
print([ord(c) for c in "é✓日"])
print(chr(233), chr(0x65e5), chr(128013))
e = "🐍 snake"
print(len(e), e[0], e[2:])
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("nl\n"), repr("é\x00"))
