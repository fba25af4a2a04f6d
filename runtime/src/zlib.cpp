// The `zlib` module over the system zlib (docs/decisions/0020-stdlib.md):
// crc32 and adler32, one-shot compress/decompress, and the streaming
// compressobj/decompressobj objects, with CPython's argument conventions,
// constants and `zlib.error` messages ("Error -3 while decompressing data:
// incorrect header check"). zlib's own state is allocated on the GC heap
// (zalloc = GC_malloc) so the objects need no finalizer.
#include <gc.h>
#include <zlib.h>

#include <cstring>
#include <string>
#include <string_view>

#include "runtime.h"
#include "seq_internal.h"
#include "taipan/bytes.h"
#include "taipan/int.h"
#include "taipan/str.h"

using namespace tp;

namespace {

TpValue g_zlib_error = TP_NULL;

[[noreturn]] void zlibErrorText(const char* text) {
  TpValue msg = tp_str_from_utf8(text, (int64_t)strlen(text));
  raiseValue(tp_call(g_zlib_error, &msg, 1, TP_NULL));
}

[[noreturn]] void zlibError(const z_stream& zs, int err, const char* what) {
  const char* msg = zs.msg;
  if (err == Z_VERSION_ERROR)
    msg = "library version mismatch";
  else if (!msg) {
    switch (err) {
      case Z_BUF_ERROR:
        msg = "incomplete or truncated stream";
        break;
      case Z_STREAM_ERROR:
        msg = "inconsistent stream state";
        break;
      case Z_DATA_ERROR:
        msg = "invalid input data";
        break;
      default:
        msg = nullptr;
    }
  }
  char buf[320];
  if (msg)
    snprintf(buf, sizeof buf, "Error %d while %s: %.200s", err, what, msg);
  else
    snprintf(buf, sizeof buf, "Error %d while %s", err, what);
  zlibErrorText(buf);
}


void* gcAlloc(void*, unsigned items, unsigned size) { return GC_MALLOC((size_t)items * size); }
void gcFree(void*, void*) {}

void initStream(z_stream& zs) {
  memset(&zs, 0, sizeof zs);
  zs.zalloc = gcAlloc;
  zs.zfree = gcFree;
}

std::string_view needBytes(TpValue v, std::string* storage) {
  std::string_view out;
  if (!seq::bytesLikeView(v, &out, storage))
    raiseTypeError("a bytes-like object is required, not '%s'", typeName(v));
  return out;
}

// An int argument converted to C int (CPython's "integer is required" path).
int intArg(TpValue v, const char* fname) {
  if (!tp_is_int(v)) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
  int64_t i;
  if (!tp_int_try_i64(v, &i) || i > INT32_MAX || i < INT32_MIN)
    raiseOverflowError("%s", i < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
  (void)fname;
  return (int)i;
}

// The low 32 bits of an int (CPython's bitwise unsigned int conversion).
uint32_t maskedU32(TpValue v) {
  if (!tp_is_int(v)) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
  int64_t i;
  if (tp_int_try_i64(v, &i)) return (uint32_t)(uint64_t)i;
  TpValue low = tp_int_and(v, tp_int_from_i64(0xFFFFFFFF));
  return (uint32_t)tp_int_as_i64(low);
}

template <typename F>
TpValue checksum(const char* name, const TpValue* args, int64_t nargs, TpValue kwnames, uint32_t start, F fn) {
  noKeywords(name, kwnames);
  checkArgCount(name, nargs, 1, 2);
  std::string storage;
  std::string_view data = needBytes(args[0], &storage);
  uLong value = nargs > 1 ? maskedU32(args[1]) : start;
  const Bytef* p = reinterpret_cast<const Bytef*>(data.data());
  size_t n = data.size();
  while (n > 0) {  // zlib takes uInt lengths
    uInt chunk = n > (1u << 30) ? (1u << 30) : (uInt)n;
    value = fn(value, p, chunk);
    p += chunk;
    n -= chunk;
  }
  return tp_int_from_u64((uint32_t)value);
}

TpValue Zlib_crc32(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return checksum("crc32", args, nargs, kwnames, 0, [](uLong v, const Bytef* p, uInt n) { return crc32(v, p, n); });
}

TpValue Zlib_adler32(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return checksum("adler32", args, nargs, kwnames, 1, [](uLong v, const Bytef* p, uInt n) { return adler32(v, p, n); });
}

// Runs deflate/inflate over `in` until `done` says the stream is finished or
// the input is used up, appending to `out`.
template <typename Step>
int pump(z_stream& zs, std::string& out, Step step, size_t chunk = 16384) {
  int err;
  do {
    size_t old = out.size();
    out.resize(old + chunk);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs.avail_out = (uInt)chunk;
    err = step();
    out.resize(old + (chunk - zs.avail_out));
    if (chunk < (1u << 20)) chunk *= 2;
  } while (err == Z_OK && zs.avail_out == 0);
  return err;
}

TpValue Zlib_compress(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[3];
  parseArgs("compress", args, nargs, kwnames, {"", "level", "wbits"}, 1, 1, a);
  std::string storage;
  std::string_view data = needBytes(a[0], &storage);
  int level = a[1] != TP_NULL ? intArg(a[1], "compress") : Z_DEFAULT_COMPRESSION;
  int wbits = a[2] != TP_NULL ? intArg(a[2], "compress") : MAX_WBITS;
  z_stream zs;
  initStream(zs);
  int err = deflateInit2(&zs, level, Z_DEFLATED, wbits, 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) raiseMemoryError();
  if (err == Z_STREAM_ERROR) zlibErrorText("Bad compression level");
  if (err != Z_OK) zlibError(zs, err, "compressing data");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = (uInt)data.size();
  std::string out;
  out.reserve(data.size() / 2 + 64);
  err = pump(zs, out, [&] { return deflate(&zs, Z_FINISH); });
  deflateEnd(&zs);
  if (err != Z_STREAM_END) zlibError(zs, err, "compressing data");
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue Zlib_decompress(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[3];
  parseArgs("decompress", args, nargs, kwnames, {"", "wbits", "bufsize"}, 1, 1, a);
  std::string storage;
  std::string_view data = needBytes(a[0], &storage);
  int wbits = a[1] != TP_NULL ? intArg(a[1], "decompress") : MAX_WBITS;
  int64_t bufsize = 16384;
  if (a[2] != TP_NULL) {
    bufsize = tp_int_as_i64(tp_index(a[2]));
    if (bufsize < 0) raiseValueError("bufsize must be non-negative");
    if (bufsize == 0) bufsize = 1;
  }
  z_stream zs;
  initStream(zs);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = (uInt)data.size();
  int err = inflateInit2(&zs, wbits);
  if (err == Z_MEM_ERROR) raiseMemoryError();
  if (err != Z_OK) zlibError(zs, err, "preparing to decompress data");
  std::string out;
  err = pump(
      zs, out,
      [&] {
        int e = inflate(&zs, Z_NO_FLUSH);
        return e;
      },
      (size_t)bufsize);
  // Input used up before the end of the stream: zlib reports Z_BUF_ERROR
  // (or Z_OK with nothing left to read).
  if (err == Z_OK) err = Z_BUF_ERROR;
  if (err != Z_STREAM_END) {
    inflateEnd(&zs);
    zlibError(zs, err, "decompressing data");
  }
  inflateEnd(&zs);
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

// ---- compressobj / decompressobj ----

struct ZStreamObj {
  TpObject ob;
  z_stream zs;
  bool inited;
  bool eof;          // decompress: end of stream seen
  TpValue unused;    // decompress: bytes after the end of the stream
  TpValue tail;      // decompress: input not consumed because of max_length
};

TpValue Compress_compress(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue Compress_flush(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue Decompress_decompress(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue Decompress_flush(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue getUnused(TpValue self);
TpValue getTail(TpValue self);
TpValue getEof(TpValue self);

const MethodDef kCompressMethods[] = {{"compress", Compress_compress}, {"flush", Compress_flush}, {nullptr, nullptr}};
const MethodDef kDecompressMethods[] = {
    {"decompress", Decompress_decompress}, {"flush", Decompress_flush}, {nullptr, nullptr}};
const GetSetDef kDecompressGetSets[] = {
    {"unused_data", getUnused}, {"unconsumed_tail", getTail}, {"eof", getEof}, {nullptr, nullptr}};

}  // namespace

TpType tp_zlib_compress_type = {TP_TYPE_HEAD("zlib.Compress"), .instance_size = sizeof(ZStreamObj)};
TpType tp_zlib_decompress_type = {TP_TYPE_HEAD("zlib.Decompress"), .instance_size = sizeof(ZStreamObj)};

namespace {

ZStreamObj* zobj(TpValue v, TpType* t, const char* what) {
  if (!tp_is_object(v) || tp_type_of(v) != t) raiseTypeError("descriptor '%s' requires a '%s' object", what, t->name);
  return reinterpret_cast<ZStreamObj*>(tp_as_object(v));
}

TpValue Zlib_compressobj(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[6];
  parseArgs("compressobj", args, nargs, kwnames, {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 0,
            a);
  int level = a[0] != TP_NULL ? intArg(a[0], "compressobj") : Z_DEFAULT_COMPRESSION;
  int method = a[1] != TP_NULL ? intArg(a[1], "compressobj") : Z_DEFLATED;
  int wbits = a[2] != TP_NULL ? intArg(a[2], "compressobj") : MAX_WBITS;
  int mem = a[3] != TP_NULL ? intArg(a[3], "compressobj") : 8;
  int strategy = a[4] != TP_NULL ? intArg(a[4], "compressobj") : Z_DEFAULT_STRATEGY;
  auto* o = static_cast<ZStreamObj*>(tp_alloc(&tp_zlib_compress_type, sizeof(ZStreamObj)));
  initStream(o->zs);
  int err = deflateInit2(&o->zs, level, method, wbits, mem, strategy);
  if (err == Z_MEM_ERROR) raiseMemoryError();
  if (err == Z_STREAM_ERROR) raiseValueError("Invalid initialization option");
  if (err != Z_OK) zlibError(o->zs, err, "creating compression object");
  if (a[5] != TP_NULL && a[5] != TP_NONE) {
    std::string storage;
    std::string_view d = needBytes(a[5], &storage);
    err = deflateSetDictionary(&o->zs, reinterpret_cast<const Bytef*>(d.data()), (uInt)d.size());
    if (err != Z_OK) raiseValueError("Invalid dictionary");
  }
  o->inited = true;
  return tp_from_object(&o->ob);
}

TpValue Compress_compress(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("compress", kwnames);
  checkArgCount("compress", nargs, 2, 2);
  ZStreamObj* o = zobj(args[0], &tp_zlib_compress_type, "compress");
  if (!o->inited) zlibErrorText("Error -2 while compressing data: inconsistent stream state");
  std::string storage;
  std::string_view data = needBytes(args[1], &storage);
  o->zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  o->zs.avail_in = (uInt)data.size();
  std::string out;
  int err = pump(o->zs, out, [&] { return deflate(&o->zs, Z_NO_FLUSH); });
  if (err != Z_OK && err != Z_BUF_ERROR) zlibError(o->zs, err, "compressing data");
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue Compress_flush(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("flush", kwnames);
  checkArgCount("flush", nargs, 1, 2);
  ZStreamObj* o = zobj(args[0], &tp_zlib_compress_type, "flush");
  int mode = nargs > 1 ? intArg(args[1], "flush") : Z_FINISH;
  if (mode == Z_NO_FLUSH) return tp_bytes_new("", 0);
  if (!o->inited) zlibErrorText("Error -2 while flushing: inconsistent stream state");
  o->zs.next_in = nullptr;
  o->zs.avail_in = 0;
  std::string out;
  int err = pump(o->zs, out, [&] { return deflate(&o->zs, mode); });
  if (mode == Z_FINISH) {
    if (err != Z_STREAM_END) zlibError(o->zs, err, "flushing");
    deflateEnd(&o->zs);
    o->inited = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    zlibError(o->zs, err, "flushing");
  }
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue Zlib_decompressobj(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[2];
  parseArgs("decompressobj", args, nargs, kwnames, {"wbits", "zdict"}, 0, 0, a);
  int wbits = a[0] != TP_NULL ? intArg(a[0], "decompressobj") : MAX_WBITS;
  auto* o = static_cast<ZStreamObj*>(tp_alloc(&tp_zlib_decompress_type, sizeof(ZStreamObj)));
  initStream(o->zs);
  int err = inflateInit2(&o->zs, wbits);
  if (err == Z_MEM_ERROR) raiseMemoryError();
  if (err == Z_STREAM_ERROR) raiseValueError("Invalid initialization option");
  if (err != Z_OK) zlibError(o->zs, err, "creating decompression object");
  if (a[1] != TP_NULL && a[1] != TP_NONE && (wbits < 0)) {
    std::string storage;
    std::string_view d = needBytes(a[1], &storage);
    if (inflateSetDictionary(&o->zs, reinterpret_cast<const Bytef*>(d.data()), (uInt)d.size()) != Z_OK)
      raiseValueError("Invalid dictionary");
  }
  o->inited = true;
  o->unused = tp_bytes_new("", 0);
  o->tail = o->unused;
  return tp_from_object(&o->ob);
}

TpValue decompressInto(ZStreamObj* o, std::string_view data, int64_t max_length, int flush) {
  o->zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  o->zs.avail_in = (uInt)data.size();
  std::string out;
  int err = Z_OK;
  size_t chunk = 16384;
  while (!o->eof) {
    if (max_length > 0 && (int64_t)out.size() >= max_length) break;
    size_t room = chunk;
    if (max_length > 0 && (int64_t)(out.size() + room) > max_length) room = (size_t)(max_length - (int64_t)out.size());
    size_t old = out.size();
    out.resize(old + room);
    o->zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    o->zs.avail_out = (uInt)room;
    err = inflate(&o->zs, flush);
    out.resize(old + (room - o->zs.avail_out));
    if (err == Z_STREAM_END) {
      o->eof = true;
      break;
    }
    if (err == Z_NEED_DICT) zlibError(o->zs, err, "decompressing data");
    if (err != Z_OK && err != Z_BUF_ERROR) zlibError(o->zs, err, "decompressing data");
    if (o->zs.avail_out != 0) break;  // input used up
    if (chunk < (1u << 20)) chunk *= 2;
  }
  const char* rest = reinterpret_cast<const char*>(o->zs.next_in);
  if (o->eof) {
    // Everything after the end of the stream is unused_data.
    std::string_view extra(rest, o->zs.avail_in);
    std::string u(tp_bytes_data(o->unused), (size_t)tp_bytes_size(o->unused));
    u.append(extra);
    o->unused = tp_bytes_new(u.data(), (int64_t)u.size());
    o->tail = tp_bytes_new("", 0);
  } else {
    o->tail = tp_bytes_new(rest, (int64_t)o->zs.avail_in);
  }
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue Decompress_decompress(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[3];
  parseArgs("decompress", args, nargs, kwnames, {"", "", "max_length"}, 2, 2, a);
  ZStreamObj* o = zobj(a[0], &tp_zlib_decompress_type, "decompress");
  std::string storage;
  std::string_view data = needBytes(a[1], &storage);
  int64_t max_length = 0;
  if (a[2] != TP_NULL) {
    max_length = tp_int_as_i64(tp_index(a[2]));
    if (max_length < 0) raiseValueError("max_length must be non-negative");
  }
  return decompressInto(o, data, max_length, Z_SYNC_FLUSH);
}

TpValue Decompress_flush(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("flush", kwnames);
  checkArgCount("flush", nargs, 1, 2);
  ZStreamObj* o = zobj(args[0], &tp_zlib_decompress_type, "flush");
  if (nargs > 1 && tp_int_as_i64(tp_index(args[1])) <= 0) raiseValueError("length must be greater than zero");
  std::string tail(tp_bytes_data(o->tail), (size_t)tp_bytes_size(o->tail));
  return decompressInto(o, tail, 0, Z_FINISH);
}

TpValue getUnused(TpValue self) { return reinterpret_cast<ZStreamObj*>(tp_as_object(self))->unused; }
TpValue getTail(TpValue self) { return reinterpret_cast<ZStreamObj*>(tp_as_object(self))->tail; }
TpValue getEof(TpValue self) { return reinterpret_cast<ZStreamObj*>(tp_as_object(self))->eof ? TP_TRUE : TP_FALSE; }

}  // namespace

namespace tp {

void initZlib() {
  readyType(&tp_zlib_compress_type, kCompressMethods);
  readyType(&tp_zlib_decompress_type, kDecompressMethods, kDecompressGetSets);
  TpValue m = newBuiltinModule("zlib");
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__module__", tp_str_intern("zlib"));
  TpValue base = tp_from_object(&tp_exc_Exception);
  TpValue targs[3] = {tp_str_intern("error"), tp_tuple_new(1, &base), ns};
  g_zlib_error = tp_call(tp_from_object(&tp_type_type), targs, 3, TP_NULL);
  setModuleAttr(m, "error", g_zlib_error);
  registerModuleFunction(m, "crc32", Zlib_crc32);
  registerModuleFunction(m, "adler32", Zlib_adler32);
  registerModuleFunction(m, "compress", Zlib_compress);
  registerModuleFunction(m, "decompress", Zlib_decompress);
  registerModuleFunction(m, "compressobj", Zlib_compressobj);
  registerModuleFunction(m, "decompressobj", Zlib_decompressobj);
  struct {
    const char* name;
    int64_t value;
  } consts[] = {{"MAX_WBITS", MAX_WBITS},
                {"DEFLATED", Z_DEFLATED},
                {"DEF_MEM_LEVEL", 8},
                {"DEF_BUF_SIZE", 16384},
                {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
                {"Z_BEST_SPEED", Z_BEST_SPEED},
                {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
                {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
                {"Z_FILTERED", Z_FILTERED},
                {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
                {"Z_RLE", Z_RLE},
                {"Z_FIXED", Z_FIXED},
                {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
                {"Z_NO_FLUSH", Z_NO_FLUSH},
                {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
                {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
                {"Z_FULL_FLUSH", Z_FULL_FLUSH},
                {"Z_FINISH", Z_FINISH},
                {"Z_BLOCK", Z_BLOCK},
                {"Z_TREES", Z_TREES}};
  for (auto& c : consts) setModuleAttr(m, c.name, tp_int_from_i64(c.value));
  setModuleAttr(m, "ZLIB_VERSION", tp_str_intern(ZLIB_VERSION));
  setModuleAttr(m, "ZLIB_RUNTIME_VERSION", tp_str_intern(zlibVersion()));
}

}  // namespace tp

TP_NATIVE_MODULE(zlib, tp::initZlib)
