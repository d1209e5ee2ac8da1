class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
class Obj:
    pass
o = Obj()
o.c = D('c'); o.a = D('a'); o.b = D('b')
o.__dict__['d'] = D('d')
del o
print()
o = Obj()
o.x = D('x'); o.y = D('y')
o.x = D('x2')
print("| x replaced")
vars(o).pop('y')
print("| y popped")
del o
print()
