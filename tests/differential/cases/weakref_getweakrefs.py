import weakref
class C:
    pass
c = C()
print(weakref.getweakrefcount(c), weakref.getweakrefs(c))
w1 = weakref.ref(c)
w2 = weakref.ref(c, lambda r: None)
print(weakref.getweakrefcount(c))
print([w is w1 or w is w2 for w in weakref.getweakrefs(c)])
del w2
print(weakref.getweakrefcount(c))
print(weakref.getweakrefcount(5))
