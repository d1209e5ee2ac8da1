import gc
gc.collect()
l = []; l.append(l)
del l
print("collect(0) finds a young cycle:", gc.collect(0))
l = []; l.append(l)
gc.collect(0)
del l
print("cycle promoted to gen1, collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
l = []; l.append(l)
gc.collect(1)
del l
print("in gen2, collect(1):", gc.collect(1))
print("collect(2):", gc.collect(2))
print("collect() defaults to 2:", gc.collect())
