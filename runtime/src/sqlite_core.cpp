// `_sqlite3`, the native core of stdlib/sqlite3.py (issue #6, decision 0020)
// over the system libsqlite3: database handles and prepared statements as
// small native objects, parameter binding (positional sequences and named
// mappings, with CPython's ProgrammingError texts), stepping rows into
// tuples of int/float/str/bytes/None, and user functions called back into
// Python. SQLite errors become the DB-API exception classes that the Python
// module registers with set_errors(), chosen by the primary result code as
// CPython does, with sqlite_errorcode/sqlite_errorname set.
#include <gc/gc.h>
#include <sqlite3.h>
#include <string.h>

#include <string>

#include "seq_internal.h"
#include "taipan/float.h"

using namespace tp;

namespace tp {
const char* errorName(int code);
}

extern "C" {
TpType tp_sqlite_db_type = {TP_TYPE_HEAD("_sqlite3.Db")};
TpType tp_sqlite_stmt_type = {TP_TYPE_HEAD("_sqlite3.Stmt")};
}

namespace {

struct DbObj {
  TpObject ob;
  sqlite3* db;
};
struct StmtObj {
  TpObject ob;
  sqlite3_stmt* st;
  TpValue db;
};

// The DB-API classes, registered by sqlite3.py (indexes below).
enum { kOperational, kIntegrity, kProgramming, kDatabase, kData, kInterface, kInternal, kNotSupported, kNumErrors };
TpValue g_errors[kNumErrors];

TpValue errorClass(int code) {
  switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
      return g_errors[kIntegrity];
    case SQLITE_TOOBIG:
      return g_errors[kData];
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return g_errors[kDatabase];
    case SQLITE_INTERNAL:
    case SQLITE_NOTFOUND:
      return g_errors[kInternal];
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
      return g_errors[kInterface];
    case SQLITE_ERROR:
    case SQLITE_PERM:
    case SQLITE_ABORT:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_INTERRUPT:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PROTOCOL:
    case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
      return g_errors[kOperational];
    default:
      return g_errors[kDatabase];
  }
}

[[noreturn]] void raiseDbError(sqlite3* db, int code) {
  if ((code & 0xFF) == SQLITE_NOMEM) raiseMemoryError();
  int ext = db ? sqlite3_extended_errcode(db) : code;
  const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  TpValue cls = errorClass(ext);
  if (cls == TP_NULL) raise(&tp_exc_RuntimeError, "sqlite3: %s", msg);
  TpValue arg = tp_str_from_cstr(msg);
  TpValue exc = tp_call(cls, &arg, 1, TP_NULL);
  tp_setattr(exc, tp_int_from_i64(ext), tp_str_intern("sqlite_errorcode"));
  tp_setattr(exc, tp_str_from_cstr(errorName(ext)), tp_str_intern("sqlite_errorname"));
  raiseValue(exc);
}

[[noreturn]] void programming(const std::string& msg) {
  TpValue arg = tp_str_from(msg);
  raiseValue(tp_call(g_errors[kProgramming], &arg, 1, TP_NULL));
}

DbObj* dbArg(TpValue v) {
  if (!tp_is_object(v) || tp_type_of(v) != &tp_sqlite_db_type) raiseTypeError("expected a database handle");
  auto* d = reinterpret_cast<DbObj*>(tp_as_object(v));
  if (!d->db) programming("Cannot operate on a closed database.");
  return d;
}
StmtObj* stmtArg(TpValue v) {
  if (!tp_is_object(v) || tp_type_of(v) != &tp_sqlite_stmt_type) raiseTypeError("expected a statement handle");
  return reinterpret_cast<StmtObj*>(tp_as_object(v));
}

void finalizeStmt(void* obj, void*) {
  auto* s = static_cast<StmtObj*>(obj);
  if (s->st) sqlite3_finalize(s->st);
  s->st = nullptr;
}

// open(path, uri, timeout_ms) -> Db
TpValue Sq_open(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("open", nargs, 3, 3);
  std::string path = strString(args[0]);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (tp_truth(args[1])) flags |= SQLITE_OPEN_URI;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    TpValue arg = tp_str_from_cstr("unable to open database file");
    sqlite3_close(db);
    raiseValue(tp_call(g_errors[kOperational], &arg, 1, TP_NULL));
  }
  sqlite3_busy_timeout(db, (int)tp_int_as_i64(args[2]));
  auto* d = allocObject<DbObj>(&tp_sqlite_db_type);
  d->db = db;
  return tp_from_object(d);
}

