rows = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in rows] for i in range(3)]
print(transposed)
print(sum(x for row in rows for x in row if x % 2))
gen = ((i, c) for i in range(2) for c in 'ab')
print(list(gen))
print(dict((str(k), k) for k in range(3)))
print(set(x // 2 for x in range(6)))
print(list(zip(*rows)))
print(sorted((v, k) for k, v in {'a': 3, 'b': 1, 'c': 2}.items()))
