import weakref
class C:
    pass
a = C(); b = C()
wa1 = weakref.ref(a)
wa2 = weakref.ref(a, lambda r: None)
wb = weakref.ref(b)
print("same referent equal:", wa1 == wa2, "different:", wa1 == wb)
print("hash equal for same referent:", hash(wa1) == hash(wa2))
d = {wa1: 'a'}
print("lookup by other weakref:", d[wa2])
del a
print("dead refs compare by identity:", wa1 == wa2, wa1 == wa1)
