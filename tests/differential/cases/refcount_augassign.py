import sys
x = []
l = [x]
alias = l
l += [x]
print("+= on list mutates in place:", alias is l, sys.getrefcount(x))
t = (x,)
t2 = t
t += (x,)
print("+= on tuple makes a new tuple:", t2 is t, sys.getrefcount(x))
l *= 2
print("*= 2:", len(l), sys.getrefcount(x))
del t2
print("old tuple dropped:", sys.getrefcount(x))
n = 5
n += 1
print(n)
