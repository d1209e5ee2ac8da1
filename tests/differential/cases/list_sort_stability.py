people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
nums = [3, -1, 2, -3, 1]
nums.sort(key=abs)
print(nums)
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([(1, 2), (1,), ()]))
