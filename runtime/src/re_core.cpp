// `_re`, the native core of the `re` module (stdlib/re/, decision 0030) over
// PCRE2's 8-bit library: compile() takes a pattern already translated from
// Python's syntax to PCRE2's by stdlib/re/_parser.py and returns a code object
// (one PCRE2 program per anchoring mode, JIT-compiled on first use);
// match() runs one search/match/fullmatch at a position and answers the group
// spans, and findall()/subn() run whole scans in C++ so that findall and sub
// over large texts do not go through Python per match. str subjects are
// matched as UTF-8 (Taipan's own representation); spans are converted between
// byte and code-point offsets here, so Python sees code-point indexes.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <gc.h>
#include <pcre2.h>

#include <cstring>
#include <string>
#include <string_view>

#include "runtime.h"
#include "seq_internal.h"
#include "taipan/bytes.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

// Option bits of compile(), chosen by stdlib/re/__init__.py.
enum : int64_t { kCaseless = 1, kMultiline = 2, kDotall = 4, kUcp = 8, kUtf = 16 };
// Modes of match().
enum : int64_t { kSearch = 0, kMatch = 1, kFull = 2 };

struct CodeObj {
  TpObject ob;
  pcre2_code* code[3];  // search, match (anchored), fullmatch (anchored at both ends); built on demand
  char* source;         // the PCRE2 pattern (GC atomic), for the lazily built modes
  int64_t source_size;
  uint32_t options;
  int64_t groups;
};

}  // namespace

TpType tp_re_code_type = {TP_TYPE_HEAD("_re.Code"), .instance_size = sizeof(CodeObj)};

namespace {

CodeObj* codeObj(TpValue v) {
  if (!tp_is_object(v) || tp_type_of(v) != &tp_re_code_type) raiseTypeError("a _re.Code object is required");
  return reinterpret_cast<CodeObj*>(tp_as_object(v));
}

void finalizeCode(void* obj, void*) {
  auto* c = static_cast<CodeObj*>(obj);
  for (auto*& p : c->code) {
    if (p) pcre2_code_free(p);
    p = nullptr;
  }
}

pcre2_compile_context* compileContext() {
  static thread_local pcre2_compile_context* ctx = nullptr;
  if (!ctx) {
    ctx = pcre2_compile_context_create(nullptr);
    pcre2_set_newline(ctx, PCRE2_NEWLINE_LF);
    pcre2_set_bsr(ctx, PCRE2_BSR_UNICODE);
  }
  return ctx;
}

bool g_jit_ok = true;

pcre2_code* compileMode(const char* src, int64_t size, uint32_t options, int mode, int* err, PCRE2_SIZE* erroff) {
  uint32_t o = options;
  if (mode == kMatch) o |= PCRE2_ANCHORED;
  if (mode == kFull) o |= PCRE2_ANCHORED | PCRE2_ENDANCHORED;
  pcre2_code* code = pcre2_compile((PCRE2_SPTR)src, (PCRE2_SIZE)size, o, err, erroff, compileContext());
  if (code && g_jit_ok) {
    int rc = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    if (rc == PCRE2_ERROR_JIT_BADOPTION) g_jit_ok = false;  // no JIT on this machine: interpret
  }
  return code;
}

pcre2_code* codeFor(CodeObj* c, int mode) {
  if (!c->code[mode]) {
    int err;
    PCRE2_SIZE off;
    c->code[mode] = compileMode(c->source, c->source_size, c->options, mode, &err, &off);
    if (!c->code[mode]) raiseRuntimeError("PCRE2 refused a pattern it compiled before");
  }
  return c->code[mode];
}

// compile(source: str, options: int) -> Code, or (message, offset) when
// PCRE2 refuses the pattern (stdlib/re words the re.error).
TpValue Re_compile(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("compile", kwnames);
  checkArgCount("compile", nargs, 2, 2);
  if (!tp_is_str(args[0])) raiseTypeError("compile() argument 1 must be str");
  int64_t flags = tp_int_as_i64(args[1]);
  // ALT_CIRCUMFLEX: Python's multiline ^ also matches after a final newline.
  uint32_t options = PCRE2_NEVER_BACKSLASH_C | PCRE2_ALT_CIRCUMFLEX;
  if (flags & kCaseless) options |= PCRE2_CASELESS;
  if (flags & kMultiline) options |= PCRE2_MULTILINE;
  if (flags & kDotall) options |= PCRE2_DOTALL;
  if (flags & kUtf) options |= PCRE2_UTF;
  if (flags & kUcp) options |= PCRE2_UCP;
  const char* src = tp_str_data(args[0]);
  int64_t size = tp_str_size(args[0]);
  int err = 0;
  PCRE2_SIZE erroff = 0;
  pcre2_code* code = compileMode(src, size, options, kSearch, &err, &erroff);
  if (!code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    return tp_tuple_pack2(tp_str_from_cstr((const char*)msg), tp_int_from_i64((int64_t)erroff));
  }
  auto* c = static_cast<CodeObj*>(tp_alloc(&tp_re_code_type, sizeof(CodeObj)));
  c->code[0] = code;
  c->code[1] = c->code[2] = nullptr;
  c->source = static_cast<char*>(tp_gc_malloc_atomic(size + 1));
  memcpy(c->source, src, (size_t)size + 1);
  c->source_size = size;
  c->options = options;
  uint32_t n = 0;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &n);
  c->groups = n;
  GC_register_finalizer(c, finalizeCode, nullptr, nullptr, nullptr);
  return tp_from_object(&c->ob);
}

