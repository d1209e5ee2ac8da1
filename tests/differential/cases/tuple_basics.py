t = (1, 'two', [3])
print(t, len(t), t[1], t[-1], t[0:2], t + (4,), t * 2, (1,) * 0)
print(t.index('two'), (1, 1, 2).count(1), 'two' in t, () == tuple(), (1,) != (1, 0))
t[2].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
a, b, c = t
print(a, b, c)
single = 5,
print(single, type(single).__name__, (5), ((1, 2), (3,)))
print((1, 2) < (1, 3), (2,) > (1, 99), max((1, 'a'), (1, 'b')))
