out = []
class Leaf:
    def __init__(self, k): self.k = k
    def __del__(self): out.append("L%d" % self.k)
class Node:
    def __init__(self, k, nxt):
        self.nxt = nxt
        self.leaf = Leaf(k)
        self.k = k
    def __del__(self):
        out.append("N%d" % self.k)
head = None
for k in reversed(range(60)):
    head = Node(k, head)
del head
print(out[:3], out[48:53])
print(out[-14:])
print(len(out))
