import sys
class C:
    def count_self(self):
        return sys.getrefcount(self)
    def via_other(self):
        return self.count_self()
    @classmethod
    def cls_count(cls, obj):
        return sys.getrefcount(obj)
    @staticmethod
    def static_count(obj):
        return sys.getrefcount(obj)
c = C()
print("c.count_self():", c.count_self())
print("C.count_self(c):", C.count_self(c))
print("c.via_other():", c.via_other())
print("classmethod:", C.cls_count(c), "staticmethod:", C.static_count(c))
m = c.count_self
print("through a bound method object:", m())
