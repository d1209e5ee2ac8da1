x = 1
  # comment
y = 2
   
z=(1,
