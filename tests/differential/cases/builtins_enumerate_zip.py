names = ['a', 'b', 'c']
print(list(enumerate(names)), list(enumerate(names, 10)))
print(list(zip(names, range(5))), list(zip()), list(zip('ab', 'cd', 'ef')))
for i, (n, v) in enumerate(zip(names, [1, 2, 3])):
    print(i, n, v)
pairs = list(zip(*[(1, 'x'), (2, 'y')]))
print(pairs)
e = enumerate('xy')
print(next(e), next(e), next(e, 'stop'))
print(dict(zip(names, range(3))))
