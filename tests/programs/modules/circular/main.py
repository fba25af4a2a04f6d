# Circular imports see the partially initialised module, as in CPython.
import alpha
print(alpha.A, alpha.beta.B, alpha.beta.seen_from_beta)
import beta
print(beta.alpha is alpha)
try:
    import gamma
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
