x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.y, C().m(), C.doubled)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
print(c.inc(), c.inc(), Counter.n)
