import gc
gc.collect()
l = [1, 2]
l.append(l)
print(l)
del l
print("collected:", gc.collect())
d = {'a': 1}
d['self'] = d
print(d)
del d
print("collected:", gc.collect())
print("nothing left:", gc.collect())
