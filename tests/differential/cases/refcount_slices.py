import sys
x = []
l = [x, x, 1, 2]
print("in list:", sys.getrefcount(x))
copy = l[:]
print("slice copy holds too:", sys.getrefcount(x))
part = l[1:3]
print("partial slice:", sys.getrefcount(x))
rev = l[::-1]
print("reversed slice:", sys.getrefcount(x))
del l[0:2]
print("slice deleted from l:", sys.getrefcount(x))
copy[0:1] = [None, None]
print("slice assigned:", sys.getrefcount(x))
del copy, part, rev
print("end:", sys.getrefcount(x))
