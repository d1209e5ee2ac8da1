def acc():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("thrown in:", e)
            x = 0
        total += x
a = acc()
print(next(a))
print(a.send(5))
print(a.send(10))
print(a.throw(ValueError("oops")))
print(a.send(1))
try:
    a.throw(KeyError('k'))
except KeyError as e:
    print("propagated:", repr(e))
try:
    next(a)
except StopIteration:
    print("finished")
