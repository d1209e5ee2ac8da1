x = '''abc'''def
