class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
l = [D(i) for i in range(6)]
l.pop()
print("| pop")
l.pop(0)
print("| pop(0)")
l.remove(l[1])
print("| remove")
del l[::2]
print("| del every other")
l *= 0
print("| *= 0")
l = [D('a'), D('b')]
l = l + [D('c')]
print("| concatenation replaced the list")
del l
print("| end")
