import sys
x = []
def f(a=x):
    return a
print("default value:", sys.getrefcount(x))
def g(a=x, b=x):
    pass
print("two defaults:", sys.getrefcount(x))
print("f.__defaults__ holds it:", f.__defaults__[0] is x)
del f
print("function deleted:", sys.getrefcount(x))
def h(*, k=x):
    return k
print("keyword-only default:", sys.getrefcount(x), h.__kwdefaults__ == {'k': []})
