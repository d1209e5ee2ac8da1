import gc, weakref
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
w = weakref.ref(r)
del r
print("resurrected, weakref still alive:", w() is saved[0])
gc.collect()
r2 = R(); r2.me = r2
w2 = weakref.ref(r2)
del r2
print("collected:", gc.collect())
print("gc path: weakref cleared before __del__:", w2() is None, len(saved))
