import gc
gc.collect()
def make():
    def f():
        return f
    return f
g = make()
print(g() is g)
del g
print("recursive closure cycle:", gc.collect())
def make2():
    x = []
    def inner():
        return x
    x.append(inner)
    return len(x)
print(make2())
print("closure <-> list:", gc.collect())
