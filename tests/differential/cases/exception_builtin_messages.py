tests = [
    lambda: 1 / 0,
    lambda: [][1],
    lambda: {}['k'],
    lambda: int('x'),
    lambda: None.attr,
    lambda: 'a' + 1,
    lambda: len(5),
    lambda: undefined_name,
    lambda: (1, 2)[5],
    lambda: [].pop(),
    lambda: 10 % 0,
    lambda: int(1.5) + 'a',
    lambda: float('nan?'),
    lambda: {}.popitem(),
    lambda: iter(5),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
