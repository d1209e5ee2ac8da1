class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
    def __str__(self): return f"adds {self.n}"
    def __repr__(self): return f"Adder({self.n})"
a = Adder(5)
print(a(10), str(a), repr(a), [a], f"{a}", f"{a!r}")
print(callable(a), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), 'xyz'), f"{Fmt():>10}")
