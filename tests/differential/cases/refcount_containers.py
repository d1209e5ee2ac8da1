import sys
x = object()
base = sys.getrefcount(x)
l = [x, x, x]
print("list of 3:", sys.getrefcount(x) - base)
t = (x, x)
print("+ tuple of 2:", sys.getrefcount(x) - base)
d = {'a': x, 'b': x}
print("+ dict values:", sys.getrefcount(x) - base)
d2 = {x: 1}
print("+ dict key:", sys.getrefcount(x) - base)
s = {x}
print("+ set element:", sys.getrefcount(x) - base)
fs = frozenset([x])
print("+ frozenset:", sys.getrefcount(x) - base)
l.clear()
print("list cleared:", sys.getrefcount(x) - base)
del t, d, d2, s, fs
print("all dropped:", sys.getrefcount(x) - base)
