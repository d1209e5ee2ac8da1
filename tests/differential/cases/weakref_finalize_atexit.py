import weakref
class C:
    pass
keep = C()
f = weakref.finalize(keep, print, "finalize at exit")
print("atexit default:", f.atexit)
other = C()
g = weakref.finalize(other, print, "not at exit")
g.atexit = False
print("peek:", f.peek()[1:])
print("script ends")
