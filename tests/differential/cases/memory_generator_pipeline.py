import sys
def read(n):
    for i in range(n):
        yield i
def square(xs):
    for x in xs:
        yield x * x
def keep_even(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
pipeline = keep_even(square(read(10)))
print(next(pipeline), next(pipeline))
print(list(pipeline))
data = [1, 2, 3]
g = (x for x in data)
print("genexp holds an iterator over data:", sys.getrefcount(data))
list(g)
print("exhausted:", sys.getrefcount(data))
