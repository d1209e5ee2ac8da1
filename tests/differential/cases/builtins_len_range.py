print(len([1, 2]), len('héllo'), len({}), len(range(10)), len((1,)), len({1, 2, 2}), len(b'ab'))
print(list(range(5)), list(range(2, 8, 2)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 10, 2)
print(r, r[2], r[-1], r[1:3], 7 in r, 8 in r, r.index(5), r.count(3), len(r))
print(list(reversed(range(4))), range(3) == range(0, 3), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
