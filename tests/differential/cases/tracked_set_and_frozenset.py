import gc
print(gc.is_tracked(set()), gc.is_tracked({1, 2}), gc.is_tracked(frozenset({1})))
gc.collect()
s = {1, 2, 3}
print("sets stay tracked:", gc.is_tracked(s))
fs = frozenset([4, 5])
gc.collect()
print("frozensets stay tracked:", gc.is_tracked(fs))
