class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class O: pass
class P(O): pass
class Q(O): pass
class R(P, Q): pass
print([k.__name__ for k in R.mro()])
try:
    class Bad(O, P): pass
except TypeError as e:
    print("TypeError:", e)
