def show(*args, **kwargs):
    return f"{args} {kwargs}"
a = [1, 2]
b = (3,)
k1 = {'x': 1}
k2 = {'y': 2}
print(show(*a, *b, 0, *range(2)))
print(show(**k1, **k2, z=3))
print(show(*a, sep='-', **k1))
print(*a, *'xy', sep='|')
print([*a, *b], (*a,), {*a, *b}, {**k1, **k2, 'x': 9})
try:
    show(**k1, **{'x': 2})
except TypeError as e:
    print("TypeError:", e)
