import sys
# A new list bound to module-level names: getrefcount counts its own argument too.
a = [1, 2, 3]
print("one name:", sys.getrefcount(a))
b = a
print("two names:", sys.getrefcount(a))
c = d = a
print("chained assignment, four names:", sys.getrefcount(a))
del c
print("after del c:", sys.getrefcount(a))
d = None
print("after rebinding d:", sys.getrefcount(a))
del b
print("back to one:", sys.getrefcount(a))
print("temporary:", sys.getrefcount([1, 2]))
