def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError(x)
        if x == 2:
            return "returned from try"
    except ValueError:
        print("except")
        return "returned from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for x in range(3):
    print(f(x))
def g():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(g())
