# difflib: SequenceMatcher (opcodes, matching blocks, ratios, autojunk), ndiff with '?' hint lines, unified_diff,
# context_diff, get_close_matches, restore — on seeded random line lists (random is CPython's Mersenne Twister).
import difflib
import random

random.seed(11)


def rs():
    return ''.join(random.choice('aab c\t') for _ in range(random.randint(0, 12)))


for _ in range(150):
    a = [rs() + '\n' for _ in range(random.randint(0, 6))]
    b = list(a)
    for _ in range(random.randint(0, 4)):
        op = random.randint(0, 2)
        if op == 0 and b:
            b.pop(random.randrange(len(b)))
        elif op == 1:
            b.insert(random.randint(0, len(b)), rs() + '\n')
        elif b:
            k = random.randrange(len(b))
            b[k] = b[k][:-1] + random.choice('abx ') + '\n'
    delta = list(difflib.ndiff(a, b))
    print(delta)
    assert list(difflib.restore(delta, 1)) == a and list(difflib.restore(delta, 2)) == b
    sm = difflib.SequenceMatcher(None, ''.join(a), ''.join(b))
    print(sm.get_opcodes(), round(sm.ratio(), 6), round(sm.quick_ratio(), 6), sm.get_matching_blocks()[-1])
    print(list(difflib.unified_diff(a, b, 'a.txt', 'b.txt')), list(difflib.context_diff(a, b, n=1)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']),
      difflib.get_close_matches('wheel', ['while', 'wheat', 'whole', 'wheels'], n=2, cutoff=0.5),
      difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 299 + 'z').ratio(),
      difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;').ratio(),
      difflib.SequenceMatcher(None, 'abxcd', 'abcd').get_matching_blocks(),
      difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').find_longest_match(0, 6, 0, 6))
print(''.join(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True))))
print(''.join(difflib.unified_diff(['bacon\n', 'eggs\n', 'ham\n', 'guido\n'], ['python\n', 'eggy\n', 'hamster\n', 'guido\n'],
                                   'before.py', 'after.py', n=0)))
