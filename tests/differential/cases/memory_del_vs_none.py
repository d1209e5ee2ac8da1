import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D('a')
a = None
print("a set to None, name still exists:", 'a' in dir())
b = D('b')
del b
print("b deleted, name gone:", 'b' in dir())
def f():
    c = D('c')
    c = None
    print("inside f after c = None")
    d = D('d')
    print("returning")
f()
print("end")
