def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g))
print(g.send('hello'))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, 4]], [[5]]])))
