l = list(range(10))
l[2] = 'two'
l[-1] = 'last'
l[3:5] = ['x', 'y', 'z']
print(l)
l[::2] = range(len(l[::2]))
print(l)
del l[1::3]
print(l)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
d = {'a': {'b': 1}}
d['a']['c'] = 2
print(d)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
