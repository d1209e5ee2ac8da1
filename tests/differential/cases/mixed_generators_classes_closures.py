import gc, sys, weakref
def gen():
    try:
        x = yield 1
        print("got", x)
        r = yield from sub()
        print("sub returned", r)
    finally:
        print("gen finally")
def sub():
    yield 10
    return 'done'
g = gen()
print(next(g), g.send('hi'), next(g, 'end'))
class Counter:
    count = 0
    def __init__(self): Counter.count += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
    def __call__(self, y): return y + 1
    def __contains__(self, v): return v == 3
    def __iter__(self):
        yield from range(3)
c = Counter.make()
print(Counter.count, Counter.helper(4), c(5), 3 in c, list(c))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f(), f.__closure__[0].cell_contents)
total = 0
def add(v):
    global total
    total += v
add(5); print(total)
a, *b, c2 = [1, 2, 3, 4]
print(a, b, c2)
d = {k: v for k, v in zip('abc', range(3)) if v}
print(d, {x % 3 for x in range(10)}, [y for y in range(5) if y % 2])
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
class Base:
    def hello(self): return "base"
class Child(Base):
    def hello(self): return "child+" + super().hello()
print(Child().hello(), isinstance(Child(), Base), issubclass(Child, Base))
s = "Hello, World"
print(s.lower(), s.split(", "), s[::-1], f"{3.14159:.2f} {42:>5} {'x'!r}")
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3]), sum(range(10)), divmod(17, 5), round(2.5), 7 // 2, -7 // 2, 2 ** 10)
w = weakref.ref(c)
del c
print(w() is None)
x = [1]; x.append(x); del x
print(gc.collect())
print(sys.getrefcount([]))
with open if False else sys.stdout as out:
    pass
