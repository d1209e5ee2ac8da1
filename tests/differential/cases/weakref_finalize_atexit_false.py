import weakref, gc
class C: pass
a = C(); b = C()
fa = weakref.finalize(a, print, "a at exit")
fb = weakref.finalize(b, print, "b never")
fb.atexit = False
print(fa.atexit, fb.atexit)
c = C()
fc = weakref.finalize(c, print, "c now")
del c
fd = weakref.finalize(C(), print, "d now")
print(fd.alive)
class Holder:
    def __del__(self):
        print("Holder del")
h = Holder()
fh = weakref.finalize(h, print, "h finalize")
fh.atexit = False
print("end")
