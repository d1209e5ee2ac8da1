import sys
class Holder:
    pass
x = []
h = Holder()
h.a = x
print("one attribute:", sys.getrefcount(x))
h.b = x
print("two attributes:", sys.getrefcount(x))
h.a = None
print("a rebound:", sys.getrefcount(x))
del h.b
print("b deleted:", sys.getrefcount(x))
h.c = x
h2 = h
del h
print("holder still alive through h2:", sys.getrefcount(x))
del h2
print("holder gone:", sys.getrefcount(x))
