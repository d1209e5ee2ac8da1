import gc, weakref
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def cb(wr): print("callback")
a = A('refcount path')
w = weakref.ref(a, cb)
del a
gc.collect()
b = A('gc path'); b.me = b
w2 = weakref.ref(b, cb)
del b
print("collected:", gc.collect())
