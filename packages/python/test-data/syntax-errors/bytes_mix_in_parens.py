x = ("a" b"c")
