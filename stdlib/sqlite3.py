"""sqlite3 for Taipan: the DB-API 2.0 interface to SQLite.

Written for Taipan from the Python library reference and PEP 249 (issue #6,
decision 0020) over the native `_sqlite3` core (runtime/src/sqlite_core.cpp,
the system libsqlite3). Connections, cursors (execute, executemany,
executescript, fetchone/fetchmany/fetchall, iteration, description,
rowcount, lastrowid), qmark and named parameters, sqlite3.Row, user
functions, adapters, and CPython 3.11's transaction handling: with an
isolation level set, a BEGIN is issued before INSERT/UPDATE/DELETE/REPLACE
outside a transaction; commit()/rollback() end it; the connection as a
context manager commits or rolls back. Errors are the DB-API exception
classes with SQLite's messages.
"""

import os
import _sqlite3

__all__ = ['connect', 'Connection', 'Cursor', 'Row', 'Warning', 'Error', 'InterfaceError', 'DatabaseError',
           'DataError', 'OperationalError', 'IntegrityError', 'InternalError', 'ProgrammingError',
           'NotSupportedError', 'PARSE_DECLTYPES', 'PARSE_COLNAMES', 'Binary', 'complete_statement',
           'register_adapter', 'register_converter', 'version', 'version_info', 'sqlite_version',
           'sqlite_version_info', 'paramstyle', 'threadsafety', 'apilevel']

paramstyle = 'qmark'
threadsafety = 3
apilevel = '2.0'
version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split('.'))
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2
Binary = memoryview


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
             InternalError, ProgrammingError, NotSupportedError):
    _cls.__module__ = 'sqlite3'

_sqlite3.set_errors(OperationalError, IntegrityError, ProgrammingError, DatabaseError, DataError, InterfaceError,
                    InternalError, NotSupportedError)

adapters = {}
converters = {}


def register_adapter(type, adapter):
    adapters[(type, None)] = adapter


def register_converter(typename, converter):
    converters[typename.upper()] = converter


def complete_statement(statement):
    return _sqlite3.complete_statement(statement)


def _first_word(sql):
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c in ' \t\n\r\f;':
            i += 1
        elif sql.startswith('--', i):
            j = sql.find('\n', i)
            i = n if j < 0 else j + 1
        elif sql.startswith('/*', i):
            j = sql.find('*/', i + 2)
            i = n if j < 0 else j + 2
        else:
            break
    j = i
    while j < n and sql[j].isalpha():
        j += 1
    return sql[i:j].upper()


