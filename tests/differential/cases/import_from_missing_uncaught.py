import gc
print("gc imported")
from sys import getrefcount
print(getrefcount.__name__)
from gc import does_not_exist
print("never")
