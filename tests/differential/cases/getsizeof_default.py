import sys
class WithSizeof:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(WithSizeof()))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(1, 'default ignored for ints'))
print([].__sizeof__(), (1,).__sizeof__(), {}.__sizeof__())
