import sys
data = {'b': [3, 1], 'a': [2]}
for k in sorted(data):
    print(k, sorted(data[k]), data[k].index(min(data[k])))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])), any([]), all([]))
print(" ".join(str(i) for i in range(3)), "%d items at %.1f%%" % (3, 12.345), "{:,}".format(1234567))
t = (1, 2, 3)
print(t.count(2), t.index(3), t[1:], tuple(reversed(t)), hash(t) == hash((1, 2, 3)))
s = {1, 2, 3}
s.add(4); s.discard(1)
print(s, s & {2, 9}, s | {7}, frozenset([1, 2]) == frozenset([2, 1]))
print(dict.fromkeys('ab', 0), {**{'x': 1}, 'y': 2}, list(enumerate('ab', start=1)))
print(int('ff', 16), bin(10), hex(255), oct(8), chr(65), ord('a'), abs(-3.5), pow(2, 10, 7))
print(round(3.14159, 2), 1e20, 1.5e-7, 0.1 + 0.2, 10 / 4, float('inf'), -0.0)
print(isinstance(True, int), type(1.0).__name__, callable(len), getattr([], 'x', 'dflt'), hasattr(1, 'real'))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"P({self.x})"
print(sorted([P(3), P(1)]), P(1) in {P(1)}, P(2) == P(2), len({P(1), P(1)}))
print(vars(P(5)), dir(P(1))[-3:], P.__name__, P.__qualname__)
print(sys.version_info[:2], sys.version_info.major >= 3)
nums = list(range(10))
nums[2:5] = ['a']
del nums[::2]
print(nums, nums[-1], nums[:-2])
print("a,b,,c".split(","), "  x ".strip(), "abc".upper().center(7, '*'), "x".join(["1", "2"]))
print(str(b'ab'), bytes([104, 105]).decode(), len("héllo".encode()))
