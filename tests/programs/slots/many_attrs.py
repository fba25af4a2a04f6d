# A class assigning more attributes than there are instance slots (63):
# the rest use the instance dict, and the order stays the insertion order.


class Wide:
    def __init__(self, base):
        self.a0 = base + 0 + 0.5
        self.a1 = base + 1
        self.a2 = base + 2
        self.a3 = base + 3 + 0.5
        self.a4 = base + 4
        self.a5 = base + 5
        self.a6 = base + 6 + 0.5
        self.a7 = base + 7
        self.a8 = base + 8
        self.a9 = base + 9 + 0.5
        self.a10 = base + 10
        self.a11 = base + 11
        self.a12 = base + 12 + 0.5
        self.a13 = base + 13
        self.a14 = base + 14
        self.a15 = base + 15 + 0.5
        self.a16 = base + 16
        self.a17 = base + 17
        self.a18 = base + 18 + 0.5
        self.a19 = base + 19
        self.a20 = base + 20
        self.a21 = base + 21 + 0.5
        self.a22 = base + 22
        self.a23 = base + 23
        self.a24 = base + 24 + 0.5
        self.a25 = base + 25
        self.a26 = base + 26
        self.a27 = base + 27 + 0.5
        self.a28 = base + 28
        self.a29 = base + 29
        self.a30 = base + 30 + 0.5
        self.a31 = base + 31
        self.a32 = base + 32
        self.a33 = base + 33 + 0.5
        self.a34 = base + 34
        self.a35 = base + 35
        self.a36 = base + 36 + 0.5
        self.a37 = base + 37
        self.a38 = base + 38
        self.a39 = base + 39 + 0.5
        self.a40 = base + 40
        self.a41 = base + 41
        self.a42 = base + 42 + 0.5
        self.a43 = base + 43
        self.a44 = base + 44
        self.a45 = base + 45 + 0.5
        self.a46 = base + 46
        self.a47 = base + 47
        self.a48 = base + 48 + 0.5
        self.a49 = base + 49
        self.a50 = base + 50
        self.a51 = base + 51 + 0.5
        self.a52 = base + 52
        self.a53 = base + 53
        self.a54 = base + 54 + 0.5
        self.a55 = base + 55
        self.a56 = base + 56
        self.a57 = base + 57 + 0.5
        self.a58 = base + 58
        self.a59 = base + 59
        self.a60 = base + 60 + 0.5
        self.a61 = base + 61
        self.a62 = base + 62
        self.a63 = base + 63 + 0.5
        self.a64 = base + 64
        self.a65 = base + 65
        self.a66 = base + 66 + 0.5
        self.a67 = base + 67
        self.a68 = base + 68
        self.a69 = base + 69 + 0.5

    def more(self):
        self.z_last = 'last'


class Wider(Wide):
    def __init__(self):
        super().__init__(100)
        self.w0 = 'w0'
        self.w1 = 'w1'


w = Wide(0)
print(len(vars(w)), list(vars(w))[:3], list(vars(w))[-3:])
print(w.a0, w.a1, w.a62, w.a63, w.a64, w.a69)
w.more()
print(list(vars(w))[-2:], sum([getattr(w, 'a' + str(i)) for i in range(70)]))
w2 = Wide(1)
for i in range(70):
    setattr(w2, 'a' + str(i), i * 2)
print(sum([getattr(w2, 'a' + str(i)) for i in range(70)]), w2.a63, w2.a62)
del w2.a62
print(hasattr(w2, 'a62'), list(vars(w2))[-1])
x = Wider()
print(len(vars(x)), list(vars(x))[-3:], x.a69, x.w1)
print([n for n in dir(x) if not n.startswith('_')][:3], len([n for n in dir(x) if not n.startswith('_')]))
