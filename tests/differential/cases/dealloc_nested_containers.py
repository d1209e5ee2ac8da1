class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end=" ")
outer = [D('a'), [D('b1'), D('b2')], (D('c1'), D('c2')), {'k': D('d')}]
del outer
print()
x = {'l': [D(1), D(2)], 't': (D(3),), 'o': D(4)}
del x
print()
