import weakref
class Subject:
    def __init__(self):
        self.observers = []
    def attach(self, obj):
        self.observers.append(weakref.ref(obj, self._gone))
    def _gone(self, wr):
        print("observer gone; pruning")
        self.observers.remove(wr)
    def notify(self, msg):
        for wr in list(self.observers):
            o = wr()
            if o is not None:
                o.update(msg)
class Obs:
    def __init__(self, name): self.name = name
    def update(self, msg): print(self.name, "got", msg)
s = Subject()
o1 = Obs('one'); o2 = Obs('two')
s.attach(o1); s.attach(o2)
s.notify('hello')
del o1
s.notify('again')
print(len(s.observers))
