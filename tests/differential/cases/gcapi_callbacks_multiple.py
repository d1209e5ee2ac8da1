import gc
gc.collect()
def a(phase, info):
    print("a", phase, info['generation'])
def b(phase, info):
    print("b", phase, sorted(info))
gc.callbacks.extend([a, b])
gc.collect(1)
gc.callbacks.remove(a)
gc.collect(0)
gc.callbacks.clear()
print("no callbacks:", gc.collect())
