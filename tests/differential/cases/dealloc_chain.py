class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print("del", self.n, end=" ")
head = None
for i in range(6):
    head = Node(i, head)
print("built")
del head
print()
head = Node('a', Node('b', Node('c', None)))
head.nxt.nxt = None
print("| c dropped by assignment")
head = None
print()
