class Resource:
    def __init__(self, n): self.n = n; print("open", n)
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("close", self.n, et.__name__ if et else None)
        return False
    def __del__(self): print("free", self.n)
def work():
    with Resource(1) as r, Resource(2):
        x = {'a': 1}
        return x['b']
try:
    work()
except KeyError as e:
    print("KeyError", e, type(e).__mro__[1].__name__)
def gen():
    r = Resource(3)
    yield 1
    yield 2
g = gen()
next(g)
g.close()
print("after close")
items = [Resource(i) for i in range(4, 6)]
items.pop()
print("popped")
items.clear()
print("cleared")
d = {}
d['k'] = Resource(7)
d['k'] = None
print("replaced")
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    {}['x']
except KeyError as e:
    print(repr(e))
print(f"{'done':^10}|")
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__)
x = Resource(9)
def f():
    raise RuntimeError("boom")
f()
