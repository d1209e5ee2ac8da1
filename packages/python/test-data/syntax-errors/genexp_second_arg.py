f(x for x in y)
f(1, x for x in y)
