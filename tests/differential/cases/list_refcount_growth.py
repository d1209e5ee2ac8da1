import sys
x = object()
b = sys.getrefcount(x)
l = []
for i in range(10):
    l.append(x)
print(sys.getrefcount(x) - b)
l.extend([x] * 5)
print(sys.getrefcount(x) - b)
l[3:8] = []
print(sys.getrefcount(x) - b)
l2 = l * 2
print(sys.getrefcount(x) - b)
l.reverse(); l.sort(key=lambda _: 0)
print(sys.getrefcount(x) - b)
del l, l2
print(sys.getrefcount(x) - b)
