x = 1
print(x)
1 = x
print("unreachable")
y = 2
