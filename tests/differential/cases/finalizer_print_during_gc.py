import gc
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append(self.n)
        print("del", self.n, "log so far", log)
gc.collect()
x = D('x'); y = D('y'); z = D('z')
x.a = y; y.a = z; z.a = y
del x, y, z
print("x freed by refcount before collect")
print("collected:", gc.collect())
print("log:", log)
