import sys
class Plain:
    pass
class Attrs:
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3
class Slots:
    __slots__ = ('a', 'b', 'c')
class Empty:
    __slots__ = ()
print("Plain()", sys.getsizeof(Plain()))
print("Attrs()", sys.getsizeof(Attrs()))
print("Slots()", sys.getsizeof(Slots()))
print("Empty slots", sys.getsizeof(Empty()))
print("object()", sys.getsizeof(object()))
a = Attrs()
print("__dict__ materialised", sys.getsizeof(a.__dict__))
print("instance unchanged", sys.getsizeof(a))
