try:
    import numpy_not_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(e.name, isinstance(e, ImportError))
try:
    from gc import no_such_function
except ImportError as e:
    print("ImportError:", e)
print("continuing")
import socketx_missing
print("never")
