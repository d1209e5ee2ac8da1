import gc
class C:
    def __init__(self):
        self.cb = self.method
    def method(self):
        return 42
    def __del__(self):
        print("C.__del__")
gc.collect()
c = C()
print(c.cb())
del c
print("not freed by refcount; collecting")
print("collected:", gc.collect())
