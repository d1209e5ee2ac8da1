import sys
x = []
def dive(obj, depth):
    if depth == 0:
        return sys.getrefcount(obj)
    return dive(obj, depth - 1)
for d in (0, 1, 5, 20):
    print(d, dive(x, d))
def dive_kw(depth, obj=None):
    if depth == 0:
        return sys.getrefcount(obj)
    return dive_kw(depth - 1, obj=obj)
print("keyword:", dive_kw(3, x))
