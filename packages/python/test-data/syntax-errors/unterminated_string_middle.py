x = 1
y = "hello
z = 2
