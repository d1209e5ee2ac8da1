import sys
print("stdout line 1")
print("stdout line 2", end="")
print()
raise SystemExit(3)
