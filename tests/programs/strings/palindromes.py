# A small string-processing task.
def is_pal(s):
    cleaned = ""
    for c in s.lower():
        if c.isalnum():
            cleaned += c
    return cleaned == cleaned[::-1]

for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "", "ab"]:
    print(repr(s), is_pal(s))
