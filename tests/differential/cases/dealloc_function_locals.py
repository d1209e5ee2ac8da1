class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    a = D('a')
    b = D('b')
    c = D('c')
    print("returning")
    return b
r = f()
print("f returned", r.n)
def g():
    x = D('x')
    y = D('y')
    x = None
    print("end of g")
g()
print("after g")
del r
