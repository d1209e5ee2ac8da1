import gc
print(type(gc.garbage).__name__, gc.garbage)
gc.garbage.append('mine')
print(gc.garbage)
gc.collect()
print("collect does not clear it:", gc.garbage)
del gc.garbage[:]
print(gc.garbage)
