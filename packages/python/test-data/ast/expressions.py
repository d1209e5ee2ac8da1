# Operator precedence and associativity, as Python's grammar defines them.
a or b and not c
not a == b
a | b ^ c & d << e + f * g ** h
-2 ** -1
x ** y ** z
a - b - c
a // b % c @ d / e
~a + +b - -c
a if b else c if d else e
lambda: a if b else c
lambda x, *ys, k=1, **kw: (x, ys, k, kw)
a < b <= c is not d not in e in f != g is h
a.b(c)[d].e
f(x)(y)[1:2][::3][1:2:3][a, b:c, ...]
x[*a]
(a)
((a, b), [c, *d], {e, *f}, {g: h, **i}, {}, (), [])
(yield_ := 1)
[y := 2, y ** 2]
[x for x in range(3) if x if not x for y in x]
{k: v for k, v in items}
{s for s in t}
(g for g in h)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(a for a in b)
f(x, y=2)(z)
1 + 2j - 3.5e-3 * 0x_ff // 0o17 % 0b101 + 1_000_000_000_000_000_000_000
None, True, False, ...
a[:], a[1:], a[:2], a[::], a[1::2]
x = 1,
x = *a, b
(-(a)).b
not not a
a is not None and b not in c or d
