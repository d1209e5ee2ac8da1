import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.collect()
a = D('a'); b = D('b')
a.other = b; b.other = a
a.payload = D('pa')
del a, b
print("before collect")
print("collected:", gc.collect())
print("after collect")
