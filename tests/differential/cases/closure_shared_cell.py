def pair():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = pair()
add(1); add(2)
print(get())
print(add.__closure__[0] is get.__closure__[0])
def rebind():
    n = 1
    def read():
        return n
    n = 2
    return read
print(rebind()())
