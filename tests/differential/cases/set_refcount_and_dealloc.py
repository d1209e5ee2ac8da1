import sys
class K:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
k = K('member')
before = sys.getrefcount(k)
s = {k}
print("in a set:", sys.getrefcount(k) - before)
s.add(k)
print("added twice, held once:", sys.getrefcount(k) - before)
s.discard(k)
print("discarded:", sys.getrefcount(k) - before)
s = {K('only in set')}
print("dropping the set")
s = None
print("end")
