# Custom exception classes with extra attributes.
class AppError(Exception):
    pass

class ParseError(AppError):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line

def parse(lines):
    for i, l in enumerate(lines, 1):
        if not l.isdigit():
            raise ParseError(i, "not a number: " + repr(l))
    return [int(l) for l in lines]

for data in [["1", "2"], ["3", "x4", "5"]]:
    try:
        print(parse(data))
    except AppError as e:
        print(type(e).__name__, e, e.line, isinstance(e, Exception), e.args)
