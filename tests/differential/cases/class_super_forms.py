class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base({self.x})"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Mid+" + super(Mid, self).describe()
class Leaf(Mid):
    def __init__(self):
        super().__init__(1, 2)
    def describe(self):
        return "Leaf+" + super().describe()
l = Leaf()
print(l.describe(), l.x, l.y)
