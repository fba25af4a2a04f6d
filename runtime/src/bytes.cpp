// The bytes type, basic support: construction (literals via tp_const_bytes,
// bytes(n), bytes(iterable of ints), bytes(str, 'utf-8')), repr with
// CPython's b'...' escapes, len, indexing (ints) and slicing, iteration,
// concatenation and repetition, comparison, hashing, `in`, and the decode/
// hex methods.
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

TpBytes* allocBytes(int64_t n) {
  TpBytes* b = static_cast<TpBytes*>(tp_alloc_atomic(&tp_bytes_type, (int64_t)sizeof(TpBytes) + n + 1));
  b->size = n;
  b->hash = -1;
  return b;
}

bool isBytes(TpValue v) { return tp_is_object(v) && tp_is_subtype(tp_type_of_object(v), &tp_bytes_type); }
std::string_view view(TpValue b) { return std::string_view(tp_bytes_data(b), (size_t)tp_bytes_size(b)); }
TpValue notImplemented() { return tp_from_object(&tp_NotImplemented_object); }

TpValue bytesRepr(TpValue v) {
  std::string_view d = view(v);
  bool has_single = d.find('\'') != std::string_view::npos, has_double = d.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : d) {
    if (c == (unsigned char)quote || c == '\\') {
      out += '\\';
      out += (char)c;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += (char)c;
    }
  }
  out += quote;
  return tp_str_from(out);
}

int64_t bytesHash(TpValue v) {
  TpBytes* b = tp_bytes_object(v);
  if (b->hash != -1) return b->hash;
  uint64_t h = 0xcbf29ce484222325ull;
  for (int64_t i = 0; i < b->size; i++) h = (h ^ (unsigned char)b->data[i]) * 0x100000001b3ull;
  h ^= h >> 32;
  int64_t r = (int64_t)h;
  if (r == -1) r = -2;
  b->hash = r;
  return r;
}

int64_t bytesLen(TpValue v) { return tp_bytes_size(v); }

TpValue bytesRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!isBytes(a) || !isBytes(b)) return notImplemented();
  int c = view(a).compare(view(b));
  switch (op) {
    case TP_CMP_LT: return tp_bool(c < 0);
    case TP_CMP_LE: return tp_bool(c <= 0);
    case TP_CMP_EQ: return tp_bool(c == 0);
    case TP_CMP_NE: return tp_bool(c != 0);
    case TP_CMP_GT: return tp_bool(c > 0);
    case TP_CMP_GE: return tp_bool(c >= 0);
  }
  return notImplemented();
}

TpValue bytesBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD && isBytes(a) && isBytes(b)) {
    std::string s(view(a));
    s += view(b);
    return tp_bytes_new(s.data(), (int64_t)s.size());
  }
  if (base == TP_BINOP_ADD && isBytes(a) && !reflected)
    tp::raiseTypeError("can't concat %s to bytes", tp::typeName(b));
  if (base == TP_BINOP_MUL) {
    TpValue s = isBytes(a) ? a : b, n = isBytes(a) ? b : a;
    int64_t count;
    if (isBytes(s) && !isBytes(n) && tryIndex(n, &count)) {
      std::string out;
      for (int64_t i = 0; i < count; i++) out += view(s);
      return tp_bytes_new(out.data(), (int64_t)out.size());
    }
  }
  return notImplemented();
}

TpValue bytesGetItem(TpValue v, TpValue key) {
  int64_t n = tp_bytes_size(v);
  if (tp_is_slice(key)) {
    int64_t start, stop, step, len;
    tp_slice_indices(key, n, &start, &stop, &step, &len);
    std::string out;
    for (int64_t k = 0, j = start; k < len; k++, j += step) out += tp_bytes_data(v)[j];
    return tp_bytes_new(out.data(), (int64_t)out.size());
  }
  int64_t i;
  if (!tryIndex(key, &i)) tp::raiseTypeError("byte indices must be integers or slices, not %s", tp::typeName(key));
  if (i < 0) i += n;
  if (i < 0 || i >= n) tp::raiseIndexError("index out of range");
  return intValue((unsigned char)tp_bytes_data(v)[i]);
}

int bytesContains(TpValue v, TpValue item) {
  if (isBytes(item)) return view(v).find(view(item)) != std::string_view::npos;
  int64_t i;
  if (!tryIndex(item, &i))
    tp::raiseTypeError("a bytes-like object is required, not '%s'", tp::typeName(item));
  if (i < 0 || i > 255) tp::raiseValueError("byte must be in range(0, 256)");
  return view(v).find((char)i) != std::string_view::npos;
}

TpValue bytesIterSlot(TpValue v) { return tp_getitem_iter_new(v); }

