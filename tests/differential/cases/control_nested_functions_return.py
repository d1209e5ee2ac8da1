def outer(n):
    def helper(k):
        if k <= 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(outer(4))
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(early(3), early(20))
def no_return():
    x = 1
print(no_return())
def multi():
    return 1, 'two', [3]
a, b, c = multi()
print(a, b, c, multi())
