class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
class H:
    pass
h = H()
h.z = D('z'); h.a = D('a'); h.m = D('m')
del h
print("| insertion order")
h = H()
h.first = D(1); h.second = D(2)
h.first = D(3)
print("| replaced first")
del h
print("| second dropped")
h = H(); h.p = D('p'); h.q = D('q')
del h.p
print("| del attr")
h = None
print("| end")
