import weakref, gc
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
c = C('rc')
weakref.finalize(c, print, "finalize rc")
weakref.ref(c, lambda r: print("plain callback rc"))
w = weakref.ref(c, lambda r: print("kept callback rc"))
del c
gc.collect()
d = C('gc'); d.me = d
f = weakref.finalize(d, print, "finalize gc")
del d
print("collected:", gc.collect())
