import sys
items = [[], [], []]
for x in items:
    pass
print("loop var keeps the last item:", sys.getrefcount(items[2]), sys.getrefcount(items[0]))
del x
print("after del x:", sys.getrefcount(items[2]))
def f(seq):
    for y in seq:
        pass
    return sys.getrefcount(seq[-1])
print("inside a function:", f(items))
print("after the function:", sys.getrefcount(items[2]))
r = [sys.getrefcount(z) for z in items]
print("in a comprehension:", r)
print("comprehension variable does not leak:", 'z' in globals())
