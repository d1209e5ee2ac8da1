import gc, weakref
class N:
    def __del__(self):
        print("__del__", self.name)
def cb(wr):
    print("callback, referent:", wr())
gc.collect()
a = N(); a.name = 'a'
b = N(); b.name = 'b'
a.b = b; b.a = a
wa = weakref.ref(a, cb)
wb = weakref.ref(b, cb)
del a, b
print("collected:", gc.collect())
c = N(); c.name = 'c'; c.me = c
c.w = weakref.ref(c, cb)
del c
print("weakref inside the garbage, no callback:", gc.collect())
