import weakref, sys
class C:
    def __init__(self, n): self.n = n
c = C(1)
w = weakref.ref(c)
print("alive:", w() is c, w().n)
print("weakref does not add a strong ref:", sys.getrefcount(c))
print("getweakrefcount:", weakref.getweakrefcount(c))
w2 = weakref.ref(c)
print("same weakref reused without callback:", w is w2)
del c
print("dead:", w() is None)
print("getweakrefcount of dead referent's weakref target:", w() is None)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
