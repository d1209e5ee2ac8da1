class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    x = D('x')
    try:
        yield 1
    finally:
        print("finally, x is", x.n)
g = gen()
next(g)
g = None
print("---")
def gen2():
    try:
        yield 1
    finally:
        print("finally 2")
gs = [gen2(), gen2()]
for g in gs:
    next(g)
del g
gs.clear()
print("end")
