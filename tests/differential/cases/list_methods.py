l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 70); l.insert(-1, 60)
print(l)
print(l.pop(), l.pop(0), l.index(2), l.count(1), len(l))
l.remove(5)
print(l)
l.reverse()
print(l)
l.sort()
print(l, l.copy() == l, l.copy() is l)
try:
    l.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print("TypeError:", e)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
