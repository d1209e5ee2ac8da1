class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    a = D('local a')
    yield 1
    b = D('local b')
    yield 2
    print("generator ending")
g = gen()
next(g)
next(g)
print("dropping suspended generator")
del g
g = gen()
for _ in g:
    pass
print("exhausted")
del g
print("end")
