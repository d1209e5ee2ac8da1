import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("in __exit__:", sys.getrefcount(self))
        return False
cm = CM()
print("before:", sys.getrefcount(cm))
with cm as alias:
    print("inside with, as-target bound:", sys.getrefcount(cm))
print("after:", sys.getrefcount(cm))
del alias
print("alias deleted:", sys.getrefcount(cm))
with CM():
    pass