// Per-thread match state: match data large enough for any pattern seen so
// far, and a JIT stack bigger than PCRE2's 32 KiB default.
struct MatchState {
  pcre2_match_data* md = nullptr;
  uint32_t pairs = 0;
  pcre2_match_context* mctx = nullptr;
  pcre2_jit_stack* stack = nullptr;
};

MatchState& state(int64_t groups) {
  static thread_local MatchState st;
  if (!st.mctx) {
    st.mctx = pcre2_match_context_create(nullptr);
    st.stack = pcre2_jit_stack_create(32 * 1024, 8 * 1024 * 1024, nullptr);
    if (st.stack) pcre2_jit_stack_assign(st.mctx, nullptr, st.stack);
  }
  if (!st.md || st.pairs < (uint32_t)groups + 1) {
    if (st.md) pcre2_match_data_free(st.md);
    st.pairs = (uint32_t)groups + 1 < 16 ? 16 : (uint32_t)groups + 1;
    st.md = pcre2_match_data_create(st.pairs, nullptr);
    if (!st.md) raiseMemoryError();
  }
  return st;
}

// A subject: str (UTF-8, code-point offsets outside) or a bytes-like value.
struct Subject {
  TpValue obj;
  const char* data;
  int64_t size;    // bytes
  int64_t length;  // code points (== size unless a non-ASCII str)
  bool is_str;
  bool ascii;  // offsets need no conversion
  std::string storage;
};

void loadSubject(Subject& s, TpValue v, bool want_str) {
  s.obj = v;
  if (tp_is_str(v)) {
    if (!want_str) raiseTypeError("cannot use a bytes pattern on a string-like object");
    s.is_str = true;
    s.data = tp_str_data(v);
    s.size = tp_str_size(v);
    s.length = tp_str_length(v);
    s.ascii = tp_str_is_ascii(v);
    return;
  }
  std::string_view view;
  if (!seq::bytesLikeView(v, &view, &s.storage))
    raiseTypeError("expected string or bytes-like object, got '%s'", typeName(v));
  if (want_str) raiseTypeError("cannot use a string pattern on a bytes-like object");
  s.is_str = false;
  s.ascii = true;
  s.data = view.data();
  s.size = s.length = (int64_t)view.size();
}

int64_t toByte(const Subject& s, int64_t cp) {
  if (cp <= 0) return 0;
  if (cp >= s.length) return s.size;
  if (s.ascii) return cp;
  return seq::byteOffset(s.obj, cp);
}

inline bool isLead(char c) { return ((unsigned char)c & 0xC0) != 0x80; }

