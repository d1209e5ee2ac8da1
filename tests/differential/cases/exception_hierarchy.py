class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key
for exc in (NotFound('x'), AppError('generic'), KeyError('k'), ZeroDivisionError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.key)
    except AppError as e:
        print("AppError", e)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    except Exception as e:
        print("other", type(e).__name__, isinstance(e, ArithmeticError))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
