import sys
x = []
d = {}
d['a'] = x
d['b'] = x
print("two values:", sys.getrefcount(x))
d['a'] = 0
print("one replaced:", sys.getrefcount(x))
v = d.pop('b')
print("popped into v:", sys.getrefcount(x))
d[1] = v
del v
print("stored again:", sys.getrefcount(x))
d.clear()
print("cleared:", sys.getrefcount(x))
k = (1, 2)
before = sys.getrefcount(k)
d2 = {k: 1}
print("as key:", sys.getrefcount(k) - before)
