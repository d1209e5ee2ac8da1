x = "abc" + (
