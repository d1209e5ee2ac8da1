class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D('a')
b = a
print("del a (b still holds it)")
del a
print("del b")
del b
print("rebinding a name frees the old object")
x = D('x1')
x = D('x2')
print("end of script")
