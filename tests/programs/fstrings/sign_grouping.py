# Sign options and thousands separators.
for v in [1234567, -1234567, 0]:
    print(f"{v:+} {v:-} {v: } {v:,} {v:_}")
print(f"{1234567.891:,.2f} {-0.0:+} {1234567.891:_.1f} {2**40:,}")
print(f"{0xFFFFFFFF:_x} {1e6:,.0f}")
