from delta import D
G = 1
