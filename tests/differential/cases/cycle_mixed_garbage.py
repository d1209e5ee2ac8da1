import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.collect()
a = D('a'); a.me = a
b = D('b')
a.b = b
c = D('c')
del a, b
print("collect with c alive:", gc.collect())
del c
print("c was freed by refcount")
print("nothing left:", gc.collect())
