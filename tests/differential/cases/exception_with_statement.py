class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM('a') as a, CM('b') as b:
    print("body", a.name, b.name)
with CM('swallow', True):
    raise ValueError("hidden")
print("continued")
try:
    with CM('propagate'):
        raise KeyError('k')
except KeyError as e:
    print("propagated", repr(e))
