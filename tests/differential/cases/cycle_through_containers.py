import gc
gc.collect()
a = []
b = {'a': a}
c = (b,)
a.append(c)
del a, b, c
print("list -> tuple -> dict -> list:", gc.collect())
s = set()
class H:
    pass
h = H()
s.add(h)
h.s = s
del s, h
print("set <-> instance:", gc.collect())
