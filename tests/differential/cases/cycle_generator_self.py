import gc, weakref
gc.collect()
def gen():
    me = yield
    yield me
g = gen()
next(g)
r = g.send(g)
print("send returned the generator:", r is g)
del r
w = weakref.ref(g)
del g
print("alive before collect:", w() is not None)
print("collected (closing frees it by refcount):", gc.collect())
print("dead:", w() is None)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print(next(c), next(c))
del c
print("no cycle:", gc.collect())
