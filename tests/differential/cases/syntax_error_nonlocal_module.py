print("start")
def f():
    return 1
nonlocal x
print(f())
