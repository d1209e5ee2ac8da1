print(int('42'), int('-7'), int('ff', 16), int('0b101', 0), int(3.99), int(-3.99), int(True))
print(float('1.5'), float(2), float('inf'), float('-inf'), float(' 3 '))
print(str(12), str(1.0), str(None), str([1, 'a']), repr('a'), repr("it's"), repr('"q"'))
print(bool(0), bool(0.0), bool(''), bool('0'), bool([]), bool(None), bool([0]))
print(list('abc'), tuple([1, 2]), dict([('a', 1), ('b', 2)]), dict(x=1), set([3, 1, 3]))
print(frozenset([1, 2]) == {1, 2}, list({'k': 1, 'j': 2}), tuple(range(3)))
bad = [lambda: int('1.5'), lambda: int(''), lambda: float('x'), lambda: int(None), lambda: int('12', 1)]
for f in bad:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
