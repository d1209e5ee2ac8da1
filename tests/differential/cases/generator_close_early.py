def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally runs")
g = gen()
print(next(g), next(g))
g.close()
print("closed")
for x in gen():
    if x == 2:
        break
print("after break")
g = gen()
next(g)
del g
print("after del")
g = gen()
g.close()
print("close of unstarted generator runs nothing")
