class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)
class Child(Base):
    pass
class Override(Base):
    def __del__(self):
        print("Override.__del__")
        super().__del__()
class NoDel:
    pass
Child()
Override()
NoDel()
print("done")