TpValue Sq_close(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("close", nargs, 1, 1);
  auto* d = reinterpret_cast<DbObj*>(tp_as_object(args[0]));
  if (d->db) {
    // Statements still open are finalized by sqlite3_close_v2 when they go.
    sqlite3_close_v2(d->db);
    d->db = nullptr;
  }
  return TP_NONE;
}

// prepare(db, sql) -> (Stmt or None for an empty statement, rest-is-only-whitespace-or-comments)
TpValue Sq_prepare(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("prepare", nargs, 2, 2);
  DbObj* d = dbArg(args[0]);
  if (!tp_is_str(args[1])) raiseTypeError("execute() argument 1 must be str, not %s", typeName(args[1]));
  std::string sql(tp_str_view(args[1]));
  if (sql.find('\0') != std::string::npos) programming("the query contains a null character");
  sqlite3_stmt* st = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(d->db, sql.c_str(), (int)sql.size() + 1, &st, &tail);
  if (rc != SQLITE_OK) raiseDbError(d->db, rc);
  // Anything but whitespace and comments after the first statement is a second one.
  bool more = false;
  for (const char* p = tail; p && *p;) {
    if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f') {
      p++;
    } else if (p[0] == '-' && p[1] == '-') {
      while (*p && *p != '\n') p++;
    } else if (p[0] == '/' && p[1] == '*') {
      const char* e = strstr(p + 2, "*/");
      if (!e) break;
      p = e + 2;
    } else if (*p == ';') {
      p++;
    } else {
      more = true;
      break;
    }
  }
  if (more) {
    sqlite3_finalize(st);
    programming("You can only execute one statement at a time.");
  }
  if (!st) return TP_NONE;
  auto* s = allocObject<StmtObj>(&tp_sqlite_stmt_type);
  s->st = st;
  s->db = args[0];
  GC_register_finalizer_no_order(s, finalizeStmt, nullptr, nullptr, nullptr);
  return tp_from_object(s);
}

void bindOne(StmtObj* s, int i, TpValue v) {
  int rc;
  sqlite3_stmt* st = s->st;
  if (v == TP_NONE) {
    rc = sqlite3_bind_null(st, i);
  } else if (v == TP_TRUE || v == TP_FALSE) {
    rc = sqlite3_bind_int64(st, i, v == TP_TRUE);
  } else if (tp_is_int(v)) {
    int64_t x;
    if (!tp_int_try_i64(v, &x)) raiseOverflowError("Python int too large to convert to SQLite INTEGER");
    rc = sqlite3_bind_int64(st, i, x);
  } else if (tp_is_float(v)) {
    rc = sqlite3_bind_double(st, i, tp_as_double(v));
  } else if (tp_is_str(v)) {
    rc = sqlite3_bind_text(st, i, tp_str_data(v), (int)tp_str_size(v), SQLITE_TRANSIENT);
  } else {
    std::string storage;
    std::string_view data;
    if (!seq::bytesLikeView(v, &data, &storage))
      programming("Error binding parameter " + std::to_string(i) + ": type '" + typeName(v) + "' is not supported");
    rc = sqlite3_bind_blob(st, i, data.data(), (int)data.size(), SQLITE_TRANSIENT);
  }
  if (rc != SQLITE_OK) raiseDbError(sqlite3_db_handle(st), rc);
}

// bind(stmt, params): a sequence binds by position, a dict by name.
TpValue Sq_bind(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("bind", nargs, 2, 2);
  StmtObj* s = stmtArg(args[0]);
  TpValue params = args[1];
  int count = sqlite3_bind_parameter_count(s->st);
  sqlite3_reset(s->st);
  sqlite3_clear_bindings(s->st);
  if (tp_is_dict(params)) {
    for (int i = 1; i <= count; i++) {
      const char* name = sqlite3_bind_parameter_name(s->st, i);
      if (!name) programming("Binding " + std::to_string(i) + " has no name, but you supplied a dictionary (which has only names).");
      TpValue key = tp_str_from_cstr(name + 1);
      TpValue v = tp_dict_get(params, key);
      if (v == TP_NULL) programming(std::string("You did not supply a value for binding parameter ") + name + ".");
      bindOne(s, i, v);
    }
    return TP_NONE;
  }
  TpValue seq = tp_is_tuple(params) || tp_is_list(params) ? params : tp_call(tp_from_object(&tp_tuple_type), &params, 1, TP_NULL);
  int64_t n = tp_is_list(seq) ? tp_list_size(seq) : tp_tuple_size(seq);
  if (n != count)
    programming("Incorrect number of bindings supplied. The current statement uses " + std::to_string(count) +
                ", and there are " + std::to_string(n) + " supplied.");
  for (int i = 1; i <= count; i++) bindOne(s, i, tp_is_list(seq) ? tp_list_get(seq, i - 1) : tp_tuple_items(seq)[i - 1]);
  return TP_NONE;
}

