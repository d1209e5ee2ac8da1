import sys
def f():
    x = []
    print("local, one name:", sys.getrefcount(x))
    y = x
    print("local, two names:", sys.getrefcount(x))
    z = [x, x]
    print("plus a list holding it twice:", sys.getrefcount(x))
    del y
    z.pop()
    print("after del y and pop:", sys.getrefcount(x))
    return x
r = f()
print("returned, one global name:", sys.getrefcount(r))
def g(obj):
    return sys.getrefcount(obj)
print("via parameter:", g(r))
print("via parameter, temporary argument:", g([]))
