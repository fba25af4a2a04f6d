# ARGS: check --emit=tokens
# CRLF and lone CR line endings, no newline at the end.
x = 1
if x:
    y = 2z = 3