print({5, 3, 1, 4, 2})
print(set(range(10, 0, -1)))
print({100, 1, 10})
print(sorted({'b', 'a', 'c'}))
s = {7, 3}
s |= {1}
print(s, len(s))
print({x % 4 for x in range(20)})
print(set([0, False, 1, True]))
