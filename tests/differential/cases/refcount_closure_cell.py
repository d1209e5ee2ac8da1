import sys
def make():
    data = []
    def inner():
        return data
    print("in make, data held by the cell:", sys.getrefcount(data))
    return inner
f = make()
d = f()
print("returned data, cell + name:", sys.getrefcount(d))
g = make()
print("another closure does not share it:", sys.getrefcount(d))
del f
print("first closure dropped:", sys.getrefcount(d))
print("cell contents type:", type(g.__closure__[0].cell_contents).__name__)
