else pass
