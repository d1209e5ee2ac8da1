print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(2.675, 2))
print(round(1234.5678, -2), round(7), round(7, 1), round(-2.5), type(round(2.5)).__name__)
print(round(0.1 + 0.2, 10), round(123, -1), round(125, -1), round(135, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(0, 3))
print(17 // 5, -17 // 5, 17 % -5, -17 % 5, 7.5 // 2, -7.5 % 2)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
