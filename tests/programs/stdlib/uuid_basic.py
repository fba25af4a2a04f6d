# uuid: UUID from every input form, fields and properties, comparisons, errors, uuid3/uuid5 (deterministic),
# uuid1/uuid4 shapes, and the namespaces.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
      u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.urn, u.variant, u.version)
for form in [dict(hex='12345678123456781234567812345678'), dict(hex='urn:uuid:12345678-1234-5678-1234-567812345678'),
             dict(bytes=b'\x12\x34\x56\x78' * 4), dict(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
             dict(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)), dict(int=0x12345678123456781234567812345678),
             dict(int=0, version=4), dict(hex='00000000-0000-0000-0000-000000000000', version=1)]:
    v = uuid.UUID(**form)
    print(v, v == u, v.version, v.variant)
for bad in [dict(), dict(hex='xyz'), dict(hex='1234'), dict(bytes=b'abc'), dict(bytes_le=b'abc'), dict(int=-1),
            dict(int=1 << 128), dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(int=1, version=9),
            dict(hex='a', bytes=b'b')]:
    try:
        uuid.UUID(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a == uuid.UUID(int=1), a != b, hash(a) == hash(1), int(b), sorted([b, a]), a == 1)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'),
      uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'),
      uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), uuid.UUID(str(r)) == r)
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t2.time >= t.time, t != t2, uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq, isinstance(uuid.getnode(), int), uuid.getnode() == uuid.getnode())
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, uuid.RFC_4122,
      uuid.RESERVED_NCS, uuid.SafeUUID.unknown, u.is_safe)
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'bytes name')
except TypeError as e:
    print('TypeError', e)
