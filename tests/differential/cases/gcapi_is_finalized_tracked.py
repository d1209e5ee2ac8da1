import gc
class D:
    def __del__(self): pass
d = D()
print(gc.is_tracked(d), gc.is_finalized(d))
d.__del__()
print(gc.is_finalized(d))
saved = []
class R:
    def __del__(self): saved.append(self)
R()
print("after refcount resurrection:", gc.is_finalized(saved[0]), gc.is_tracked(saved[0]))
print(gc.is_tracked(1), gc.is_finalized('x'))