// Byte offset -> code point offset for a non-ASCII str, through the str's
// index of every 64th code point.
int64_t toCp(const Subject& s, int64_t b) {
  if (s.ascii) return b;
  if (b >= s.size) return s.length;
  seq::byteOffset(s.obj, 0);  // builds the index
  TpStr* str = tp_str_object(s.obj);
  const int64_t* index = *tp_str_index_slot(str);
  int64_t n = str->length / TP_STR_INDEX_STRIDE + 1;
  int64_t lo = 0, hi = n - 1;
  while (lo < hi) {
    int64_t mid = (lo + hi + 1) / 2;
    if (index[mid] <= b)
      lo = mid;
    else
      hi = mid - 1;
  }
  int64_t cp = lo * TP_STR_INDEX_STRIDE, off = index[lo];
  for (; off < b; off++)
    if (isLead(s.data[off])) cp++;
  // off == b here; b is at a lead byte for PCRE2's UTF spans.
  return cp;
}

// Forward-only byte -> code point conversion for the scanning loops.
struct Cursor {
  int64_t byte = 0, cp = 0;
  int64_t to(const Subject& s, int64_t b) {
    if (s.ascii) return b;
    if (b < byte) {
      cp = toCp(s, b);
      byte = b;
      return cp;
    }
    if (b - byte > 4096) {
      cp = toCp(s, b);
      byte = b;
      return cp;
    }
    for (; byte < b; byte++)
      if (isLead(s.data[byte])) cp++;
    return cp;
  }
};

// Collections are held off while a scan builds its result: everything it
// allocates (the pieces and the list) is part of the result, so collecting
// midway would only trace the growing list again and again.
struct NoCollect {
  NoCollect() { GC_disable(); }
  ~NoCollect() { GC_enable(); }
};

[[noreturn]] void matchError(int rc) {
  PCRE2_UCHAR msg[256];
  pcre2_get_error_message(rc, msg, sizeof msg);
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
      rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_NOMEMORY)
    raiseRecursionError("maximum recursion limit exceeded in regular expression: %s", (const char*)msg);
  raiseRuntimeError("regular expression matching failed: %s", (const char*)msg);
}

// Runs one PCRE2 match; answers false for no match.
bool runMatch(CodeObj* c, int mode, const Subject& s, int64_t end, int64_t start, uint32_t opts, MatchState& st) {
  uint32_t o = opts;
  if (s.is_str) o |= PCRE2_NO_UTF_CHECK;
  int rc = pcre2_match(codeFor(c, mode), (PCRE2_SPTR)s.data, (PCRE2_SIZE)end, (PCRE2_SIZE)start, o, st.md, st.mctx);
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  if (rc < 0) matchError(rc);
  return true;
}

void bounds(const Subject& s, TpValue posv, TpValue endv, int64_t* start, int64_t* end) {
  int64_t pos = tp_int_as_i64(posv), endpos = tp_int_as_i64(endv);
  if (pos < 0) pos = 0;
  if (endpos > s.length) endpos = s.length;
  if (endpos < 0) endpos = 0;
  *start = toByte(s, pos);
  *end = toByte(s, endpos);
}

// match(code, subject, pos, endpos, mode, notempty_atstart) -> None or a
// tuple of 2 * (groups + 1) code-point offsets (-1 for an unset group).
TpValue Re_match(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("match", kwnames);
  checkArgCount("match", nargs, 6, 6);
  CodeObj* c = codeObj(args[0]);
  Subject s;
  loadSubject(s, args[1], (c->options & PCRE2_UTF) != 0);
  int64_t start, end;
  bounds(s, args[2], args[3], &start, &end);
  int mode = (int)tp_int_as_i64(args[4]);
  if (start > end) return TP_NONE;
  uint32_t opts = tp_truth(args[5]) ? PCRE2_NOTEMPTY_ATSTART : 0;
  MatchState& st = state(c->groups);
  if (!runMatch(c, mode, s, end, start, opts, st)) return TP_NONE;
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  int64_t n = 2 * (c->groups + 1);
  TpValue small[32];
  TpValue* items = n <= 32 ? small : static_cast<TpValue*>(tp_gc_malloc(n * (int64_t)sizeof(TpValue)));
  for (int64_t i = 0; i < n; i++)
    items[i] = ov[i] == PCRE2_UNSET ? tp_int_from_i64(-1) : tp_int_from_i64(toCp(s, (int64_t)ov[i]));
  return tp_tuple_new(n, items);
}

TpValue slice(const Subject& s, int64_t b0, int64_t b1) {
  if (s.is_str) return tp_str_from_utf8(s.data + b0, b1 - b0);
  return tp_bytes_new(s.data + b0, b1 - b0);
}

