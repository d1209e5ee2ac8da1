import gc
class C:
    pass
c = C()
c.a = 1
print("instance:", gc.is_tracked(c))
d = c.__dict__
print("materialised __dict__ of atoms:", gc.is_tracked(d))
c.b = []
print("after storing a list:", gc.is_tracked(d))
print(sorted(d))
