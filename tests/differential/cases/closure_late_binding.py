fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def outer():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    i = 100
    return [g() for g in funcs]
print(outer())
