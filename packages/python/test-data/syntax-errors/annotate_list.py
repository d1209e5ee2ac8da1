a.b: int
x: int = 1
(y): int = 2
[a]: int
