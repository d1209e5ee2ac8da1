import gc
a = [1, 'x', (2, 3)]
print(gc.get_referents(a))
print(gc.get_referents((1, [2])))
print(gc.get_referents({'k': 'v', 'n': 1}))
print(gc.get_referents(1, 'str', 2.5))
print(gc.get_referents([1], [2, 3]))
class K:
    def __init__(self):
        self.p = 'P'
        self.q = [9]
print([r if not isinstance(r, type) else r.__name__ for r in gc.get_referents(K())])
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = 'A'; s.b = 'B'
print([r if not isinstance(r, type) else r.__name__ for r in gc.get_referents(s)])