// step(stmt) -> row tuple, or None when done.
TpValue Sq_step(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("step", nargs, 1, 1);
  StmtObj* s = stmtArg(args[0]);
  int rc = sqlite3_step(s->st);
  if (rc == SQLITE_DONE) return TP_NONE;
  if (rc != SQLITE_ROW) {
    sqlite3* db = sqlite3_db_handle(s->st);
    int code = sqlite3_reset(s->st);
    checkPending();  // a user function may have raised
    raiseDbError(db, code ? code : rc);
  }
  int n = sqlite3_column_count(s->st);
  TpValue row = tp_tuple_new(n, nullptr);
  for (int i = 0; i < n; i++) {
    TpValue v;
    switch (sqlite3_column_type(s->st, i)) {
      case SQLITE_INTEGER:
        v = tp_int_from_i64(sqlite3_column_int64(s->st, i));
        break;
      case SQLITE_FLOAT:
        v = tp_float_box(sqlite3_column_double(s->st, i));
        break;
      case SQLITE_TEXT: {
        const char* t = (const char*)sqlite3_column_text(s->st, i);
        v = seq::decodeBytes(t, sqlite3_column_bytes(s->st, i), TP_NULL, TP_NULL);
        break;
      }
      case SQLITE_BLOB: {
        const void* b = sqlite3_column_blob(s->st, i);
        v = tp_bytes_new((const char*)b, sqlite3_column_bytes(s->st, i));
        break;
      }
      default:
        v = TP_NONE;
    }
    tp_tuple_items(row)[i] = v;
  }
  return row;
}

TpValue Sq_reset(const TpValue* args, int64_t nargs, TpValue kwnames) {
  StmtObj* s = stmtArg(args[0]);
  if (s->st) sqlite3_reset(s->st);
  return TP_NONE;
}

TpValue Sq_columns(const TpValue* args, int64_t nargs, TpValue kwnames) {
  StmtObj* s = stmtArg(args[0]);
  int n = sqlite3_column_count(s->st);
  TpValue t = tp_tuple_new(n, nullptr);
  for (int i = 0; i < n; i++) tp_tuple_items(t)[i] = tp_str_from_cstr(sqlite3_column_name(s->st, i));
  return t;
}

// info(db) -> (changes, total_changes, last_insert_rowid, in_transaction)
TpValue Sq_info(const TpValue* args, int64_t nargs, TpValue kwnames) {
  DbObj* d = dbArg(args[0]);
  TpValue items[4] = {tp_int_from_i64(sqlite3_changes(d->db)), tp_int_from_i64(sqlite3_total_changes(d->db)),
                      tp_int_from_i64(sqlite3_last_insert_rowid(d->db)), tp_bool(!sqlite3_get_autocommit(d->db))};
  return tp_tuple_new(4, items);
}

TpValue Sq_exec(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("exec", nargs, 2, 2);
  DbObj* d = dbArg(args[0]);
  std::string sql = strString(args[1]);
  int rc = sqlite3_exec(d->db, sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) raiseDbError(d->db, rc);
  return TP_NONE;
}

void callUserFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  TpValue func = (TpValue)(uintptr_t)sqlite3_user_data(ctx);
  TpValue* a = static_cast<TpValue*>(alloca(sizeof(TpValue) * (argc ? argc : 1)));
  for (int i = 0; i < argc; i++) {
    switch (sqlite3_value_type(argv[i])) {
      case SQLITE_INTEGER: a[i] = tp_int_from_i64(sqlite3_value_int64(argv[i])); break;
      case SQLITE_FLOAT: a[i] = tp_float_box(sqlite3_value_double(argv[i])); break;
      case SQLITE_TEXT:
        a[i] = seq::decodeBytes((const char*)sqlite3_value_text(argv[i]), sqlite3_value_bytes(argv[i]), TP_NULL, TP_NULL);
        break;
      case SQLITE_BLOB:
        a[i] = tp_bytes_new((const char*)sqlite3_value_blob(argv[i]), sqlite3_value_bytes(argv[i]));
        break;
      default: a[i] = TP_NONE;
    }
  }
  try {
    TpValue r = tp_call(func, a, argc, TP_NULL);
    if (r == TP_NONE) sqlite3_result_null(ctx);
    else if (r == TP_TRUE || r == TP_FALSE) sqlite3_result_int64(ctx, r == TP_TRUE);
    else if (tp_is_int(r)) {
      int64_t x;
      if (tp_int_try_i64(r, &x)) sqlite3_result_int64(ctx, x);
      else sqlite3_result_error(ctx, "user-defined function raised exception", -1);
    } else if (tp_is_float(r)) sqlite3_result_double(ctx, tp_as_double(r));
    else if (tp_is_str(r)) sqlite3_result_text(ctx, tp_str_data(r), (int)tp_str_size(r), SQLITE_TRANSIENT);
    else {
      std::string storage;
      std::string_view data;
      if (seq::bytesLikeView(r, &data, &storage)) sqlite3_result_blob(ctx, data.data(), (int)data.size(), SQLITE_TRANSIENT);
      else sqlite3_result_error(ctx, "user-defined function raised exception", -1);
    }
  } catch (TpRaised&) {
    sqlite3_result_error(ctx, "user-defined function raised exception", -1);
  }
}

