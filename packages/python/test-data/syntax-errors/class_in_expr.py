x = class A: pass
