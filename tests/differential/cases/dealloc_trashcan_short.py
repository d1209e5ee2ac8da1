out = []
class Node:
    def __init__(self, k, nxt):
        self.nxt = nxt
        self.k = k
    def __del__(self):
        out.append(self.k)
head = None
for k in reversed(range(130)):
    head = Node(k, head)
del head
print(len(out), out[:3], out[47:53], out[-3:])
print("in order:", out == sorted(out))
nested = []
for _ in range(200):
    nested = [nested]
del nested
print("nested lists freed")
