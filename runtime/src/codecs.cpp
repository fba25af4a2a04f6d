// The builtin codecs behind str.encode, bytes.decode, bytes(str, enc) and
// str(bytes, enc): utf-8, latin-1 and ascii under their usual aliases, with
// the error handlers strict, ignore, replace, backslashreplace,
// xmlcharrefreplace (encode) and surrogateescape. Errors are raised as
// UnicodeEncodeError/UnicodeDecodeError instances carrying CPython's five
// arguments (encoding, object, start, end, reason), so their str() and the
// .start/.end/.reason attributes read as in CPython.
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

enum class Codec { Utf8, Latin1, Ascii };
enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, Unknown };

const char* codecName(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Latin1 ? "latin-1" : "ascii"; }

Codec lookupCodec(TpValue encoding, const char* what) {
  if (encoding == TP_NULL) return Codec::Utf8;
  if (!tp_is_str(encoding))
    tp::raiseTypeError("%s() argument 'encoding' must be str, not %s", what, tp::typeName(encoding));
  std::string_view orig = tp_str_view(encoding);
  std::string n;
  for (char c : orig) n += c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" || n == "iso8859-1" ||
      n == "8859" || n == "cp819" || n == "iso-ir-100")
    return Codec::Latin1;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  tp::raise(&tp_exc_LookupError, "unknown encoding: %.*s", (int)orig.size(), orig.data());
}

Handler lookupHandler(TpValue errors, const char* what, std::string* name) {
  if (errors == TP_NULL) return Handler::Strict;
  if (!tp_is_str(errors)) tp::raiseTypeError("%s() argument 'errors' must be str, not %s", what, tp::typeName(errors));
  std::string_view e = tp_str_view(errors);
  *name = std::string(e);
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  return Handler::Unknown;
}

[[noreturn]] void unknownHandler(const std::string& name) {
  tp::raise(&tp_exc_LookupError, "unknown error handler name '%s'", name.c_str());
}

[[noreturn]] void raiseUnicodeError(TpType* cls, Codec codec, TpValue obj, int64_t start, int64_t end,
                                    const char* reason) {
  TpValue args[5] = {tp_str_from(codecName(codec)), obj, intValue(start), intValue(end), tp_str_from(reason)};
  tp::raiseValue(tp_call(tp_from_object(cls), args, 5, TP_NULL));
}

void appendHex(std::string& out, uint32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int k = digits - 1; k >= 0; k--) out += kHex[(v >> (4 * k)) & 15];
}

}  // namespace

TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors) {
  Codec codec = lookupCodec(encoding, "encode");
  std::string handler_name;
  Handler h = lookupHandler(errors, "encode", &handler_name);
  if (codec == Codec::Utf8 || tp_str_is_ascii(s)) {
    // Fast path: nothing to encode but (for utf-8) lone surrogates.
    bool clean = true;
    if (codec == Codec::Utf8) {
      std::string_view v = tp_str_view(s);
      for (size_t i = 0; i + 2 < v.size() + 0 && clean; i++)
        if ((unsigned char)v[i] == 0xED && (unsigned char)v[i + 1] >= 0xA0) clean = false;
    }
    if (clean) return tp_bytes_new(tp_str_data(s), tp_str_size(s));
  }
  std::u32string cps = codepoints(s);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  auto bad = [&](uint32_t c) { return c >= limit || (codec == Codec::Utf8 && c >= 0xD800 && c <= 0xDFFF); };
  const char* reason = codec == Codec::Utf8    ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  std::string out;
  int64_t n = (int64_t)cps.size();
  for (int64_t i = 0; i < n;) {
    uint32_t c = cps[i];
    if (!bad(c)) {
      if (codec == Codec::Utf8)
        appendUtf8(out, c);
      else
        out += (char)c;
      i++;
      continue;
    }
    int64_t end = i + 1;
    while (end < n && bad(cps[end])) end++;
    switch (h) {
      case Handler::Strict:
        raiseUnicodeError(&tp_exc_UnicodeEncodeError, codec, s, i, end, reason);
      case Handler::Unknown:
        unknownHandler(handler_name);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out.append((size_t)(end - i), '?');
        break;
      case Handler::BackslashReplace:
        for (int64_t k = i; k < end; k++) {
          uint32_t x = cps[k];
          out += x < 0x100 ? "\\x" : x < 0x10000 ? "\\u" : "\\U";
          appendHex(out, x, x < 0x100 ? 2 : x < 0x10000 ? 4 : 8);
        }
        break;
      case Handler::XmlCharRefReplace:
        for (int64_t k = i; k < end; k++) out += "&#" + std::to_string(cps[k]) + ";";
        break;
      case Handler::SurrogateEscape:
        // Only escaped bytes (U+DC80..U+DCFF) come back; otherwise the whole run fails.
        for (int64_t k = i; k < end; k++)
          if (cps[k] < 0xDC80 || cps[k] > 0xDCFF)
            raiseUnicodeError(&tp_exc_UnicodeEncodeError, codec, s, i, end, reason);
        for (int64_t k = i; k < end; k++) out += (char)(cps[k] - 0xDC00);
        break;
    }
    i = end;
  }
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue decodeBytes(const char* data, int64_t n, TpValue encoding, TpValue errors) {
  Codec codec = lookupCodec(encoding, "decode");
  std::string handler_name;
  Handler h = lookupHandler(errors, "decode", &handler_name);
  const unsigned char* p = (const unsigned char*)data;
  std::string out;
  out.reserve((size_t)n);
  int64_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    int64_t bad_len = 0;
    const char* reason = "";
    if (codec == Codec::Latin1) {
      appendUtf8(out, c);
      i++;
      continue;
    }
    if (c < 0x80) {
      out += (char)c;
      i++;
      continue;
    }
    if (codec == Codec::Ascii) {
      bad_len = 1;
      reason = "ordinal not in range(128)";
    } else {
      int len = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
      if (len == 0) {
        bad_len = 1;
        reason = "invalid start byte";
      } else {
        int k = 1;
        for (; k < len; k++) {
          if (i + k >= n) break;
          unsigned char d = p[i + k];
          if ((d & 0xC0) != 0x80) break;
          // Overlongs and surrogates fail at the second byte, as in CPython.
          if (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) ||
                         (c == 0xF4 && d >= 0x90)))
            break;
        }
        if (k == len) {
          out.append((const char*)p + i, (size_t)len);
          i += len;
          continue;
        }
        bad_len = k;
        reason = i + k >= n ? "unexpected end of data" : "invalid continuation byte";
      }
    }
    switch (h) {
      case Handler::Strict:
        raiseUnicodeError(&tp_exc_UnicodeDecodeError, codec, tp_bytes_new(data, n), i, i + bad_len, reason);
      case Handler::Unknown:
        unknownHandler(handler_name);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out += "\xEF\xBF\xBD";
        break;
      case Handler::BackslashReplace:
        for (int64_t k = i; k < i + bad_len; k++) {
          out += "\\x";
          appendHex(out, p[k], 2);
        }
        break;
      case Handler::XmlCharRefReplace:
        tp::raiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
      case Handler::SurrogateEscape:
        for (int64_t k = i; k < i + bad_len; k++) appendUtf8(out, 0xDC00 + p[k]);
        break;
    }
    i += bad_len;
  }
  return tp_str_from_utf8(out.data(), (int64_t)out.size());
}

}  // namespace tp::seq
