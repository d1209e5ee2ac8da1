import weakref
class C:
    def __del__(self):
        print("__del__")
def cb(wr):
    print("callback; referent is", wr())
c = C()
w = weakref.ref(c, cb)
print("deleting")
del c
print("after delete:", w())
d = C()
w3 = weakref.ref(d, cb)
del w3
del d
print("weakref deleted first: no callback")