TpValue bytesNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[3];
  tp::parseArgs("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, 0, out);
  if (out[0] == TP_NULL) return tp_bytes_new("", 0);
  if (tp_is_str(out[0])) {
    if (out[1] == TP_NULL) tp::raiseTypeError("string argument without an encoding");
    return tp_str_encode_utf8(out[0]);
  }
  if (isBytes(out[0])) return out[0];
  int64_t n;
  if (tp_is_int(out[0]) && tryIndex(out[0], &n)) {
    if (n < 0) tp::raiseValueError("negative count");
    std::string z((size_t)n, '\0');
    return tp_bytes_new(z.data(), n);
  }
  std::string data;
  forEach(out[0], [&](TpValue x) {
    int64_t b;
    if (!tryIndex(x, &b)) tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(x));
    if (b < 0 || b > 255) tp::raiseValueError("bytes must be in range(0, 256)");
    data += (char)b;
  });
  return tp_bytes_new(data.data(), (int64_t)data.size());
}

TpValue mDecode(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0, 0, out);
  return tp_bytes_decode_utf8(args[0]);
}

TpValue mHex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : view(args[0])) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return tp_str_from(out);
}

const MethodDef kBytesMethods[] = {{"decode", mDecode}, {"hex", mHex}, {nullptr, nullptr}};

// Validates UTF-8 strictly (no surrogates, no overlongs); returns the offset
// of the first bad byte or -1.
int64_t firstInvalidUtf8(const unsigned char* p, int64_t n, int64_t* bad_len) {
  int64_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    int len;
    uint32_t cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c < 0xE0) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c < 0xF0) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c < 0xF5) {
      len = 4;
      cp = c & 0x07;
    } else {
      *bad_len = 1;
      return i;
    }
    int k = 1;
    for (; k < len; k++) {
      if (i + k >= n || (p[i + k] & 0xC0) != 0x80) break;
      cp = (cp << 6) | (p[i + k] & 0x3F);
      if (k == 1) {
        // Reject overlongs and surrogates at the second byte, as CPython does.
        if ((len == 3 && c == 0xE0 && p[i + 1] < 0xA0) || (len == 3 && c == 0xED && p[i + 1] >= 0xA0) ||
            (len == 4 && c == 0xF0 && p[i + 1] < 0x90) || (len == 4 && c == 0xF4 && p[i + 1] >= 0x90))
          break;
      }
    }
    if (k < len) {
      *bad_len = k;
      return i;
    }
    i += len;
  }
  return -1;
}

}  // namespace

void initBytes() { tp::readyType(&tp_bytes_type, kBytesMethods); }

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_bytes_type = {
    TP_TYPE_HEAD("bytes"),
    .instance_size = offsetof(TpBytes, subclass_dict),
    .new_ = bytesNew,
    .repr = bytesRepr,
    .hash = bytesHash,
    .richcompare = bytesRichCompare,
    .len = bytesLen,
    .binop = bytesBinOp,
    .getitem = bytesGetItem,
    .contains = bytesContains,
    .iter = bytesIterSlot,
};

TpValue tp_bytes_new(const char* data, int64_t size) {
  TpBytes* b = allocBytes(size);
  if (size) memcpy(b->data, data, (size_t)size);
  b->data[size] = 0;
  return tp_from_object(b);
}

TpValue tp_const_bytes(const char* data, int64_t size) { return tp_bytes_new(data, size); }

TpValue tp_bytes_decode_utf8(TpValue b) {
  int64_t bad_len = 0;
  int64_t bad = firstInvalidUtf8((const unsigned char*)tp_bytes_data(b), tp_bytes_size(b), &bad_len);
  if (bad >= 0) {
    unsigned char c = (unsigned char)tp_bytes_data(b)[bad];
    bool start_ok = c >= 0xC2 && c < 0xF5;
    if (!start_ok || bad_len == 1)
      tp::raise(&tp_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", c,
                (long long)bad, start_ok ? (bad + 1 >= tp_bytes_size(b) ? "unexpected end of data" : "invalid continuation byte") : "invalid start byte");
    tp::raise(&tp_exc_UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
              (long long)bad, (long long)(bad + bad_len - 1),
              bad + bad_len >= tp_bytes_size(b) ? "unexpected end of data" : "invalid continuation byte");
  }
  return tp_str_from_utf8(tp_bytes_data(b), tp_bytes_size(b));
}

TpValue tp_str_encode_utf8(TpValue s) {
  // WTF-8 surrogates cannot be encoded.
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  int64_t n = tp_str_size(s);
  for (int64_t i = 0, cp = 0; i < n; cp++) {
    const unsigned char* q = p + i;
    uint32_t c = decodeUtf8(q);
    if (c >= 0xD800 && c <= 0xDFFF)
      tp::raise(&tp_exc_UnicodeEncodeError,
                "'utf-8' codec can't encode character '\\u%04x' in position %lld: surrogates not allowed", c,
                (long long)cp);
    i = q - p;
  }
  return tp_bytes_new(tp_str_data(s), n);
}
