x = 3 $
y = "abc
