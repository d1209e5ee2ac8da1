import gc, weakref
class N:
    pass
gc.collect()
a = N(); b = N()
a.b = b; b.a = a
wa = weakref.ref(a)
del a, b
print("alive before collect:", wa() is not None)
print("collected:", gc.collect())
print("dead after collect:", wa() is None)
