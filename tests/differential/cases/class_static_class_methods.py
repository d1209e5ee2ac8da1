class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def total(cls):
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter(); Counter.make(); s = Sub.make()
print(Counter.total(), type(s).__name__)
print(Counter.add(2, 3), s.add(4, 5), Sub.total())
