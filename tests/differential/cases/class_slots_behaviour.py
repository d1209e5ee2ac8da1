class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y, P.__slots__)
class Q(P):
    pass
q = Q(2)
q.z = 9
print(q.z, vars(q))
