a = 1; b = 2; c = 3
del a, b
print('a' in dir(), 'c' in dir())
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class C: pass
o = C(); o.a = 1; o.b = 2
del o.a
print(vars(o))
x, y = 1, 2
del (x, y)
print('x' in dir())
try:
    del d['missing']
except KeyError as e:
    print("KeyError", e)
