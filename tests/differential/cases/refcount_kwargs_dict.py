import sys
x = []
def f(**kw):
    inner = kw
    return sys.getrefcount(x), sys.getrefcount(kw)
print("through **kw:", f(a=x))
d = {'a': x, 'b': x}
print("dict before call:", sys.getrefcount(x))
print("unpacked:", f(**d))
print("after:", sys.getrefcount(x))
def g(a, b):
    return sys.getrefcount(a)
print("g(**d):", g(**d))
