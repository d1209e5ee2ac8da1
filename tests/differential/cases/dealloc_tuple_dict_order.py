class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
t = (D(0), D(1), D(2))
del t
print("| tuple")
d = {'x': D('x'), 'y': D('y'), 'z': D('z')}
del d
print("| dict")
d = {D('k1'): 1, D('k2'): 2}
del d
print("| dict keys")
d = {}
d['b'] = D('b'); d['a'] = D('a'); d['c'] = D('c')
del d['a']
print("| del d['a']")
d.clear()
print("| clear")
