import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
gc.collect()
objs = [D(i) for i in range(5)]
for i in range(5):
    objs[i].next = objs[(i + 1) % 5]
del objs
print("collected:", gc.collect())
gc.collect()
c = D('c'); b = D('b'); a = D('a')
a.x = b; b.x = c; c.x = a
del a, b, c
print("collected:", gc.collect())
