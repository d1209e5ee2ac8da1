import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []; b = [a]; a.append(b)
del a, b
print("collected:", gc.collect())
print("garbage:", len(gc.garbage), [type(o).__name__ for o in gc.garbage])
print("kept intact:", gc.garbage[0][0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print("collected after clearing:", gc.collect())
print("garbage:", gc.garbage)
