class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
class S:
    __slots__ = ('c', 'a', 'b')
s = S()
s.a = D('a'); s.b = D('b'); s.c = D('c')
del s
print("| slots in declaration order")
class Base:
    __slots__ = ('x',)
class Sub(Base):
    __slots__ = ('y',)
o = Sub(); o.x = D('x'); o.y = D('y')
del o
print("| subclass slots first")
class SD:
    __slots__ = ('s', '__dict__')
o = SD(); o.d = D('d'); o.s = D('s')
del o
print("| slots before dict")
