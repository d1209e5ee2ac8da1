class A:
    def m(self): pass
    def n(self): pass
a = A(); b = A()
print(a.m == a.m, a.m == a.n, a.m == b.m, a.m != a.m, a.m != b.m)
print(hash(a.m) == hash(a.m))
print(len({a.m, a.m, b.m}))
print([1].append == [1].append)
