x = 10
g = (x * i for i in range(3))
x = 100
print(list(g))
g2 = (a + b for a in range(2) for b in range(2))
print(list(g2))
print(list(g2))
gen = (i for i in [1, 2, 3] if i != 2)
print(next(gen), next(gen), next(gen, 'done'))
print(any(i > 2 for i in range(5)), all(i < 2 for i in range(5)))
print(max((i % 3, i) for i in range(7)))
