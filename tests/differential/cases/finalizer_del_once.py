import gc
class R:
    def __del__(self):
        print("__del__ runs, finalized before:", gc.is_finalized(self))
r = R()
print("is_finalized fresh:", gc.is_finalized(r))
r2 = r
del r
print("still referenced")
del r2
print("gone")
class S:
    def __del__(self):
        print("S.__del__")
s = S()
s.__del__()
print("explicit call does not mark it:", gc.is_finalized(s))
del s
