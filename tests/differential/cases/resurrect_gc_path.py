import gc
saved = None
class R:
    def __del__(self):
        global saved
        print("__del__")
        saved = self
gc.collect()
r = R(); r.me = r
del r
print("collected:", gc.collect())
print("resurrected:", saved is not None)
saved = None
print("collected again (no __del__):", gc.collect())
print("nothing left:", gc.collect())
