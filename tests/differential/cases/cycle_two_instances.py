import gc
class Node:
    pass
gc.collect()
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print("two instances, inline attributes:", gc.collect())
a = Node(); b = Node()
a.other = b; b.other = a
a.__dict__; b.__dict__
del a, b
print("with materialised __dict__:", gc.collect())
a = Node(); a.items = [a]
del a
print("instance and list:", gc.collect())
