import sys
d = {}
seen = []
for i in range(40):
    s = sys.getsizeof(d)
    if not seen or seen[-1][1] != s:
        seen.append((i, s))
    d[i] = i
print(seen)
k = {}
for i in range(10):
    k['key%d' % i] = i
print("str keys:", sys.getsizeof(k))
k.clear()
print("cleared:", sys.getsizeof(k))
