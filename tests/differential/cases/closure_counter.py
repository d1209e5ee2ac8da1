def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
print(c1.__closure__[0].cell_contents, len(c2.__closure__))
print(make_counter.__closure__)
