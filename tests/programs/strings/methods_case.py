# Case methods and predicates.
s = "Hello World 42"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize())
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "".isspace())
print("abc".islower(), "ABC".isupper(), "Abc".istitle(), "abc123".isalnum(), "a b".isalnum())
print("٣".isdigit(), "x".isidentifier(), "1x".isidentifier())
