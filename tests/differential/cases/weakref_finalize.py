import weakref
class C:
    pass
def done(tag, n):
    print("finalizer", tag, n)
c = C()
f = weakref.finalize(c, done, 'first', 1)
print("alive:", f.alive)
del c
print("alive after del:", f.alive)
d = C()
g = weakref.finalize(d, done, 'second', 2)
print("called explicitly returns:", g())
print("second call returns:", g())
print("alive:", g.alive)
del d
e = C()
h = weakref.finalize(e, done, 'third', 3)
print("detach:", h.detach()[2:], h.alive)
del e
print("end")
