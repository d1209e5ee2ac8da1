import sys, gc
a = sys.getrefcount(gc)
import gc as g2
b = sys.getrefcount(gc)
print("another name for the module:", b - a)
del g2
print("dropped:", sys.getrefcount(gc) - a)
print(gc.is_tracked(gc), gc.is_tracked(sys))
def f():
    import weakref
    return weakref.__name__
print(f(), 'weakref' in dir())
