class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, 'a', [1], (1,), {1: 2}, None, True, 1.5]
for o in objs:
    print(type(o).__name__, isinstance(o, (A, int)), isinstance(o, (list, tuple)), type(o) is int)
print(isinstance(True, int), issubclass(bool, int), issubclass(B, (C, A)))
print(type(1) is int, type(True) is bool, type(None).__name__)
