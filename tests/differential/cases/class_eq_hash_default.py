class P:
    pass
a = P(); b = P()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
class E:
    def __eq__(self, other):
        return True
print(E() == 1, E.__hash__ is None)
try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)
