def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print("value:", e.value)
