data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(reversed(data)), list(reversed('abc')), list(reversed((1, 2))))
recs = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs))
data.sort(key=lambda x: -x)
print(data)
r = reversed([1, 2, 3])
print(next(r), list(r))
print(sorted({'z': 1, 'a': 2}), sorted('hello'))
