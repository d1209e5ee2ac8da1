import gc
d = {}
print("empty:", gc.is_tracked(d))
d['n'] = 1
d['s'] = 'str'
d['t'] = (1, 2)
print("atoms and a constant tuple:", gc.is_tracked(d))
d['l'] = []
print("after adding a list:", gc.is_tracked(d))
del d['l']
print("after removing it:", gc.is_tracked(d))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d))
gc.collect()
print("after full collect:", gc.is_tracked(d))
e = {'k': {}}
print("dict holding a dict:", gc.is_tracked(e), gc.is_tracked(e['k']))
