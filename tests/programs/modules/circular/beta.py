print("beta starts")
import alpha
seen_from_beta = (alpha.A, hasattr(alpha, "A2"))
B = 10
print("beta ends")
