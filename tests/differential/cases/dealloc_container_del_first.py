class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
class Box:
    def __init__(self, *items):
        self.items = list(items)
    def __del__(self):
        print("del Box with", len(self.items), "items", end=" ")
b = Box(D(0), D(1), D(2))
del b
print()
class Wrapper(D):
    def __init__(self, n, inner):
        super().__init__(n)
        self.inner = inner
w = Wrapper('outer', Wrapper('middle', D('inner')))
del w
print()
