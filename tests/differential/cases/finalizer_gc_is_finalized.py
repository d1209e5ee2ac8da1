import gc
class D:
    def __del__(self): pass
class Keep:
    def __del__(self):
        global kept
        kept = self
gc.collect()
d = D(); d.me = d
del d
print("collected:", gc.collect())
k = Keep(); k.me = k
del k
print("collected with resurrection:", gc.collect())
print("finalized:", gc.is_finalized(kept))
print("plain instance:", gc.is_finalized(D()))
print("list:", gc.is_finalized([]), "int:", gc.is_finalized(3))
