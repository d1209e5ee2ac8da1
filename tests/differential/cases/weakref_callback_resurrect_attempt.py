import weakref
class C:
    pass
got = []
def cb(wr):
    got.append(wr())
c = C()
w = weakref.ref(c, cb)
del c
print("callback saw:", got)
print("weakref object passed to callback:", len(got))
x = C()
def cb2(wr, w_outer=None):
    print("same weakref object:", wr is w2)
w2 = weakref.ref(x, cb2)
del x
