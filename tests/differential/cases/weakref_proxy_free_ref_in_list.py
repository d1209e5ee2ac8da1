import weakref
class Node:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
nodes = [Node(i) for i in range(3)]
refs = [weakref.ref(n) for n in nodes]
print([r().n for r in refs])
nodes.pop(1)
print([r() is None for r in refs])
nodes.clear()
print([r() is None for r in refs])
