def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('during handling')
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('no context') from None
except TypeError as e:
    print(e.__suppress_context__, repr(e.__context__))
