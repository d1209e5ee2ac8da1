print(f"{x!r}" f"{y")
