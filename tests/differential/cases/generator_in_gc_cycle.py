import gc
class D:
    def __del__(self): print("D.__del__")
gc.collect()
def gen(obj):
    try:
        yield obj
    finally:
        print("generator finally")
d = D()
g = gen(d)
next(g)
d.g = g
del d, g
print("collected:", gc.collect())
