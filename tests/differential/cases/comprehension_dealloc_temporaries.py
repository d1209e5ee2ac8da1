class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
vals = [D(i).n for i in range(3)]
print(vals)
kept = [D(i) for i in range(2)]
print("kept", [d.n for d in kept])
kept = None
print("end")
