class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
t = (D('a'), D('b'), (D('c1'), D('c2')), D('d'))
del t
print()
t1 = (1, 2)
t2 = t1[:]
print(t1 is t2, tuple(t1) is t1)
p = (D('x'),)
q = p + (D('y'),)
del p
print("| p dropped, q keeps x")
del q
print()
