import gc
class F:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("finalizing", self.n)
        self.partner = None
class P:
    def __del__(self): print("payload freed")
gc.collect()
a = F('a'); b = F('b')
a.partner = b; b.partner = a
a.extra = P()
del a, b
print("collected:", gc.collect())
