import sys
lst = [1, 2]
print("list:", sys.getrefcount(lst))
it = iter(lst)
print("iterator holds list:", sys.getrefcount(lst))
print(next(it), next(it))
print("not yet exhausted:", sys.getrefcount(lst))
print(next(it, "end"))
print("exhausted iterator released the list:", sys.getrefcount(lst))
t = (1, 2)
ti = iter(t)
print("tuple iterator:", sys.getrefcount(t) - 1 >= 2)
d = {'a': 1}
di = iter(d)
print("dict iterator:", sys.getrefcount(d))
print(list(di), sys.getrefcount(d))
