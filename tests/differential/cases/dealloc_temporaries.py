class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def get(self): return self.n
print("value:", D('temp').get())
print("expression statement:")
D('discarded')
print("in an argument:", len([D('arg')]))
x = D('kept').get()
print("kept only the value", x)
print([D(i).get() for i in range(2)])
