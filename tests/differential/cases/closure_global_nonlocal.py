x = 'global x'
def f():
    global x
    x = 'changed by f'
def g():
    x = 'local g'
    def h():
        nonlocal x
        x = 'changed by h'
    h()
    return x
f()
print(x, '|', g())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(4):
    bump()
print(counter)
