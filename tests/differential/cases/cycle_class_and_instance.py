import gc
gc.collect()
def make():
    class Local:
        pass
    Local.instance = Local()
    return 1
make()
n = gc.collect()
print("a local class with its instance is collected:", n > 0)
class Keep:
    pass
Keep.me = Keep()
print("module-level class stays:", gc.collect())
