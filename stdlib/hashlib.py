"""hashlib for Taipan: secure hashes and message digests.

Written for Taipan from the Python library reference (issue #6, decision
0020) over the native core `_hashlib` (OpenSSL's libcrypto): new() and the
named constructors, algorithms_guaranteed/available. The keyed and
personalised forms of blake2b/blake2s (key=, salt=, person=, digest_size=)
are not provided yet.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224',
                         'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'}
algorithms_available = set(algorithms_guaranteed) | {'sha512_224', 'sha512_256', 'md5-sha1', 'sm3', 'ripemd160'}


def new(name, data=b'', **kwargs):
    return _hashlib.new(name, data)


def md5(data=b'', *, usedforsecurity=True):
    return _hashlib.new('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha512', data)


def sha3_224(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_224', data)


def sha3_256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_256', data)


def sha3_384(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_384', data)


def sha3_512(data=b'', *, usedforsecurity=True):
    return _hashlib.new('sha3_512', data)


def shake_128(data=b'', *, usedforsecurity=True):
    return _hashlib.new('shake_128', data)


def shake_256(data=b'', *, usedforsecurity=True):
    return _hashlib.new('shake_256', data)


def _no_blake2_params(kwargs):
    for k in kwargs:
        if k != 'usedforsecurity':
            raise NotImplementedError(f"blake2 parameter '{k}' is not supported by Taipan yet")


def blake2b(data=b'', **kwargs):
    _no_blake2_params(kwargs)
    return _hashlib.new('blake2b', data)


def blake2s(data=b'', **kwargs):
    _no_blake2_params(kwargs)
    return _hashlib.new('blake2s', data)
