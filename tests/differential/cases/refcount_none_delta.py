import sys
def delta(make):
    n0 = sys.getrefcount(None)
    obj = make()
    n1 = sys.getrefcount(None)
    return n1 - n0
print("[None] * 100:", delta(lambda: [None] * 100))
print("comprehension of 10:", delta(lambda: [None for _ in range(10)]))
print("tuple of 3:", delta(lambda: (None, None, None)[:]))
print("dict values:", delta(lambda: dict.fromkeys(range(4))))
t0 = sys.getrefcount(True)
flags = [True] * 7
t1 = sys.getrefcount(True)
print("True delta:", t1 - t0)
