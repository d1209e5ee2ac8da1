sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(4), add(1), add(1, 2), (lambda *a, **k: (a, k))(1, 2, z=3))
sign = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(n) for n in (-2, 0, 5)])
print((lambda: None)())
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
x = 5
print('big' if x > 3 else 'small', 1 if [] else 2)
