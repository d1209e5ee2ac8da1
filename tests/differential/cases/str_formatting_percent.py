print('%s is %d years' % ('Ann', 30))
print('%5.2f|%-6s|%06d|%x|%o|%e' % (3.14159, 'ab', 42, 255, 8, 12345.678))
print('%r %s' % ('q', 'q'), '%%', '%c' % 65, '%+d' % 5, '%.3s' % 'abcdef')
print('%(name)s=%(val)d' % {'name': 'x', 'val': 3})
try:
    print('%d' % 'x')
except TypeError as e:
    print("TypeError:", e)
try:
    print('%s %s' % ('only one',))
except TypeError as e:
    print("TypeError:", e)
