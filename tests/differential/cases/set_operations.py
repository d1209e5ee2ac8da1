a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
s.add(3); s.add(1); s.add(3); s.update([5, 4]); s.discard(99); s.remove(4)
print(s, len(s), 3 in s, 9 not in s)
print(s.pop() in {1, 3, 5}, sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, {f: 'hashable'}[frozenset([2, 1])])