TpValue groupValue(const Subject& s, PCRE2_SIZE* ov, int64_t g) {
  if (ov[2 * g] == PCRE2_UNSET) return s.is_str ? tp_str_empty() : tp_bytes_new("", 0);
  return slice(s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1]);
}

// findall(code, subject, pos, endpos) -> list, as re.findall shapes it.
TpValue Re_findall(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("findall", kwnames);
  checkArgCount("findall", nargs, 4, 4);
  CodeObj* c = codeObj(args[0]);
  Subject s;
  loadSubject(s, args[1], (c->options & PCRE2_UTF) != 0);
  int64_t start, end;
  bounds(s, args[2], args[3], &start, &end);
  TpValue out = tp_list_with_capacity(0);
  MatchState& st = state(c->groups);
  uint32_t opts = 0;
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  NoCollect hold;
  while (start <= end && runMatch(c, kSearch, s, end, start, opts, st)) {
    TpValue item;
    if (c->groups == 0) {
      item = slice(s, (int64_t)ov[0], (int64_t)ov[1]);
    } else if (c->groups == 1) {
      item = groupValue(s, ov, 1);
    } else {
      TpValue* parts = static_cast<TpValue*>(tp_gc_malloc(c->groups * (int64_t)sizeof(TpValue)));
      for (int64_t g = 1; g <= c->groups; g++) parts[g - 1] = groupValue(s, ov, g);
      item = tp_tuple_new(c->groups, parts);
    }
    tp_list_append(out, item);
    opts = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
    start = (int64_t)ov[1];
  }
  return out;
}

