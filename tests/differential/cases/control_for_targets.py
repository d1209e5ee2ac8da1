pairs = [(1, 'a'), (2, 'b')]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs, start=1):
    print(i, n, s)
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
class O: pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
l = [0, 0]
for l[0] in 'ab':
    pass
print(l)
for first, *rest in [(1, 2, 3), (4,)]:
    print(first, rest)
