// The builtin codecs behind str.encode, bytes.decode, bytes(str, enc) and
// str(bytes, enc): utf-8, utf-8-sig, latin-1, ascii, utf-16 and utf-32 (with
// and without byte-order marks) under their usual aliases, with the error
// handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace
// (encode), surrogateescape and surrogatepass. Errors are raised as
// UnicodeEncodeError/UnicodeDecodeError instances carrying CPython's five
// arguments (encoding, object, start, end, reason), so their str() and the
// .start/.end/.reason attributes read as in CPython.
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

enum class Codec { Utf8, Utf8Sig, Latin1, Ascii, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };
enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  SurrogateEscape,
  SurrogatePass,
  Unknown
};

const char* codecName(Codec c) {
  switch (c) {
    case Codec::Utf8:
    case Codec::Utf8Sig:  // CPython reports the inner utf-8 codec
      return "utf-8";
    case Codec::Latin1:
      return "latin-1";
    case Codec::Ascii:
      return "ascii";
    case Codec::Utf16:
      return "utf-16";
    case Codec::Utf16LE:
      return "utf-16-le";
    case Codec::Utf16BE:
      return "utf-16-be";
    case Codec::Utf32:
      return "utf-32";
    case Codec::Utf32LE:
      return "utf-32-le";
    case Codec::Utf32BE:
      return "utf-32-be";
  }
  return "utf-8";
}

Codec lookupCodec(TpValue encoding, const char* what) {
  if (encoding == TP_NULL) return Codec::Utf8;
  if (!tp_is_str(encoding))
    tp::raiseTypeError("%s() argument 'encoding' must be str, not %s", what, tp::typeName(encoding));
  std::string_view orig = tp_str_view(encoding);
  std::string n;
  for (char c : orig) n += c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "utf-8-sig" || n == "utf8-sig") return Codec::Utf8Sig;
  if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" || n == "iso8859-1" ||
      n == "8859" || n == "cp819" || n == "iso-ir-100")
    return Codec::Latin1;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "utf-16" || n == "utf16" || n == "u16") return Codec::Utf16;
  if (n == "utf-16-le" || n == "utf-16le" || n == "utf16le" || n == "unicodelittleunmarked") return Codec::Utf16LE;
  if (n == "utf-16-be" || n == "utf-16be" || n == "utf16be" || n == "unicodebigunmarked") return Codec::Utf16BE;
  if (n == "utf-32" || n == "utf32" || n == "u32") return Codec::Utf32;
  if (n == "utf-32-le" || n == "utf-32le" || n == "utf32le") return Codec::Utf32LE;
  if (n == "utf-32-be" || n == "utf-32be" || n == "utf32be") return Codec::Utf32BE;
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
  if (e == "surrogatepass") return Handler::SurrogatePass;
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

bool isSurrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// Appends code unit `c` of a UTF-16/UTF-32 encoding to `out` in the given byte order.
void appendUnit(std::string& out, uint32_t c, int width, bool big) {
  for (int k = 0; k < width; k++) {
    int shift = big ? 8 * (width - 1 - k) : 8 * k;
    out += (char)((c >> shift) & 0xFF);
  }
}

// Encodes one code point (already allowed) in `codec`'s form.
void appendEncoded(std::string& out, Codec codec, uint32_t c) {
  switch (codec) {
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE: {
      bool big = codec == Codec::Utf16BE;
      if (c >= 0x10000) {
        c -= 0x10000;
        appendUnit(out, 0xD800 | (c >> 10), 2, big);
        appendUnit(out, 0xDC00 | (c & 0x3FF), 2, big);
      } else {
        appendUnit(out, c, 2, big);
      }
      return;
    }
    case Codec::Utf32:
    case Codec::Utf32LE:
    case Codec::Utf32BE:
      appendUnit(out, c, 4, codec == Codec::Utf32BE);
      return;
    case Codec::Utf8:
    case Codec::Utf8Sig:
      appendUtf8(out, c);
      return;
    case Codec::Latin1:
    case Codec::Ascii:
      out += (char)c;
      return;
  }
}

// What the decoders need to report a bad byte range through the error handler.
struct DecodeErrors {
  Handler h;
  const std::string& handler_name;
  Codec codec;  // the name errors report
  const char* data;
  int64_t n;
  int64_t base;  // offset of `data` in the caller's object (the utf-8-sig BOM is not counted)

