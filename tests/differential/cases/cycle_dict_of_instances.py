import gc
class Obj:
    def __init__(self, reg, name):
        self.reg = reg
        reg[name] = self
gc.collect()
registry = {}
for n in ('a', 'b', 'c'):
    Obj(registry, n)
print(sorted(registry))
del registry
print("dict <-> 3 instances:", gc.collect())
