class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
l = [D(i) for i in range(5)]
del l
print()
l = [D(i) for i in range(3)]
l.clear()
print("| after clear")
l = [D(i) for i in range(4)]
del l[1:3]
print("| after del l[1:3]")
l[:] = []
print("| after l[:] = []")
l = [D('p'), D('q')]
l.pop()
print("| after pop")
l = None
print("| list dropped")
