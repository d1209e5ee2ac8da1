x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 'a' < 'b' < 'c', [1] < [1, 0] <= [2])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
print(x is not None, x not in [1, 2], not x == 5)
print(None is None, 3 != 3.0, (1, 2) == (1, 2))