// create_function(db, name, narg, func)
TpValue Sq_create_function(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("create_function", nargs, 4, 4);
  DbObj* d = dbArg(args[0]);
  std::string name = strString(args[1]);
  TpValue func = args[3];
  // The function object must outlive the database: keep it reachable from a GC root list.
  static TpValue keep = tp_list_new(0, nullptr);
  tp_list_append(keep, func);
  int rc = sqlite3_create_function_v2(d->db, name.c_str(), (int)tp_int_as_i64(args[2]), SQLITE_UTF8,
                                      (void*)(uintptr_t)func, callUserFunction, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) raiseDbError(d->db, rc);
  return TP_NONE;
}

TpValue Sq_set_errors(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("set_errors", nargs, kNumErrors, kNumErrors);
  for (int i = 0; i < kNumErrors; i++) g_errors[i] = args[i];
  return TP_NONE;
}

TpValue Sq_complete(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("complete_statement", nargs, 1, 1);
  return tp_bool(sqlite3_complete(strString(args[0]).c_str()));
}

}  // namespace

namespace tp {

void initSqliteCore() {
  tp_sqlite_db_type.instance_size = sizeof(DbObj);
  tp_sqlite_stmt_type.instance_size = sizeof(StmtObj);
  readyType(&tp_sqlite_db_type);
  readyType(&tp_sqlite_stmt_type);
  TpValue m = newBuiltinModule("_sqlite3");
  struct {
    const char* name;
    TpNativeFn fn;
  } fns[] = {{"open", Sq_open},       {"close", Sq_close},   {"prepare", Sq_prepare},
             {"bind", Sq_bind},       {"step", Sq_step},     {"reset", Sq_reset},
             {"columns", Sq_columns}, {"info", Sq_info},
             {"exec", Sq_exec},     {"create_function", Sq_create_function},
             {"set_errors", Sq_set_errors}, {"complete_statement", Sq_complete}};
  for (auto& f : fns) registerModuleFunction(m, f.name, f.fn);
  setModuleAttr(m, "sqlite_version", tp_str_from_cstr(sqlite3_libversion()));
}

// The symbolic name of an (extended) SQLite result code, as sqlite3.h spells it.
const char* errorName(int code) {
  switch (code) {
#define N(x) \
  case x:    \
    return #x;
    N(SQLITE_ERROR) N(SQLITE_INTERNAL) N(SQLITE_PERM) N(SQLITE_ABORT) N(SQLITE_BUSY) N(SQLITE_LOCKED)
    N(SQLITE_NOMEM) N(SQLITE_READONLY) N(SQLITE_INTERRUPT) N(SQLITE_IOERR) N(SQLITE_CORRUPT) N(SQLITE_NOTFOUND)
    N(SQLITE_FULL) N(SQLITE_CANTOPEN) N(SQLITE_PROTOCOL) N(SQLITE_EMPTY) N(SQLITE_SCHEMA) N(SQLITE_TOOBIG)
    N(SQLITE_CONSTRAINT) N(SQLITE_MISMATCH) N(SQLITE_MISUSE) N(SQLITE_NOLFS) N(SQLITE_AUTH) N(SQLITE_FORMAT)
    N(SQLITE_RANGE) N(SQLITE_NOTADB) N(SQLITE_CONSTRAINT_CHECK) N(SQLITE_CONSTRAINT_FOREIGNKEY)
    N(SQLITE_CONSTRAINT_NOTNULL) N(SQLITE_CONSTRAINT_PRIMARYKEY) N(SQLITE_CONSTRAINT_UNIQUE)
    N(SQLITE_CONSTRAINT_TRIGGER) N(SQLITE_CONSTRAINT_ROWID) N(SQLITE_READONLY_DBMOVED) N(SQLITE_BUSY_TIMEOUT)
#undef N
    default:
      return "SQLITE_UNKNOWN";
  }
}

}  // namespace tp

TP_NATIVE_MODULE(_sqlite3, tp::initSqliteCore)
