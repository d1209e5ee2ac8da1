def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
print([classify(n) for n in (-5, 0, 3, 42)])
for v in (0, 1, '', 'a', [], [0], None, 0.0, {}):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
print(1 and 2, 0 and 2, 1 or 2, 0 or '', None or 'd', not 0)
