class Proxy:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append('get ' + name)
        return name.upper()
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
p = Proxy()
print(p.missing)
p.real = 1
print(p.real)
del p.real
print(p.real)
print(p.log)
print(getattr(p, 'dyn'), hasattr(p, 'anything'))
