a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
d = {}
d['k'] = l = [1, 2]
l[0] = 9
print(d)
class O: pass
o = O()
o.attr, o.other = 'A', 'B'
print(o.attr, o.other)
