def compute(x):
    return 10 / x
print("before")
print(compute(2))
print(compute(0))
print("never printed")
