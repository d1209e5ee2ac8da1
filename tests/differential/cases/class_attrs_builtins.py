class C:
    kind = 'c'
    def __init__(self):
        self.a = 1
c = C()
setattr(c, 'b', 2)
print(getattr(c, 'a'), getattr(c, 'b'), getattr(c, 'zz', 'default'))
print(hasattr(c, 'kind'), hasattr(c, 'nope'))
delattr(c, 'a')
print(hasattr(c, 'a'), vars(c))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(C) if not k.startswith('__')))
