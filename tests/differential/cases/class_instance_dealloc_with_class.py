class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def make_class():
    class Local:
        def __del__(self):
            print("Local instance freed")
    return Local
K = make_class()
k = K()
del k
obj = D('holder')
obj.cls_instance = make_class()()
del obj
print("end")
