import sys
x = []
a, b = x, x
print("tuple unpacking:", sys.getrefcount(x))
[c, d] = [x, None]
print("list target:", sys.getrefcount(x))
first, *rest = [x, x, x]
print("starred:", sys.getrefcount(x), len(rest))
a, b = b, None
print("swap-like:", sys.getrefcount(x))
(e, (f, g)) = (1, (x, 2))
print("nested:", sys.getrefcount(x))
del a, c, first, rest, f
print("cleanup:", sys.getrefcount(x))
