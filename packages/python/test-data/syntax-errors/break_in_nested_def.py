for x in range(3):
    def g():
        break
