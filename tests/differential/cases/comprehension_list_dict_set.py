squares = [x * x for x in range(6)]
evens = [x for x in range(10) if x % 2 == 0 if x > 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[i * j for j in range(3)] for i in range(3)]
print(squares, evens, pairs, matrix)
d = {k: len(k) for k in ['a', 'bb', 'ccc']}
inv = {v: k for k, v in d.items()}
print(d, inv)
s = {x % 3 for x in range(10)}
print(s, sorted({n * n for n in range(-3, 4)}))
flat = [y for row in matrix for y in row]
print(flat)
