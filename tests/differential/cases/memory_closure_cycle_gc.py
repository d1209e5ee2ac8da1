import gc
class Big:
    def __del__(self):
        print("Big freed")
gc.collect()
def make():
    big = Big()
    def f():
        return big, f
    return f
f = make()
del f
print("closure referencing itself through its cell:")
print("collected:", gc.collect())
