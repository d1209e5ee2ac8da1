class D:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __del__(self):
        print(f"{self.name} dying with {len(self.items)} items, total {sum(self.items)}")
d = D('alpha', [1, 2, 3])
d.items.append(4)
del d
x = [D('beta', [10]), D('gamma', [])]
x.reverse()
del x
