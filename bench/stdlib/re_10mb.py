"""stdlib benchmark: re.findall and re.sub over ~10 MB of text (bench/stdlib.sh)."""
import re

words = ['alpha', 'beta', 'gamma', 'delta', 'user@example.com', '2024-01-15', 'x42', 'Omega', 'the', 'quick']
parts = []
for i in range(1100000):
    parts.append(words[(i * 7 + i // 3) % len(words)])
text = ' '.join(parts)
emails = re.findall(r'[\w.]+@[\w.]+', text)
dates = re.findall(r'(\d{4})-(\d{2})-(\d{2})', text)
caps = re.findall(r'\b[A-Z]\w+', text)
replaced = re.sub(r'\bx(\d+)\b', r'y\1', text)
counted = re.subn(r'a+', lambda m: str(len(m.group())), text)
print(len(text), len(emails), len(dates), len(caps), len(replaced), counted[1])
