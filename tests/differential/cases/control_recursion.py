def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(fact(20), fact(30))
print([fib(i) for i in range(15)], fib(100))
print(len(hanoi(6, 'A', 'C', 'B', [])), hanoi(2, 'A', 'C', 'B', []))
