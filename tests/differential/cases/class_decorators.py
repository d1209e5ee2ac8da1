def register(cls):
    registry.append(cls.__name__)
    return cls
registry = []
def twice(fn):
    def wrapper(*a, **k):
        return fn(*a, **k) * 2
    return wrapper
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@register
class Thing:
    @twice
    def value(self):
        return 21
@tag('hello')
@twice
def f(x):
    return x + 1
print(registry, Thing().value(), f(4), f.tag)
