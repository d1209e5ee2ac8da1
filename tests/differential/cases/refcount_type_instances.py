import sys
class C:
    pass
base = sys.getrefcount(C)
objs = [C() for _ in range(5)]
print("each instance holds its class:", sys.getrefcount(C) - base)
objs.pop()
print("one fewer:", sys.getrefcount(C) - base)
del objs
print("all gone:", sys.getrefcount(C) - base)
class D(C):
    pass
d = D()
print("instance of subclass does not hold the base:", sys.getrefcount(C) - base > 0)
