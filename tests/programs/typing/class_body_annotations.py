# A class body's annotations land in its __annotations__ (values optional).
class A:
    x: int
    y: "str" = "a"
    z = 3
    def m(self) -> int:
        return 1
print(A.__annotations__, A.y, A.z, A.m.__annotations__)
class B(A):
    w: float = 1.0
print(B.__annotations__, B.w)
