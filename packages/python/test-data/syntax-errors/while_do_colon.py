while x < 10 do:
    pass
