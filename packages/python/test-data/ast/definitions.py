@decorator
@decorator.with_args(1, key=2)
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """Docstring."""
    global g
    return a


def g(*, k):
    def inner():
        nonlocal k
        k = yield k
        yield from inner()
        x = yield
        return
    return inner


class A(Base, Mixin, metaclass=Meta, **extra):
    attr = 1

    @property
    def value(self) -> int:
        return self.attr

    @staticmethod
    def s(*a): return a


class B: pass
class C(): pass
lambda: 0
lambda a, /, b: a
def h(a: int = 1, *b: str, c: 'x' = None, **d: float) -> None: pass
