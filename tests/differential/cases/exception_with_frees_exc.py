import sys
class Res:
    def __init__(self): self.items = []
    def __del__(self): print("Res.__del__")
class CM:
    def __enter__(self): return Res()
    def __exit__(self, *a):
        print("exit")
        return False
with CM() as r:
    print("inside, refcount:", sys.getrefcount(r))
print("after with, still bound")
del r
print("end")
