class Careful:
    def __init__(self, n): self.n = n
    def __del__(self):
        try:
            raise ValueError("boom " + str(self.n))
        except ValueError as e:
            print("__del__ caught:", e)
        finally:
            print("__del__ finally", self.n)
b = Careful(1)
del b
print("script continues")
c = [Careful(2), Careful(3)]
c = None
print("done")
