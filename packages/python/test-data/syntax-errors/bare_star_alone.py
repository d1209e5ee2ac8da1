def f(a, *, b): pass
def g(*): pass
