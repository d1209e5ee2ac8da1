print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min((2, 'b'), (1, 'z')))
print(max([1, -5, 3], key=abs), min(['aa', 'b', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(101)), sum([[1], [2]], []))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print("TypeError:", e)
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
