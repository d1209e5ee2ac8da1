import gc
saved = []
class G:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("__del__", self.n)
        if self.n == 'b':
            saved.append(self)
class P:
    pass
gc.collect()
a = G('a'); b = G('b'); c = G('c')
a.x = b; b.x = c; c.x = a
c.payload = P()
del a, b, c
print("collected:", gc.collect())
print("group alive:", saved[0].x.n, saved[0].x.x.n, type(saved[0].x.payload).__name__)
saved.clear()
print("collected later:", gc.collect())
