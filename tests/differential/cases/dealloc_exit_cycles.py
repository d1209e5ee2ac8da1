class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del at exit", self.n)
a = D('a'); b = D('b')
a.other = b; b.other = a
plain = D('plain')
l = [D('in list')]
l.append(l)
print("script ends with a cycle alive")
