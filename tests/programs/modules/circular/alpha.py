print("alpha starts")
A = 1
import beta
A2 = 2
print("alpha ends")
