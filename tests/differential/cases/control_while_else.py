n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished without break")
while True:
    n -= 1
    if n < 2:
        break
else:
    print("not printed")
print("n after:", n)
i = 10
while i > 0:
    i //= 3
print(i)
