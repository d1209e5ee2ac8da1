from m import x,
