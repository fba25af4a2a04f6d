# Width, alignment and fill.
s = "hi"
n = 42
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}]")
print(f"[{n:10}] [{n:<10}] [{n:^10}] [{n:*^10}] [{n:0>6}] [{n:=+8}]")
print(f"[{s:_<7}] [{s:#>5}] [{-n:08}] [{n:08}]")
