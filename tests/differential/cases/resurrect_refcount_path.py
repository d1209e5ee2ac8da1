import gc
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("__del__", self.n)
        saved.append(self)
r = R(1)
del r
print("resurrected:", len(saved), saved[0].n, gc.is_finalized(saved[0]))
saved.clear()
print("dropped again without __del__")
r = R(2)
r = None
print(len(saved))
del saved[:]
print("end")
