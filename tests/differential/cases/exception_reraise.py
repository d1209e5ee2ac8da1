def f():
    try:
        raise KeyError('k')
    except KeyError:
        print("handling, re-raising")
        raise
try:
    f()
except KeyError as e:
    print("outer caught", repr(e))
try:
    try:
        raise ValueError('v')
    except ValueError as e:
        raise e
except ValueError as e2:
    print("raise e:", e2)
e3 = TypeError("made", 1)
print(e3.args, str(e3), repr(e3))
print(repr(Exception()), str(Exception()), repr(ValueError('a', 'b')))
