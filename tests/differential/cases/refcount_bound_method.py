import sys
class C:
    def m(self):
        return 1
c = C()
print("instance:", sys.getrefcount(c))
bm = c.m
print("bound method holds self:", sys.getrefcount(c))
bm2 = c.m
print("another bound method:", sys.getrefcount(c))
print("bound methods are new objects each time:", bm is bm2, bm == bm2)
print("bm.__self__ is c:", bm.__self__ is c)
del bm, bm2
print("dropped:", sys.getrefcount(c))
print("calling c.m():", c.m(), sys.getrefcount(c))
