import gc, weakref
class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)
    def __del__(self):
        print("del", self.name)
gc.collect()
root = Node('root')
Node('child1', root); Node('child2', root)
del root
print("after del root (cycle keeps the tree):")
print("collected:", gc.collect())
class WNode(Node):
    def __init__(self, name, parent=None):
        super().__init__(name, None)
        self.parent = weakref.ref(parent) if parent else None
        if parent: parent.children.append(self)
wroot = WNode('wroot'); WNode('wchild', wroot)
del wroot
print("weak parent links: freed without gc:", gc.collect())
