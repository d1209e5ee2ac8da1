def gen(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
g = gen(3)
print("created")
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(sum(x * x for x in range(5)))