  // Applies the handler to bytes [i, i+len) with `reason`; strict raises.
  void handle(std::string& out, int64_t i, int64_t len, const char* reason) const {
    const unsigned char* p = (const unsigned char*)data;
    switch (h) {
      case Handler::Strict:
      case Handler::SurrogatePass:  // the codec let through what it could
        raiseUnicodeError(&tp_exc_UnicodeDecodeError, codec, tp_bytes_new(data + base, n - base), i - base,
                          i - base + len, reason);
      case Handler::Unknown:
        unknownHandler(handler_name);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out += "\xEF\xBF\xBD";
        break;
      case Handler::BackslashReplace:
        for (int64_t k = i; k < i + len; k++) {
          out += "\\x";
          appendHex(out, p[k], 2);
        }
        break;
      case Handler::XmlCharRefReplace:
        tp::raiseTypeError("don't know how to handle UnicodeDecodeError in error callback");
      case Handler::SurrogateEscape:
        for (int64_t k = i; k < i + len; k++) {
          if (p[k] < 0x80)  // only non-ASCII bytes escape; CPython fails on the rest
            raiseUnicodeError(&tp_exc_UnicodeDecodeError, codec, tp_bytes_new(data + base, n - base), i - base,
                              i - base + len, reason);
        }
        for (int64_t k = i; k < i + len; k++) appendUtf8(out, 0xDC00 + p[k]);
        break;
    }
  }
};

void decodeUtf16(std::string& out, const DecodeErrors& err, int64_t i, bool big) {
  const unsigned char* p = (const unsigned char*)err.data;
  int64_t n = err.n;
  auto unit = [&](int64_t at) -> uint32_t { return big ? (p[at] << 8) | p[at + 1] : p[at] | (p[at + 1] << 8); };
  while (i < n) {
    if (i + 1 >= n) {
      err.handle(out, i, n - i, "truncated data");
      break;
    }
    uint32_t u = unit(i);
    if (!isSurrogate(u)) {
      appendUtf8(out, u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      if (err.h == Handler::SurrogatePass) {
        appendUtf8(out, u);
      } else {
        err.handle(out, i, 2, "illegal encoding");
      }
      i += 2;
      continue;
    }
    if (i + 3 >= n) {
      if (err.h == Handler::SurrogatePass) {
        appendUtf8(out, u);
        i += 2;
        continue;
      }
      err.handle(out, i, n - i, "unexpected end of data");
      break;
    }
    uint32_t low = unit(i + 2);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      appendUtf8(out, 0x10000 + (((u - 0xD800) << 10) | (low - 0xDC00)));
      i += 4;
      continue;
    }
    if (err.h == Handler::SurrogatePass)
      appendUtf8(out, u);
    else
      err.handle(out, i, 2, "illegal UTF-16 surrogate");
    i += 2;
  }
}

void decodeUtf32(std::string& out, const DecodeErrors& err, int64_t i, bool big) {
  const unsigned char* p = (const unsigned char*)err.data;
  int64_t n = err.n;
  while (i < n) {
    if (i + 3 >= n) {
      err.handle(out, i, n - i, "truncated data");
      break;
    }
    uint32_t c = big ? ((uint32_t)p[i] << 24) | (p[i + 1] << 16) | (p[i + 2] << 8) | p[i + 3]
                     : p[i] | (p[i + 1] << 8) | (p[i + 2] << 16) | ((uint32_t)p[i + 3] << 24);
    if (c >= 0x110000) {
      err.handle(out, i, 4, "code point not in range(0x110000)");
    } else if (isSurrogate(c) && err.h != Handler::SurrogatePass) {
      err.handle(out, i, 4, "code point in surrogate code point range(0xd800, 0xe000)");
    } else {
      appendUtf8(out, c);
    }
    i += 4;
  }
}

// The end of the run of ASCII bytes starting at p[i], eight bytes at a time.
int64_t asciiRunEnd(const unsigned char* p, int64_t i, int64_t n) {
  while (i + 8 <= n) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

void decodeUtf8(std::string& out, const DecodeErrors& err, int64_t i) {
  const unsigned char* p = (const unsigned char*)err.data;
  int64_t n = err.n;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      int64_t j = asciiRunEnd(p, i + 1, n);
      out.append((const char*)p + i, (size_t)(j - i));
      i = j;
      continue;
    }
    int len = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (len == 0) {
      err.handle(out, i, 1, "invalid start byte");
      i++;
      continue;
    }
    int k = 1;
    for (; k < len; k++) {
      if (i + k >= n) break;
      unsigned char d = p[i + k];
      if ((d & 0xC0) != 0x80) break;
      // Overlongs and surrogates fail at the second byte, as in CPython
      // (surrogatepass lets the surrogates through).
      if (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0 && err.h != Handler::SurrogatePass) ||
                     (c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90)))
        break;
    }
    if (k == len) {
      out.append((const char*)p + i, (size_t)len);
      i += len;
      continue;
    }
    err.handle(out, i, k, i + k >= n ? "unexpected end of data" : "invalid continuation byte");
    i += k;
  }
}

}  // namespace

// The length of the longest valid UTF-8 prefix of data[0, n) (n when all of
// it is valid); surrogates are invalid, as for the strict utf-8 codec.
int64_t utf8ValidPrefix(const char* data, int64_t n) {
  const unsigned char* p = (const unsigned char*)data;
  int64_t i = 0;
  while (i < n) {
    i = asciiRunEnd(p, i, n);
    if (i >= n) break;
    unsigned char c = p[i];
    int len = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (len == 0 || i + len > n) return i;
    for (int k = 1; k < len; k++) {
      unsigned char d = p[i + k];
      if ((d & 0xC0) != 0x80) return i;
      if (k == 1 && ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) ||
                     (c == 0xF4 && d >= 0x90)))
        return i;
    }
    i += len;
  }
  return n;
}

TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors) {
  Codec codec = lookupCodec(encoding, "encode");
  std::string handler_name;
  Handler h = lookupHandler(errors, "encode", &handler_name);
  bool utf8 = codec == Codec::Utf8 || codec == Codec::Utf8Sig;
  std::string out;
  if (codec == Codec::Utf8Sig) out = "\xEF\xBB\xBF";
  if (codec == Codec::Utf16) appendUnit(out, 0xFEFF, 2, false);
  if (codec == Codec::Utf32) appendUnit(out, 0xFEFF, 4, false);
  if (utf8 || ((codec == Codec::Ascii || codec == Codec::Latin1) && tp_str_is_ascii(s))) {
    // Fast path: nothing to encode but (for utf-8) lone surrogates.
    bool clean = true;
    if (utf8 && h != Handler::SurrogatePass) {
      std::string_view v = tp_str_view(s);
      for (size_t i = 0; i + 2 < v.size() + 0 && clean; i++)
        if ((unsigned char)v[i] == 0xED && (unsigned char)v[i + 1] >= 0xA0) clean = false;
    }
    if (clean) {
      if (out.empty()) return tp_bytes_new(tp_str_data(s), tp_str_size(s));
      out.append(tp_str_data(s), (size_t)tp_str_size(s));
      return tp_bytes_new(out.data(), (int64_t)out.size());
    }
  }
  std::u32string cps = codepoints(s);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  bool unicode = limit == 0x110000;
  auto bad = [&](uint32_t c) { return c >= limit || (unicode && isSurrogate(c) && h != Handler::SurrogatePass); };
  const char* reason = unicode                 ? "surrogates not allowed"
                       : codec == Codec::Ascii ? "ordinal not in range(128)"
                                               : "ordinal not in range(256)";
  int64_t n = (int64_t)cps.size();
  for (int64_t i = 0; i < n;) {
    uint32_t c = cps[i];
    if (!bad(c)) {
      appendEncoded(out, codec, c);
      i++;
      continue;
    }
    int64_t end = i + 1;
    while (end < n && bad(cps[end])) end++;
    switch (h) {
      case Handler::Strict:
      case Handler::SurrogatePass:
        raiseUnicodeError(&tp_exc_UnicodeEncodeError, codec, s, i, end, reason);
      case Handler::Unknown:
        unknownHandler(handler_name);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        for (int64_t k = i; k < end; k++) appendEncoded(out, codec, '?');
        break;
      case Handler::BackslashReplace:
        for (int64_t k = i; k < end; k++) {
          uint32_t x = cps[k];
          std::string esc = x < 0x100 ? "\\x" : x < 0x10000 ? "\\u" : "\\U";
          appendHex(esc, x, x < 0x100 ? 2 : x < 0x10000 ? 4 : 8);
          for (char e : esc) appendEncoded(out, codec, (unsigned char)e);
        }
        break;
      case Handler::XmlCharRefReplace:
        for (int64_t k = i; k < end; k++)
          for (char e : "&#" + std::to_string(cps[k]) + ";") appendEncoded(out, codec, (unsigned char)e);
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
  DecodeErrors err{h, handler_name, codec, data, n, 0};
  switch (codec) {
    case Codec::Latin1:
      for (int64_t i = 0; i < n; i++) appendUtf8(out, p[i]);
      break;
    case Codec::Ascii:
      for (int64_t i = 0; i < n; i++) {
        if (p[i] < 0x80)
          out += (char)p[i];
        else
          err.handle(out, i, 1, "ordinal not in range(128)");
      }
      break;
    case Codec::Utf8:
      decodeUtf8(out, err, 0);
      break;
    case Codec::Utf8Sig: {
      bool bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
      err.base = bom ? 3 : 0;  // positions in errors count from after the BOM
      decodeUtf8(out, err, err.base);
      break;
    }
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE: {
      bool big = codec == Codec::Utf16BE;
      int64_t start = 0;
      if (codec == Codec::Utf16 && n >= 2) {
        if (p[0] == 0xFF && p[1] == 0xFE) start = 2;
        if (p[0] == 0xFE && p[1] == 0xFF) start = 2, big = true;
      }
      if (codec == Codec::Utf16) err.codec = big ? Codec::Utf16BE : Codec::Utf16LE;
      decodeUtf16(out, err, start, big);
      break;
    }
    case Codec::Utf32:
    case Codec::Utf32LE:
    case Codec::Utf32BE: {
      bool big = codec == Codec::Utf32BE;
      int64_t start = 0;
      if (codec == Codec::Utf32 && n >= 4) {
        if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) start = 4;
        if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) start = 4, big = true;
      }
      if (codec == Codec::Utf32) err.codec = big ? Codec::Utf32BE : Codec::Utf32LE;
      decodeUtf32(out, err, start, big);
      break;
    }
  }
  return tp_str_from_utf8(out.data(), (int64_t)out.size());
}

}  // namespace tp::seq
