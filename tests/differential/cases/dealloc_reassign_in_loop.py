class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
for i in range(3):
    x = D(i)
    print("made", i)
print("loop done")
y = [D('a')]
y[0] = D('b')
print("replaced list item")
y.append(y.pop())
print("pop/append keeps it")
