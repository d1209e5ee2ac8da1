import gc
class Node:
    pass
gc.collect()
a = Node(); b = Node()
a.other = b; b.other = a
keep = [a]
del a, b
print("still reachable from keep:", gc.collect())
print(type(keep[0].other).__name__)
keep.clear()
print("now unreachable:", gc.collect())
