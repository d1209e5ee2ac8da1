import gc
gc.collect()
gc.disable()
print("enabled:", gc.isenabled())
class N:
    pass
for i in range(2000):
    n = N()
    n.me = n
del n
print("manual collect still works:", gc.collect())
gc.enable()
print("enabled:", gc.isenabled())
