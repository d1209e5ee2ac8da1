print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]), any('') , all('abc'))
print(any(x > 3 for x in range(5)), all(isinstance(x, int) for x in [1, 2, 'a']))
class C:
    def method(self): pass
print(callable(print), callable(C), callable(C()), callable(C().method), callable(None), callable(lambda: 0))
print(callable(len), callable('s'), callable([].append))
