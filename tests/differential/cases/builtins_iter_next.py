it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter('hi')
print(list(s), list(s))
class Count:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Count()), sum(Count()), 2 in Count())
d = iter({'a': 1, 'b': 2})
print(next(d))
