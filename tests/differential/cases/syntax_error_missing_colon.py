# A SyntaxError anywhere in the file: nothing runs, not even the first print.
print("this never runs")
def f()
    return 1
print(f())
