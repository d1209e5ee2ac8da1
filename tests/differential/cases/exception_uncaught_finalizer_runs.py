class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
g = D('global')
def f():
    local = D('local')
    raise ValueError("bad value")
try:
    f()
finally:
    print("finally before the traceback")
