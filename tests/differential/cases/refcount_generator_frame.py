import sys
def gen(obj):
    yield 1
    yield 2
x = []
print("before:", sys.getrefcount(x))
g = gen(x)
print("created, not started:", sys.getrefcount(x))
next(g)
print("suspended at first yield:", sys.getrefcount(x))
next(g)
print("suspended at second yield:", sys.getrefcount(x))
for _ in g:
    pass
print("exhausted:", sys.getrefcount(x))
g2 = gen(x)
next(g2)
del g2
print("suspended generator deleted:", sys.getrefcount(x))
