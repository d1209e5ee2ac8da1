import sys
def outer(x):
    def inner():
        return sys.getrefcount(x)
    return inner
v = []
f = outer(v)
print("cell keeps the argument:", sys.getrefcount(v))
print("from inside:", f())
f2 = outer(v)
print("two closures:", sys.getrefcount(v))
del f, f2
print("closures gone:", sys.getrefcount(v))
lam = lambda y=v: y
print("lambda default:", sys.getrefcount(v))
