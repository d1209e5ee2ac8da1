import weakref
class C:
    pass
def mk(name):
    return lambda wr: print("cb", name)
c = C()
ws = [weakref.ref(c, mk(i)) for i in range(4)]
del c
print("---")
d = C()
a = weakref.ref(d, mk('a'))
plain = weakref.ref(d)
b = weakref.ref(d, mk('b'))
del d
print("plain is dead:", plain() is None)
