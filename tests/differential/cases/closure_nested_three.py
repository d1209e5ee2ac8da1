def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
print(a(1)(2)(3))
add5 = a(2)(3)
print(add5(0), add5(10))
print(len(add5.__closure__), sorted(cell.cell_contents for cell in add5.__closure__))
