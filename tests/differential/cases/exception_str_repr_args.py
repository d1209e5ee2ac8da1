class E(Exception):
    pass
print(repr(E()), repr(E(1)), repr(E(1, 'two')))
print(str(E()), "|", str(E(1)), "|", str(E(1, 'two')))
e = E('x')
e.extra = 5
print(e.extra, e.args)
print(repr(StopIteration(3)), StopIteration(3).value)
print(repr(KeyError('k')), str(KeyError('k')))
print(isinstance(e, BaseException), issubclass(E, Exception), E.__name__)
print(repr(ValueError()), repr(ValueError("")), str(ValueError("")) == "")
