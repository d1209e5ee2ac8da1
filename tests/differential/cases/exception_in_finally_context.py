def f():
    try:
        raise ValueError("first")
    finally:
        print("finally runs while ValueError propagates")
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("finally", i)
g()
