import gc
gc.collect()
def worker(box):
    try:
        while True:
            yield len(box)
    finally:
        print("worker finally, box has", len(box))
box = [1, 2]
g = worker(box)
next(g)
box.append(g)
del box, g
print("generator and list in a cycle")
print("collected:", gc.collect())
