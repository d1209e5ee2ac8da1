import sys
x = []
class A:
    shared = x
print("class attribute:", sys.getrefcount(x))
class B(A):
    pass
print("subclass does not copy it:", sys.getrefcount(x), B.shared is x)
B.own = x
print("set on subclass:", sys.getrefcount(x))
del A.shared
print("deleted from A:", sys.getrefcount(x))
a = A()
a.shared = x
print("instance attribute:", sys.getrefcount(x))
