x = 1
if x:
    print(x
else:
    pass
