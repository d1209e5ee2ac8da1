s = "日本語"; if x
