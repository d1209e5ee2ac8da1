x = "é" + 1abc
