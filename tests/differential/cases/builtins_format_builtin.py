print(format(3.14159, '.2f'), format(42, '05d'), format(255, 'x'), format(255, '#o'), format(5, 'b'))
print(format('s', '>5'), format('s', '*^7'), format(1234567, ','), format(0.5, '%'), format(1e10, 'e'))
print(format(123), format('x'), format(1.0), format(True), format(None))
print(format(-42, '+d'), format(42, ' d'), format(3.0, 'g'), format(1e-7, 'g'), format(12345.678, '_.1f'))
try:
    format('s', 'd')
except ValueError as e:
    print("ValueError:", e)
