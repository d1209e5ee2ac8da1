import sys
def one(a):
    return sys.getrefcount(a)
def two(a, b):
    return sys.getrefcount(a)
def star(*args):
    return sys.getrefcount(args[0])
def kw(**kwargs):
    return sys.getrefcount(kwargs['k'])
def nested(a):
    return one(a)
x = []
print("one(x):", one(x))
print("two(x, x):", two(x, x))
print("star(x):", star(x))
print("kw(k=x):", kw(k=x))
print("nested(x):", nested(x))
print("after calls:", sys.getrefcount(x))
args = (x, x)
print("star(*args):", star(*args))
print("kw(**{'k': x}):", kw(**{'k': x}))
