data = [1, 5, 2, 8]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 5:
    print("popped", item)
print(data)
def stub():
    pass
class Empty:
    pass
print(stub(), type(Empty()).__name__)
...
print([y := 2, y * 3])
