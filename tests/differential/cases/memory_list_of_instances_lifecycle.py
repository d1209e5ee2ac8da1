import gc, sys
class Item:
    live = 0
    def __init__(self, n):
        self.n = n
        Item.live += 1
    def __del__(self):
        Item.live -= 1
items = [Item(i) for i in range(100)]
print("live:", Item.live)
del items[50:]
print("after truncation:", Item.live)
evens = [it for it in items if it.n % 2 == 0]
items.clear()
print("evens survive:", Item.live)
evens = None
print("all freed:", Item.live, gc.collect())
