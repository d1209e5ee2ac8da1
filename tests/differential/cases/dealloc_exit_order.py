class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del at exit", self.n)
first = D('first')
second = D('second')
third = D('third')
holder = [D('in list')]
print("script ends")
