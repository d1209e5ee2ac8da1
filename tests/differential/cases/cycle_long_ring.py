import gc
class Node:
    pass
gc.collect()
nodes = [Node() for _ in range(50)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 50]
del nodes, n
print("ring of 50:", gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print("ring of 10 lists:", gc.collect())
