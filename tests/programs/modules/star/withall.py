__all__ = ["public_a", "helper_b"]
public_a = 1
helper_b = "b"
not_listed = 3
