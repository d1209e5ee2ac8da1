# A class is several objects: the type, its tp_dict, its bases and mro tuples and, unless a
# base has them, the __dict__ / __weakref__ getset descriptors (member descriptors for
# __slots__). The mro tuple and the descriptors refer back to the type.
import gc
import sys

class K:
    pass

print("K", sys.getrefcount(K))

class S:
    __slots__ = ("b", "a")

print("S", sys.getrefcount(S), list(S.__dict__), S.a, S.__dict__["b"])

class D(K):
    x = 1

print("K after D", sys.getrefcount(K), "D", sys.getrefcount(D), list(D.__dict__))
k = K()
print("K with an instance", sys.getrefcount(K))
print("referents of K:", len(gc.get_referents(K)), "referrers of K:", len(gc.get_referrers(K)))
print(type(K.__dict__["__dict__"]).__name__, K.__dict__["__weakref__"])
print(list(K.__dict__))

class E:
    def __eq__(self, other):
        return True

print(list(E.__dict__), E.__hash__)
E.y = [1, 2]
print(sys.getrefcount(E.y), list(E.__dict__))
del E.y
print(hasattr(E, "y"), list(E.__dict__))


def make():
    class Local:
        pass

    class Child(Local):
        def __del__(self):
            print("Child.__del__")

    Child()
    return Local


make()
print("collected:", gc.collect())
