# printf-style integer formatting: flags, widths, zero padding, signs, hex/octal with and without '#', negative values.
for fmt in ['%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%08x', '%#x', '%#08x', '%X', '%#X', '%o', '%#o', '%5o', '%i', '%u', '%+05d', '%-+6d|', '% 05d']:
    print(fmt, [fmt % v for v in [0, 7, -7, 255, -255, 10**6, -10**6, 2**40, True]])
print('%3d%%|%-3x|%s' % (5, 10, 'z'))
