import gc
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
l = []; l.append(l); del l
r = gc.collect()
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
print("returned:", r, "callbacks now:", gc.callbacks)
