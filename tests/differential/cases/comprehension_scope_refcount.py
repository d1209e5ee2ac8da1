import sys
x = 'outer'
r = [x for x in range(3)]
print(r, x)
data = [[1], [2], [3]]
before = sys.getrefcount(data[0])
copies = [item for item in data]
print("each item referenced once more:", sys.getrefcount(data[0]) - before)
del copies
print("back:", sys.getrefcount(data[0]) - before)
funcs = [lambda: n for n in range(2)]
print([f() for f in funcs])
class C:
    vals = [1, 2]
    total = sum(v for v in vals)
print(C.total)
