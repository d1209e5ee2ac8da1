x = 'abc'def'
