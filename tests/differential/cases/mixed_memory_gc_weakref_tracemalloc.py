import gc, sys, weakref, tracemalloc
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
    def add(self, child):
        self.children.append(child)
        child.parent = self
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return f"Node({self.name!r})"
gc.collect()
root = Node("root")
for i in range(3):
    root.add(Node(f"c{i}"))
print(sys.getrefcount(root), len(gc.get_referrers(root)))
print(gc.is_tracked(root), gc.is_tracked(root.name), gc.get_count()[1:])
wr = weakref.ref(root, lambda r: print("root weakref callback"))
del root
print("collected:", gc.collect())
print(wr())
def make_cycle():
    a = []
    b = [a]
    a.append(b)
    return len(a)
for _ in range(3):
    make_cycle()
print("cycles:", gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
def fgen():
    for i in range(5):
        yield i
gen = fgen()
print(next(gen), gc.is_tracked(gen))
del gen
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
print(gc.get_threshold())
gc.set_threshold(5)
objs = [[] for _ in range(20)]
print(gc.get_count()[0] <= 5)
gc.set_threshold(700, 10, 10)
tracemalloc.start()
big = [str(i) * 10 for i in range(1000)]
cur, peak = tracemalloc.get_traced_memory()
print(cur > 50000, peak >= cur)
snap = tracemalloc.take_snapshot()
top = snap.statistics('lineno')[0]
print(top.count, top.traceback[0].lineno)
tracemalloc.stop()
class Slotted:
    __slots__ = ('x', 'y')
s = Slotted(); s.x = 1
try:
    s.z = 2
except AttributeError as e:
    print(e)
print(sys.getsizeof(s), sys.getsizeof([1, 2, 3]), sys.getsizeof({}), sys.getsizeof("abc"))
