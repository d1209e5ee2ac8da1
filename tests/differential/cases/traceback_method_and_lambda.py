class Calc:
    def divide(self, a, b):
        return a / b
    def run(self):
        ops = [lambda: self.divide(4, 2), lambda: self.divide(1, 0)]
        return [op() for op in ops]
print(Calc().divide(9, 3))
Calc().run()
