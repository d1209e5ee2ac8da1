import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make():
    obj = D('captured')
    def use():
        return obj.n
    return use
f = make()
print("closure alive:", f())
g = f
del f
print("still alive through g")
del g
print("closure gone")
