print("x", end="" sep="")
