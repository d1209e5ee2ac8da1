x = ("abc
     )