// subn(code, subject, template, count) -> (result, n). template is a list of
// literal pieces (str/bytes) and group numbers (int), parsed by stdlib/re.
TpValue Re_subn(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("subn", kwnames);
  checkArgCount("subn", nargs, 4, 4);
  CodeObj* c = codeObj(args[0]);
  Subject s;
  loadSubject(s, args[1], (c->options & PCRE2_UTF) != 0);
  TpValue tmpl = args[2];
  int64_t count = tp_int_as_i64(args[3]);
  int64_t nt = tp_list_size(tmpl);
  // The template as (literal bytes | group) pieces.
  struct Piece {
    std::string_view lit;
    int64_t group;
  };
  std::string litstore;
  Piece small[16];
  Piece* pieces = nt <= 16 ? small : static_cast<Piece*>(tp_gc_malloc(nt * (int64_t)sizeof(Piece)));
  for (int64_t i = 0; i < nt; i++) {
    TpValue p = tp_list_get(tmpl, i);
    if (tp_is_int(p)) {
      pieces[i] = {std::string_view(), tp_int_as_i64(p)};
    } else if (tp_is_str(p)) {
      pieces[i] = {std::string_view(tp_str_data(p), (size_t)tp_str_size(p)), -1};
    } else {
      pieces[i] = {std::string_view(tp_bytes_data(p), (size_t)tp_bytes_size(p)), -1};
    }
  }
  std::string out;
  int64_t start = 0, end = s.size, last = 0, n = 0;
  MatchState& st = state(c->groups);
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  uint32_t opts = 0;
  while (start <= end && (count <= 0 || n < count) && runMatch(c, kSearch, s, end, start, opts, st)) {
    if (out.capacity() == 0) out.reserve((size_t)s.size + 16);
    out.append(s.data + last, (size_t)((int64_t)ov[0] - last));
    for (int64_t i = 0; i < nt; i++) {
      if (pieces[i].group < 0) {
        out.append(pieces[i].lit);
      } else {
        int64_t g = pieces[i].group;
        if (ov[2 * g] != PCRE2_UNSET) out.append(s.data + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
      }
    }
    last = (int64_t)ov[1];
    n++;
    opts = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
    start = (int64_t)ov[1];
  }
  TpValue result;
  if (n == 0) {
    result = s.is_str ? s.obj : tp_bytes_new(s.data, s.size);
  } else {
    out.append(s.data + last, (size_t)(s.size - last));
    result =
        s.is_str ? tp_str_from_utf8(out.data(), (int64_t)out.size()) : tp_bytes_new(out.data(), (int64_t)out.size());
  }
  return tp_tuple_pack2(result, tp_int_from_i64(n));
}

// spans(code, subject, pos, endpos, limit, notempty) -> list of the flat
// span tuples of up to `limit` (<= 0: all) successive matches from pos, for
// finditer and sub with a callable (one call for many matches). notempty: the
// previous match was empty and ended at pos.
TpValue Re_spans(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("spans", kwnames);
  checkArgCount("spans", nargs, 6, 6);
  CodeObj* c = codeObj(args[0]);
  Subject s;
  loadSubject(s, args[1], (c->options & PCRE2_UTF) != 0);
  int64_t start, end;
  bounds(s, args[2], args[3], &start, &end);
  int64_t limit = tp_int_as_i64(args[4]);
  TpValue out = tp_list_with_capacity(0);
  MatchState& st = state(c->groups);
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  uint32_t opts = tp_truth(args[5]) ? PCRE2_NOTEMPTY_ATSTART : 0;
  int64_t n2 = 2 * (c->groups + 1), found = 0;
  Cursor cur;
  cur.byte = start;
  cur.cp = s.ascii ? start : toCp(s, start);
  NoCollect hold;
  while (start <= end && (limit <= 0 || found < limit) && runMatch(c, kSearch, s, end, start, opts, st)) {
    TpValue* items = static_cast<TpValue*>(tp_gc_malloc(n2 * (int64_t)sizeof(TpValue)));
    // Group spans may lie before the match start (lookbehind): convert those
    // without the forward cursor.
    int64_t m0 = cur.to(s, (int64_t)ov[0]);
    int64_t m1 = cur.to(s, (int64_t)ov[1]);
    items[0] = tp_int_from_i64(m0);
    items[1] = tp_int_from_i64(m1);
    for (int64_t i = 2; i < n2; i++) {
      if (ov[i] == PCRE2_UNSET)
        items[i] = tp_int_from_i64(-1);
      else
        items[i] = tp_int_from_i64(toCp(s, (int64_t)ov[i]));
    }
    tp_list_append(out, tp_tuple_new(n2, items));
    found++;
    opts = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
    start = (int64_t)ov[1];
  }
  return out;
}

// split(code, subject, maxsplit) -> list, as re.split shapes it: the text
// between matches, with the groups of each match (None when unset).
TpValue Re_split(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("split", kwnames);
  checkArgCount("split", nargs, 3, 3);
  CodeObj* c = codeObj(args[0]);
  Subject s;
  loadSubject(s, args[1], (c->options & PCRE2_UTF) != 0);
  int64_t limit = tp_int_as_i64(args[2]);
  TpValue out = tp_list_with_capacity(0);
  MatchState& st = state(c->groups);
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(st.md);
  uint32_t opts = 0;
  int64_t start = 0, end = s.size, last = 0, found = 0;
  NoCollect hold;
  while (start <= end && (limit <= 0 || found < limit) && runMatch(c, kSearch, s, end, start, opts, st)) {
    tp_list_append(out, slice(s, last, (int64_t)ov[0]));
    for (int64_t g = 1; g <= c->groups; g++)
      tp_list_append(out, ov[2 * g] == PCRE2_UNSET ? TP_NONE : slice(s, (int64_t)ov[2 * g], (int64_t)ov[2 * g + 1]));
    last = (int64_t)ov[1];
    found++;
    opts = ov[1] == ov[0] ? PCRE2_NOTEMPTY_ATSTART : 0;
    start = (int64_t)ov[1];
  }
  tp_list_append(out, slice(s, last, s.size));
  return out;
}

TpValue Re_groups(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("groups", nargs, 1, 1);
  return tp_int_from_i64(codeObj(args[0])->groups);
}

}  // namespace

namespace tp {

void initReCore() {
  readyType(&tp_re_code_type, nullptr, nullptr, true);
  TpValue m = newBuiltinModule("_re");
  registerModuleFunction(m, "compile", Re_compile);
  registerModuleFunction(m, "match", Re_match);
  registerModuleFunction(m, "findall", Re_findall);
  registerModuleFunction(m, "subn", Re_subn);
  registerModuleFunction(m, "spans", Re_spans);
  registerModuleFunction(m, "split", Re_split);
  registerModuleFunction(m, "groups", Re_groups);
}

}  // namespace tp

TP_NATIVE_MODULE(_re, tp::initReCore)
