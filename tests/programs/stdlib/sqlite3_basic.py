# sqlite3: connect, DDL/DML, parameters (qmark and named), fetch*, iteration, description/rowcount/lastrowid,
# transactions (implicit BEGIN, commit, rollback, context manager), Row, user functions, executescript, errors.
import sqlite3

conn = sqlite3.connect(':memory:')
cur = conn.cursor()
cur.execute('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT UNIQUE, age INTEGER, score REAL, data BLOB)')
print(cur.description, cur.rowcount, conn.in_transaction)
cur.execute('INSERT INTO people (name, age, score, data) VALUES (?, ?, ?, ?)', ('Ann', 31, 9.5, b'\x00\x01'))
print(cur.rowcount, cur.lastrowid, conn.in_transaction, conn.total_changes)
cur.executemany('INSERT INTO people (name, age, score) VALUES (?, ?, ?)',
                [('Bob', 25, 7.25), ('Cé', None, 8.0), ('Dan', 40, None)])
print(cur.rowcount, cur.lastrowid)
cur.execute('INSERT INTO people (name, age) VALUES (:name, :age)', {'name': 'Eve', 'age': 22, 'extra': 1})
conn.commit()
print(conn.in_transaction)
cur.execute('SELECT id, name, age, score, data FROM people ORDER BY id')
print(cur.description)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall(), cur.fetchone(), cur.rowcount)
for row in conn.execute('SELECT name, age FROM people WHERE age > ? ORDER BY age', (24,)):
    print(row)
print(conn.execute('SELECT count(*), sum(age), avg(score), max(name) FROM people').fetchone())
print(conn.execute('SELECT 1, 2.5, \'text\', NULL, x\'ff00\', 9223372036854775807').fetchone())
cur.execute('UPDATE people SET age = age + 1 WHERE age IS NOT NULL')
print(cur.rowcount, conn.in_transaction)
conn.rollback()
print(conn.execute('SELECT age FROM people ORDER BY id').fetchall(), conn.in_transaction)
with conn:
    conn.execute('DELETE FROM people WHERE name = ?', ('Dan',))
print(conn.execute('SELECT count(*) FROM people').fetchone(), conn.in_transaction)
try:
    with conn:
        conn.execute('DELETE FROM people')
        raise ValueError('abort')
except ValueError:
    pass
print(conn.execute('SELECT count(*) FROM people').fetchone())

conn.row_factory = sqlite3.Row
r = conn.execute('SELECT id, name AS Name FROM people ORDER BY id').fetchone()
print(type(r).__name__, r[0], r['name'], r['NAME'], r[1], r.keys(), len(r), tuple(r), r[0:2])
try:
    r['missing']
except IndexError as e:
    print('IndexError', e)
conn.row_factory = None
conn.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(conn.execute('SELECT name, age FROM people ORDER BY id LIMIT 2').fetchall())
conn.row_factory = None

conn.create_function('double', 1, lambda x: None if x is None else x * 2)
conn.create_function('concat3', 3, lambda a, b, c: f'{a}-{b}-{c}')
print(conn.execute('SELECT double(age), concat3(name, age, 1.5) FROM people ORDER BY id').fetchall())
conn.executescript('''
    CREATE TABLE log (msg TEXT);
    INSERT INTO log VALUES ('one');
    INSERT INTO log VALUES ('two');
''')
print(conn.execute('SELECT * FROM log').fetchall())

for sql, params in [('SELEC 1', ()), ('SELECT * FROM nope', ()), ('INSERT INTO people (id, name) VALUES (1, ?)', ('Z',)),
                    ('INSERT INTO people (name) VALUES (?)', ('Ann',)), ('SELECT ?', ([1],)), ('SELECT ?', ()),
                    ('SELECT ?', (1, 2)), ('SELECT 1; SELECT 2', ()), ('SELECT :n', {'x': 1}),
                    ('SELECT ?', (2**63,))]:
    try:
        conn.execute(sql, params)
        print('ok', sql)
    except (sqlite3.Error, OverflowError) as e:
        print(type(e).__name__, e, getattr(e, 'sqlite_errorname', None))
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error),
      sqlite3.paramstyle, sqlite3.apilevel, sqlite3.sqlite_version_info >= (3, 0, 0), sqlite3.complete_statement('SELECT 1;'),
      sqlite3.complete_statement('SELECT 1'))
conn.close()
try:
    conn.execute('SELECT 1')
except sqlite3.ProgrammingError as e:
    print('ProgrammingError', e)

db = sqlite3.connect('file.db')
db.execute('CREATE TABLE kv (k TEXT PRIMARY KEY, v)')
db.execute('INSERT INTO kv VALUES (?, ?)', ('a', 1))
db.commit()
db.execute('INSERT INTO kv VALUES (?, ?)', ('b', 2))
db.close()
db = sqlite3.connect('file.db')
print(db.execute('SELECT * FROM kv').fetchall())
print(db.execute('PRAGMA table_info(kv)').fetchall())
db.close()
