from gamma import G
D = 2
