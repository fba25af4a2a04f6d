"""secrets for Taipan: random numbers for managing secrets.

Written for Taipan from the Python library reference (issue #6, decision
0020) over the kernel's CSPRNG (getrandom, through the native `_hashlib`
core): token_bytes/token_hex/token_urlsafe, randbelow, randbits, choice and
compare_digest. SystemRandom arrives with `random`.
"""

import base64 as _base64
import _hashlib

__all__ = ['choice', 'randbelow', 'randbits', 'compare_digest', 'token_bytes', 'token_hex', 'token_urlsafe']

DEFAULT_ENTROPY = 32
compare_digest = _hashlib.compare_digest


def randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    numbytes = (k + 7) // 8
    x = int.from_bytes(_hashlib.urandom(numbytes), 'big')
    return x >> (numbytes * 8 - k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length()
    r = randbits(k)
    while r >= exclusive_upper_bound:
        r = randbits(k)
    return r


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _hashlib.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
