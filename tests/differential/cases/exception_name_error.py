def f():
    print(undefined_variable)
try:
    f()
except NameError as e:
    print("NameError:", e)
def g():
    print(x)
    x = 1
try:
    g()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del never_defined
except NameError as e:
    print(e)
print(missing_at_module_level)
