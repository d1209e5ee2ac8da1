def first():
    return {}['missing']
try:
    first()
except KeyError:
    x = [1, 2, 3]
    print(x[10])
