# The bracket opened on line 3 is never closed.
print("never printed")
values = [1, 2, 3
print(values)
total = 0
