try pass
