print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10, -7 // 2, -7 % 2)
print(0b1010, 0o17, 0xff, 1_000_000, 0 == -0, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, 256 >> 3)
print(hex(255), oct(8), bin(5), hex(-1), int('0x1f', 16), int('z', 36))
print(True + True, True * 3, False - 1, 10 / 5, type(10 / 5).__name__, 2 ** 0.5 == 2 ** (1 / 2))
print(pow(2, 10), pow(2, 10, 1000), pow(2, -1), (-2) ** 2, -2 ** 2)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
