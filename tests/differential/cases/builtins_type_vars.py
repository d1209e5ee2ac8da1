class C:
    a = 1
    def __init__(self):
        self.x = 10
        self.y = 'why'
c = C()
print(type(c).__name__, type(C).__name__, type(type).__name__, type(len).__name__)
print(vars(c), c.__dict__ is vars(c))
print(type(1), type('s'), type([]), type(None), type(c) is C)
print(type(print), type(lambda: 0), type(C.__init__), type(c.__init__))
print(C.__name__, c.a, c.x, type(c).a)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