class Row:
    def __init__(self, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError('argument 1 must be sqlite3.Cursor, not %s' % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError('argument 2 must be tuple, not %s' % type(data).__name__)
        self._description = cursor.description
        self._data = data

    def keys(self):
        return [d[0] for d in self._description] if self._description else []

    def __getitem__(self, key):
        if isinstance(key, str):
            lower = key.lower()
            for i, d in enumerate(self._description or ()):
                if d[0].lower() == lower:
                    return self._data[i]
            raise IndexError('No item with that key')
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


class Cursor:
    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError('argument 1 must be sqlite3.Connection, not %s' % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self.row_factory = connection.row_factory
        self._stmt = None
        self._next = None
        self._closed = False

    def _check(self):
        self.connection._check()
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed cursor.')

    def _adapt(self, params):
        if not adapters:
            return params
        if isinstance(params, dict):
            return {k: self._adapt_one(v) for k, v in params.items()}
        return tuple(self._adapt_one(v) for v in params)

    @staticmethod
    def _adapt_one(v):
        adapter = adapters.get((type(v), None))
        return adapter(v) if adapter is not None else v

    def _begin_if_needed(self, sql):
        conn = self.connection
        if conn.isolation_level is not None and not conn.in_transaction and \
                _first_word(sql) in ('INSERT', 'UPDATE', 'DELETE', 'REPLACE'):
            _sqlite3.exec(conn._db, 'BEGIN ' + conn.isolation_level)

    def _convert(self, row):
        factory = self.connection.text_factory
        if factory is not str:
            row = tuple(factory(v.encode('utf-8')) if isinstance(v, str) and factory is not None else v for v in row)
        if self.row_factory is not None:
            return self.row_factory(self, row)
        return row

    def execute(self, sql, parameters=()):
        self._check()
        if not isinstance(sql, str):
            raise TypeError('execute() argument 1 must be str, not %s' % type(sql).__name__)
        conn = self.connection
        if self._stmt is not None:
            _sqlite3.reset(self._stmt)
        self._next = None
        self.description = None
        stmt = _sqlite3.prepare(conn._db, sql)
        self._stmt = stmt
        if stmt is None:
            self.rowcount = -1
            return self
        self._begin_if_needed(sql)
        _sqlite3.bind(stmt, self._adapt(parameters))
        row = _sqlite3.step(stmt)
        columns = _sqlite3.columns(stmt)
        if columns:
            self.description = tuple((name, None, None, None, None, None, None) for name in columns)
        info = _sqlite3.info(conn._db)
        if _first_word(sql) in ('INSERT', 'UPDATE', 'DELETE', 'REPLACE'):
            self.rowcount = info[0]
        else:
            self.rowcount = -1
        self.lastrowid = info[2]
        self._next = row
        return self

    def executemany(self, sql, seq_of_parameters):
        self._check()
        conn = self.connection
        self._next = None
        self.description = None
        stmt = _sqlite3.prepare(conn._db, sql)
        self._stmt = stmt
        if stmt is None:
            return self
        if _sqlite3.columns(stmt):
            raise ProgrammingError('executemany() can only execute DML statements.')
        self._begin_if_needed(sql)
        total = 0
        for params in seq_of_parameters:
            _sqlite3.bind(stmt, self._adapt(params))
            _sqlite3.step(stmt)
            total += _sqlite3.info(conn._db)[0]
        _sqlite3.reset(stmt)
        self.rowcount = total
        return self

    def executescript(self, sql_script):
        self._check()
        if not isinstance(sql_script, str):
            raise ValueError('script argument must be unicode.')
        conn = self.connection
        if conn.in_transaction:
            _sqlite3.exec(conn._db, 'COMMIT')
        _sqlite3.exec(conn._db, sql_script)
        self._next = None
        return self

    def fetchone(self):
        self._check()
        row = self._next
        if row is None:
            return None
        self._next = _sqlite3.step(self._stmt)
        return self._convert(row)

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while len(rows) < size:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
        return rows

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        if self._stmt is not None:
            _sqlite3.reset(self._stmt)
        self._stmt = None
        self._next = None
        self._closed = True

    def setinputsizes(self, sizes):
        pass

    def setoutputsize(self, size, column=None):
        pass


class Connection:
    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
                 factory=None, cached_statements=128, uri=False):
        if isinstance(database, bytes):
            database = database.decode('utf-8', 'surrogateescape')
        database = os.fspath(database)
        self._db = _sqlite3.open(database, uri, int(timeout * 1000))
        self._closed = False
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        self.detect_types = detect_types

    def _check(self):
        if self._closed:
            raise ProgrammingError('Cannot operate on a closed database.')

    @property
    def in_transaction(self):
        self._check()
        return _sqlite3.info(self._db)[3]

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.info(self._db)[1]

    def cursor(self, factory=Cursor):
        self._check()
        return factory(self)

    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if self.in_transaction:
            _sqlite3.exec(self._db, 'COMMIT')

    def rollback(self):
        self._check()
        if self.in_transaction:
            _sqlite3.exec(self._db, 'ROLLBACK')

    def close(self):
        if not self._closed:
            _sqlite3.close(self._db)
            self._closed = True

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        _sqlite3.create_function(self._db, name, narg, func)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def iterdump(self):
        raise NotSupportedError('iterdump() is not supported by Taipan yet')


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True, factory=Connection,
            cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread, None, cached_statements, uri)
