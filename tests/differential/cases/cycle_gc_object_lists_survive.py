import gc
class N:
    def __init__(self, n): self.n = n
gc.collect()
keep = []
for i in range(5):
    a = N(i); a.me = a
    keep.append(a)
del a
print("referenced cycles survive:", gc.collect())
keep = keep[:2]
print("3 released:", gc.collect())
print([k.n for k in keep])
keep = None
print("rest:", gc.collect())
