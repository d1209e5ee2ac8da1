print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance('s', str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(True, int), isinstance(None, object), isinstance(int, type), isinstance(type, object))
print(issubclass(int, object), issubclass(bool, int), issubclass(list, tuple), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
try:
    isinstance(1, 'int')
except TypeError as e:
    print("TypeError:", e)
