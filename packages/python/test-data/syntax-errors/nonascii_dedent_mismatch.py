if x:
    s = "é"
  y = 1
