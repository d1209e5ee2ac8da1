import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("auto-collected", self.n)
gc.collect()
gc.set_threshold(20, 10, 10)
for i in range(3):
    d = D(i)
    d.me = d
del d
print("cycles created")
junk = [[] for _ in range(30)]
print("after allocations")
gc.set_threshold(700, 10, 10)
