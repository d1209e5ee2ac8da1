print("start")
for i in range(3):
    pass
return 5
print("end")
