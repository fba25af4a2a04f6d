// File objects returned by open() and the native `_io` module (issue #6):
// a buffered binary file over a file descriptor (FileIO when unbuffered,
// BufferedReader/BufferedWriter/BufferedRandom otherwise, named as CPython
// names them) and a TextIOWrapper over it with an encoding (the codecs of
// codecs.cpp), error handler and newline translation (universal newlines on
// read, '\n' -> newline on write). Modes r/w/a/x/b/+ and their errors follow
// CPython 3.11's io.open. Writes are buffered: every writable file is in a
// registry flushed before each open() and at exit, and a file the program
// drops is flushed and closed by a GC finalizer (decision 0025). Text files
// in UTF-8, ASCII and Latin-1 decode incrementally, 64 KiB at a time; other
// encodings decode the rest of the file on the first read. sys.stdin/stdout/
// stderr remain the stdio-based file objects of builtins.cpp.
#include <errno.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "seq_internal.h"

namespace tp::seq {
TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors);
TpValue decodeBytes(const char* data, int64_t n, TpValue encoding, TpValue errors);
int64_t utf8ValidPrefix(const char* data, int64_t n);
}  // namespace tp::seq

using namespace tp;

extern "C" {
TpType tp_io_fileio_type = {TP_TYPE_HEAD("_io.FileIO")};
TpType tp_io_reader_type = {TP_TYPE_HEAD("_io.BufferedReader")};
TpType tp_io_writer_type = {TP_TYPE_HEAD("_io.BufferedWriter")};
TpType tp_io_random_type = {TP_TYPE_HEAD("_io.BufferedRandom")};
TpType tp_io_text_type = {TP_TYPE_HEAD("_io.TextIOWrapper")};
}

namespace {

// memcpy/memmove/memchr for buffers that may not exist yet: a zero-length
// call with a null pointer is undefined behaviour for the C functions.
inline void copyBytes(void* to, const void* from, size_t n) {
  if (n) memcpy(to, from, n);
}
inline void moveBytes(void* to, const void* from, size_t n) {
  if (n) memmove(to, from, n);
}
inline const char* findByte(const char* p, char c, size_t n) {
  return n ? static_cast<const char*>(memchr(p, c, n)) : nullptr;
}


constexpr int64_t kBufferSize = 64 * 1024;  // read-ahead and write buffer
constexpr int64_t kTextChunk = 8192;        // bytes the text layer decodes at a time
TpValue g_unsupported = TP_NULL;             // io.UnsupportedOperation

// ---------------------------------------------------------------------------
// The binary layer.
// ---------------------------------------------------------------------------
struct IoBin {
  TpObject ob;
  int fd;
  TpValue name;  // str or int
  bool readable, writable, appending, created, closed, closefd, unbuffered, registered;
  int8_t seekable;  // -1 not yet known
  char* rbuf;       // read-ahead bytes [rpos, rlen)
  int64_t rpos, rlen;
  char* wbuf;  // pending writes [0, wlen)
  int64_t wlen;
};

struct IoText {
  TpObject ob;
  IoBin* bin;
  TpValue mode, encoding, errors, newline;  // newline: TP_NONE or the str
  bool simple_utf8;                         // utf-8, strict: decoded text == raw bytes
  bool utf8;                                // a UTF-8 encoding (utf-8-sig too, any handler)
  bool incremental;                         // utf-8 / ascii / latin-1 decode chunk by chunk
  bool read_universal, read_translate;      // newline None/'' ; newline None
  const char* write_nl;                     // nullptr: no translation on write
  bool line_buffering;
  bool eof, pending_cr, bom_checked;
  uint8_t seen_nl;  // 1 '\r', 2 '\n', 4 '\r\n'
  char* dec;        // decoded UTF-8 text, unread part [dpos, dlen)
  int64_t dpos, dlen, dcap;
  char* raw;  // raw bytes that produced dec[0, dlen) (when not simple), for tell()
  int64_t rawlen, rawcap;
  bool raw_same;  // raw == dec byte for byte (no copy kept)
  char carry[4];  // undecoded tail of the last chunk (an incomplete UTF-8 sequence)
  int ncarry;
};

IoBin* asBin(TpValue v) { return reinterpret_cast<IoBin*>(tp_as_object(v)); }
IoText* asText(TpValue v) { return reinterpret_cast<IoText*>(tp_as_object(v)); }

bool isBinType(TpType* t) {
  for (; t; t = t->base)
    if (t == &tp_io_fileio_type || t == &tp_io_reader_type || t == &tp_io_writer_type || t == &tp_io_random_type)
      return true;
  return false;
}
bool isTextType(TpType* t) {
  for (; t; t = t->base)
    if (t == &tp_io_text_type) return true;
  return false;
}

IoBin* binArg(TpValue v, const char* what) {
  if (!tp_is_object(v) || !isBinType(tp_type_of(v))) raiseTypeError("descriptor '%s' requires a file object", what);
  return asBin(v);
}
IoText* textArg(TpValue v, const char* what) {
  if (!tp_is_object(v) || !isTextType(tp_type_of(v)))
    raiseTypeError("descriptor '%s' requires a '_io.TextIOWrapper' object", what);
  return asText(v);
}

[[noreturn]] void raiseErrno(int err, TpValue filename = TP_NULL) {
  TpValue exc = filename == TP_NULL
                    ? newException(&tp_exc_OSError, {tp_small_int(err), tp_str_from_cstr(strerror(err))})
                    : newException(&tp_exc_OSError, {tp_small_int(err), tp_str_from_cstr(strerror(err)), filename});
  raiseValue(exc);
}
[[noreturn]] void unsupported(const char* msg) {
  TpValue arg = tp_str_from_cstr(msg);
  raiseValue(tp_call(g_unsupported, &arg, 1, TP_NULL));
}
void checkOpen(IoBin* b) {
  if (b->closed) raiseValueError("I/O operation on closed file.");
}

// ---- the registry of writable files (flushed before open() and at exit) ----
// Pointers are hidden from the GC so the registry does not keep files alive;
// a file's finalizer removes it before the object is freed.
std::vector<GC_hidden_pointer>& registry() {
  static auto* r = new std::vector<GC_hidden_pointer>();
  return *r;
}

void rawWriteAll(IoBin* b, const char* p, int64_t n) {
  while (n > 0) {
    ssize_t k = ::write(b->fd, p, (size_t)n);
    if (k < 0) {
      if (errno == EINTR) continue;
      raiseErrno(errno);
    }
    p += k;
    n -= k;
  }
}

void flushWrites(IoBin* b) {
  if (b->wlen == 0) return;
  int64_t n = b->wlen;
  b->wlen = 0;  // dropped even on error, as a failed flush cannot be retried meaningfully
  rawWriteAll(b, b->wbuf, n);
}

void flushRegistry() {
  for (GC_hidden_pointer h : registry()) {
    auto* b = static_cast<IoBin*>(GC_REVEAL_POINTER(h));
    if (!b->closed && b->wlen) {
      try {
        flushWrites(b);
      } catch (TpRaised&) {
      }
    }
  }
}

void unregister(IoBin* b) {
  if (!b->registered) return;
  auto& r = registry();
  GC_hidden_pointer h = GC_HIDE_POINTER(b);
  for (size_t i = 0; i < r.size(); i++)
    if (r[i] == h) {
      r[i] = r.back();
      r.pop_back();
      break;
    }
  b->registered = false;
}

void finalizeBin(void* obj, void*) {
  auto* b = static_cast<IoBin*>(obj);
  if (!b->closed) {
    try {
      flushWrites(b);
    } catch (TpRaised&) {
    }
    if (b->closefd) ::close(b->fd);
    b->closed = true;
  }
  unregister(b);
}

bool seekable(IoBin* b) {
  if (b->seekable < 0) b->seekable = ::lseek(b->fd, 0, SEEK_CUR) >= 0 ? 1 : 0;
  return b->seekable == 1;
}

// Gives back unread read-ahead (so the fd's position is the logical one).
void dropReadAhead(IoBin* b) {
  int64_t unread = b->rlen - b->rpos;
  if (unread > 0 && seekable(b)) ::lseek(b->fd, -unread, SEEK_CUR);
  b->rpos = b->rlen = 0;
}

int64_t rawRead(IoBin* b, char* into, int64_t n) {
  for (;;) {
    ssize_t k = ::read(b->fd, into, (size_t)n);
    if (k >= 0) return k;
    if (errno != EINTR) raiseErrno(errno);
  }
}

// Reads more into the read-ahead buffer; returns the number of bytes added (0 at EOF).
int64_t fill(IoBin* b) {
  flushWrites(b);
  if (!b->rbuf) b->rbuf = static_cast<char*>(GC_MALLOC_ATOMIC(kBufferSize));
  if (b->rpos > 0) {
    moveBytes(b->rbuf, b->rbuf + b->rpos, (size_t)(b->rlen - b->rpos));
    b->rlen -= b->rpos;
    b->rpos = 0;
  }
  if (b->rlen == kBufferSize) return 0;
  int64_t k = rawRead(b, b->rbuf + b->rlen, kBufferSize - b->rlen);
  b->rlen += k;
  return k;
}

void requireReadable(IoBin* b, const char* what) {
  checkOpen(b);
  if (!b->readable) unsupported(what);
}
void requireWritable(IoBin* b, const char* what) {
  checkOpen(b);
  if (!b->writable) unsupported(what);
}

// Appends everything up to EOF to `out`.
void readAll(IoBin* b, std::string& out) {
  flushWrites(b);
  out.append(b->rbuf ? b->rbuf + b->rpos : "", (size_t)(b->rlen - b->rpos));
  b->rpos = b->rlen = 0;
  struct stat st;
  if (::fstat(b->fd, &st) == 0 && S_ISREG(st.st_mode)) {
    off_t pos = ::lseek(b->fd, 0, SEEK_CUR);
    if (pos >= 0 && st.st_size > pos) out.reserve(out.size() + (size_t)(st.st_size - pos) + 1);
  }
  char tmp[kBufferSize];
  for (;;) {
    int64_t k = rawRead(b, tmp, sizeof tmp);
    if (k == 0) break;
    out.append(tmp, (size_t)k);
  }
}

// Reads up to n bytes (fewer only at EOF).
void readN(IoBin* b, int64_t n, std::string& out) {
  flushWrites(b);
  int64_t have = b->rlen - b->rpos;
  int64_t take = have < n ? have : n;
  if (take) out.append(b->rbuf + b->rpos, (size_t)take);
  b->rpos += take;
  n -= take;
  if (n <= 0) return;
  if (n >= kBufferSize || b->unbuffered) {
    size_t start = out.size();
    out.resize(start + (size_t)n);
    int64_t got = 0;
    while (got < n) {
      int64_t k = rawRead(b, out.data() + start + got, n - got);
      if (k == 0) break;
      got += k;
      if (b->unbuffered) break;  // FileIO.read returns what one read(2) gives
    }
    out.resize(start + (size_t)got);
    return;
  }
  while (n > 0) {
    if (b->rpos == b->rlen && fill(b) == 0) break;
    int64_t avail = b->rlen - b->rpos;
    int64_t t = avail < n ? avail : n;
    out.append(b->rbuf + b->rpos, (size_t)t);
    b->rpos += t;
    n -= t;
  }
}

// One line (through '\n'), at most `limit` bytes when limit >= 0.
void readLineBytes(IoBin* b, int64_t limit, std::string& out) {
  flushWrites(b);
  for (;;) {
    int64_t avail = b->rlen - b->rpos;
    if (avail > 0) {
      int64_t span = limit >= 0 && limit - (int64_t)out.size() < avail ? limit - (int64_t)out.size() : avail;
      const char* start = b->rbuf + b->rpos;
      const char* nl = findByte(start, '\n', (size_t)span);
      int64_t t = nl ? nl - start + 1 : span;
      out.append(start, (size_t)t);
      b->rpos += t;
      if (nl || (limit >= 0 && (int64_t)out.size() >= limit)) return;
    }
    if (fill(b) == 0) return;
  }
}

void writeBytes(IoBin* b, const char* p, int64_t n) {
  if (b->rlen) dropReadAhead(b);
  if (b->unbuffered) {
    rawWriteAll(b, p, n);
    return;
  }
  if (b->wlen + n > kBufferSize) {
    flushWrites(b);
    if (n >= kBufferSize) {
      rawWriteAll(b, p, n);
      return;
    }
  }
  if (!b->wbuf) b->wbuf = static_cast<char*>(GC_MALLOC_ATOMIC(kBufferSize));
  copyBytes(b->wbuf + b->wlen, p, (size_t)n);
  b->wlen += n;
}

int64_t binTell(IoBin* b) {
  checkOpen(b);
  flushWrites(b);
  off_t pos = ::lseek(b->fd, 0, SEEK_CUR);
  if (pos < 0) raiseErrno(errno);
  return (int64_t)pos - (b->rlen - b->rpos);
}

int64_t binSeek(IoBin* b, int64_t off, int whence) {
  checkOpen(b);
  if (whence < 0 || whence > 2) raiseValueError("whence value %d unsupported", whence);
  flushWrites(b);
  if (whence == 1) off -= b->rlen - b->rpos;
  b->rpos = b->rlen = 0;
  off_t pos = ::lseek(b->fd, off, whence);
  if (pos < 0) raiseErrno(errno);
  return pos;
}

void binClose(IoBin* b) {
  if (b->closed) return;
  bool failed = false;
  TpValue err = TP_NULL;
  try {
    flushWrites(b);
  } catch (TpRaised& r) {
    failed = true;
    err = r.exc;
  }
  b->closed = true;
  if (b->closefd && ::close(b->fd) != 0 && !failed) raiseErrno(errno);
  unregister(b);
  if (failed) throwExisting(err);
}

TpValue bytesOf(const std::string& s) { return tp_bytes_new(s.data(), (int64_t)s.size()); }

int64_t sizeArg(TpValue v, const char* fname) {
  if (v == TP_NULL || v == TP_NONE) return -1;
  if (!tp_is_int(v)) raiseTypeError("argument should be integer or None, not '%s'", typeName(v));
  return tp_int_as_i64(v);
}

// ---- binary methods ----
TpValue Bin_read(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("read", nargs, 1, 2);
  IoBin* b = binArg(args[0], "read");
  requireReadable(b, "read");
  int64_t n = sizeArg(nargs > 1 ? args[1] : TP_NULL, "read");
  std::string out;
  if (n < 0)
    readAll(b, out);
  else
    readN(b, n, out);
  return bytesOf(out);
}
TpValue Bin_read1(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("read1", nargs, 1, 2);
  IoBin* b = binArg(args[0], "read1");
  requireReadable(b, "read");
  int64_t n = sizeArg(nargs > 1 ? args[1] : TP_NULL, "read1");
  if (b->rpos == b->rlen) fill(b);
  int64_t avail = b->rlen - b->rpos;
  if (n < 0 || n > avail) n = avail;
  TpValue r = tp_bytes_new(b->rbuf ? b->rbuf + b->rpos : "", n);
  b->rpos += n;
  return r;
}
TpValue Bin_readline(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("readline", nargs, 1, 2);
  IoBin* b = binArg(args[0], "readline");
  requireReadable(b, "read");
  std::string out;
  readLineBytes(b, sizeArg(nargs > 1 ? args[1] : TP_NULL, "readline"), out);
  return bytesOf(out);
}
TpValue Bin_readlines(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("readlines", nargs, 1, 2);
  IoBin* b = binArg(args[0], "readlines");
  requireReadable(b, "read");
  int64_t hint = sizeArg(nargs > 1 ? args[1] : TP_NULL, "readlines");
  TpValue list = tp_list_new(0, nullptr);
  int64_t total = 0;
  for (;;) {
    std::string line;
    readLineBytes(b, -1, line);
    if (line.empty()) break;
    total += (int64_t)line.size();
    tp_list_append(list, bytesOf(line));
    if (hint > 0 && total >= hint) break;
  }
  return list;
}
TpValue Bin_write(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("write", nargs, 2, 2);
  IoBin* b = binArg(args[0], "write");
  requireWritable(b, "write");
  std::string storage;
  std::string_view data;
  if (!seq::bytesLikeView(args[1], &data, &storage))
    raiseTypeError("a bytes-like object is required, not '%s'", typeName(args[1]));
  writeBytes(b, data.data(), (int64_t)data.size());
  return tp_int_from_i64((int64_t)data.size());
}
TpValue Bin_flush(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("flush", nargs, 1, 1);
  IoBin* b = binArg(args[0], "flush");
  if (b->closed) raiseValueError("flush of closed file");
  flushWrites(b);
  return TP_NONE;
}
TpValue Bin_tell(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("tell", nargs, 1, 1);
  return tp_int_from_i64(binTell(binArg(args[0], "tell")));
}
TpValue Bin_seek(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("seek", nargs, 2, 3);
  IoBin* b = binArg(args[0], "seek");
  if (!tp_is_int(args[1])) raiseTypeError("an integer is required");
  int whence = nargs > 2 ? (int)tp_int_as_i64(args[2]) : 0;
  return tp_int_from_i64(binSeek(b, tp_int_as_i64(args[1]), whence));
}
int64_t truncateTo(IoBin* b, TpValue size) {
  checkOpen(b);
  if (!b->writable) unsupported("File not open for writing");
  flushWrites(b);
  int64_t n = size == TP_NULL || size == TP_NONE ? binTell(b) : tp_int_as_i64(size);
  if (::ftruncate(b->fd, n) != 0) raiseErrno(errno);
  return n;
}
TpValue Bin_truncate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("truncate", nargs, 1, 2);
  return tp_int_from_i64(truncateTo(binArg(args[0], "truncate"), nargs > 1 ? args[1] : TP_NULL));
}
TpValue Bin_close(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("close", nargs, 1, 1);
  binClose(binArg(args[0], "close"));
  return TP_NONE;
}
TpValue Bin_fileno(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoBin* b = binArg(args[0], "fileno");
  checkOpen(b);
  return tp_int_from_i64(b->fd);
}
TpValue Bin_isatty(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoBin* b = binArg(args[0], "isatty");
  checkOpen(b);
  return tp_bool(::isatty(b->fd));
}
TpValue Bin_readable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoBin* b = binArg(args[0], "readable");
  checkOpen(b);
  return tp_bool(b->readable);
}
TpValue Bin_writable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoBin* b = binArg(args[0], "writable");
  checkOpen(b);
  return tp_bool(b->writable);
}
TpValue Bin_seekable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoBin* b = binArg(args[0], "seekable");
  checkOpen(b);
  return tp_bool(seekable(b));
}
TpValue File_enter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue self = args[0];
  if (tp_is_object(self) && isTextType(tp_type_of(self))) checkOpen(asText(self)->bin);
  if (tp_is_object(self) && isBinType(tp_type_of(self))) checkOpen(asBin(self));
  return self;
}
TpValue File_exit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  callMethod(args[0], "close", nullptr, 0);
  return TP_FALSE;
}
TpValue Bin_writelines(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("writelines", nargs, 2, 2);
  TpValue it = tp_iter(args[1]);
  while (TpValue line = tp_next(it)) {
    TpValue a[2] = {args[0], line};
    callMethod(args[0], "write", a + 1, 1);
  }
  return TP_NONE;
}

TpValue Bin_iter(TpValue self) {
  requireReadable(asBin(self), "read");
  return self;
}
TpValue Bin_next(TpValue self) {
  IoBin* b = asBin(self);
  requireReadable(b, "read");
  std::string line;
  readLineBytes(b, -1, line);
  return line.empty() ? TP_NULL : bytesOf(line);
}

std::string modeString(IoBin* b) {
  if (b->created) return b->readable ? "xb+" : "xb";
  if (b->appending) return b->readable ? "ab+" : "ab";
  if (b->readable) return b->writable ? "rb+" : "rb";
  return "wb";
}

TpValue Bin_repr(TpValue self) {
  IoBin* b = asBin(self);
  std::string s = std::string("<") + tp_type_of(self)->name + " name=" + strString(tp_repr(b->name));
  if (b->unbuffered) s += " mode='" + modeString(b) + "' closefd=" + (b->closefd ? "True" : "False");
  s += ">";
  return tp_str_from(s);
}
TpValue Bin_closed(TpValue self) { return tp_bool(asBin(self)->closed); }
TpValue Bin_name(TpValue self) { return asBin(self)->name; }
TpValue Bin_mode(TpValue self) { return tp_str_from(modeString(asBin(self))); }
TpValue Bin_raw(TpValue self) {
  // The unbuffered view shares the descriptor; it is a fresh object each time.
  IoBin* b = asBin(self);
  auto* r = allocObject<IoBin>(&tp_io_fileio_type);
  *r = *b;
  r->ob.type = &tp_io_fileio_type;
  r->unbuffered = true;
  r->closefd = b->closefd;
  r->registered = false;
  r->rbuf = r->wbuf = nullptr;
  r->rpos = r->rlen = r->wlen = 0;
  return tp_from_object(r);
}

const MethodDef kBinMethods[] = {
    {"read", Bin_read},         {"read1", Bin_read1},       {"readline", Bin_readline},     {"readlines", Bin_readlines},
    {"write", Bin_write},       {"writelines", Bin_writelines}, {"flush", Bin_flush},      {"tell", Bin_tell},
    {"seek", Bin_seek},         {"truncate", Bin_truncate}, {"close", Bin_close},           {"fileno", Bin_fileno},
    {"isatty", Bin_isatty},     {"readable", Bin_readable}, {"writable", Bin_writable},     {"seekable", Bin_seekable},
    {"__enter__", File_enter},  {"__exit__", File_exit},    {nullptr, nullptr}};
const GetSetDef kBinGetSets[] = {
    {"closed", Bin_closed}, {"name", Bin_name}, {"mode", Bin_mode}, {"raw", Bin_raw}, {nullptr, nullptr}};

// ---------------------------------------------------------------------------
// The text layer.
// ---------------------------------------------------------------------------
void reserveDec(IoText* t, int64_t extra) {
  if (t->dlen + extra <= t->dcap) return;
  // Compact first: the unread part moves to the front (raw copy too).
  int64_t cap = t->dcap ? t->dcap : kBufferSize * 2;
  while (cap < t->dlen - t->dpos + extra) cap *= 2;
  char* nd = static_cast<char*>(GC_MALLOC_ATOMIC((size_t)cap));
  copyBytes(nd, t->dec + t->dpos, (size_t)(t->dlen - t->dpos));
  t->dlen -= t->dpos;
  t->dpos = 0;
  t->dec = nd;
  t->dcap = cap;
}

// Raw bytes behind dec[0, off): walks the raw copy in step with the decoded text.
int64_t rawOffsetFor(IoText* t, int64_t off) {
  if (t->raw_same) return off;
  bool utf8 = t->utf8;
  int64_t i = 0, j = 0;
  while (i < off && j < t->rawlen) {
    if (t->read_translate && t->raw[j] == '\r') {
      j += j + 1 < t->rawlen && t->raw[j + 1] == '\n' ? 2 : 1;
      i += 1;
      continue;
    }
    unsigned char c = (unsigned char)t->dec[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    i += len;
    j += utf8 ? len : 1;
  }
  return j;
}

void dropDecoded(IoText* t) {
  t->dpos = t->dlen = 0;
  t->rawlen = 0;
  t->raw_same = true;
  t->ncarry = 0;
  t->pending_cr = false;
  t->eof = false;
}

// Newline translation of freshly decoded text into dec (universal newlines).
void appendTranslated(IoText* t, const char* p, int64_t n) {
  reserveDec(t, n + 1);
  char* out = t->dec + t->dlen;
  int64_t k = 0;
  for (int64_t i = 0; i < n; i++) {
    char c = p[i];
    if (t->pending_cr) {
      t->pending_cr = false;
      if (c == '\n') {
        t->seen_nl |= 4;
        out[k++] = t->read_translate ? '\n' : '\r';
        if (!t->read_translate) out[k++] = '\n';
        continue;
      }
      t->seen_nl |= 1;
      out[k++] = t->read_translate ? '\n' : '\r';
    }
    if (c == '\r') {
      if (i + 1 < n) {
        if (p[i + 1] == '\n') {
          t->seen_nl |= 4;
          if (t->read_translate) {
            out[k++] = '\n';
          } else {
            out[k++] = '\r';
            out[k++] = '\n';
          }
          i++;
        } else {
          t->seen_nl |= 1;
          out[k++] = t->read_translate ? '\n' : '\r';
        }
      } else {
        t->pending_cr = true;  // decided by the next chunk
      }
      continue;
    }
    if (c == '\n') t->seen_nl |= 2;
    out[k++] = c;
  }
  t->dlen += k;
}

void appendRaw(IoText* t, const char* p, int64_t n) {
  if (n <= 0) return;
  if (t->rawlen + n > t->rawcap) {
    int64_t cap = t->rawcap ? t->rawcap * 2 : kBufferSize * 2;
    while (cap < t->rawlen + n) cap *= 2;
    char* nr = static_cast<char*>(GC_MALLOC_ATOMIC((size_t)cap));
    copyBytes(nr, t->raw, (size_t)t->rawlen);
    t->raw = nr;
    t->rawcap = cap;
  }
  copyBytes(t->raw + t->rawlen, p, (size_t)n);
  t->rawlen += n;
}

// Before refilling: drop the consumed part of dec (and of the raw copy).
void compact(IoText* t) {
  if (t->dpos == 0) return;
  if (!t->raw_same) {
    int64_t r = rawOffsetFor(t, t->dpos);
    moveBytes(t->raw, t->raw + r, (size_t)(t->rawlen - r));
    t->rawlen -= r;
  }
  moveBytes(t->dec, t->dec + t->dpos, (size_t)(t->dlen - t->dpos));
  t->dlen -= t->dpos;
  t->dpos = 0;
}

// Decodes the next chunk into dec; false at EOF (nothing added).
bool fillText(IoText* t) {
  IoBin* b = t->bin;
  if (t->eof) return false;
  compact(t);
  std::string chunk(t->carry, (size_t)t->ncarry);
  t->ncarry = 0;
  bool at_eof = false;
  if (!t->incremental) {
    readAll(b, chunk);
    at_eof = true;
  } else {
    // At most 8 KiB per chunk, as CPython's text layer takes (a write after
    // a read lands where the text layer stopped taking bytes).
    if (b->rpos == b->rlen && fill(b) == 0) at_eof = true;
    int64_t take = b->rlen - b->rpos < kTextChunk ? b->rlen - b->rpos : kTextChunk;
    chunk.append(b->rbuf + b->rpos, (size_t)take);
    b->rpos += take;
  }
  if (chunk.empty() && at_eof) {
    t->eof = true;
    if (t->pending_cr) {  // a final '\r'
      t->pending_cr = false;
      t->seen_nl |= 1;
      reserveDec(t, 1);
      t->dec[t->dlen++] = t->read_translate ? '\n' : '\r';
      if (!t->raw_same) appendRaw(t, "\r", 1);
      return true;
    }
    return false;
  }
  // Keep an incomplete UTF-8 sequence for the next chunk.
  int64_t n = (int64_t)chunk.size();
  if (t->incremental && !at_eof) {
    if (t->utf8) {
      int64_t k = n;
      int back = 0;
      while (k > 0 && back < 4 && ((unsigned char)chunk[k - 1] & 0xC0) == 0x80) k--, back++;
      if (k > 0 && (unsigned char)chunk[k - 1] >= 0xC0) {
        unsigned char lead = (unsigned char)chunk[k - 1];
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (n - (k - 1) < need) {
          t->ncarry = (int)(n - (k - 1));
          copyBytes(t->carry, chunk.data() + k - 1, (size_t)t->ncarry);
          n = k - 1;
        }
      }
    }
  }
  const char* data = chunk.data();
  int64_t size = n;
  if (!t->bom_checked) {
    t->bom_checked = true;
    std::string_view enc = tp_str_view(t->encoding);
    if ((enc == "utf-8-sig" || enc == "utf_8_sig" || enc == "utf8-sig") && size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
      data += 3, size -= 3;
  }
  std::string_view text;
  TpValue decoded = TP_NULL;
  if (t->simple_utf8) {
    if (seq::utf8ValidPrefix(data, size) == size)
      text = std::string_view(data, (size_t)size);  // valid: the bytes are the text
    else
      decoded = seq::decodeBytes(data, size, TP_NULL, TP_NULL);  // raises like CPython
    if (decoded != TP_NULL) text = tp_str_view(decoded);
  } else {
    decoded = seq::decodeBytes(data, size, t->encoding, t->errors);
    text = tp_str_view(decoded);
  }
  bool has_cr = t->read_universal && (t->pending_cr || findByte(text.data(), '\r', text.size()) != nullptr);
  bool same = t->simple_utf8 && !has_cr && (int64_t)text.size() == size;
  if (t->raw_same && !same) {
    // From now on keep the raw copy: reconstruct it for the unread part (identical bytes so far).
    t->raw_same = false;
    t->rawlen = 0;
    appendRaw(t, t->dec + t->dpos, t->dlen - t->dpos);
  }
  if (!t->raw_same) appendRaw(t, data, size);
  if (has_cr) {
    appendTranslated(t, text.data(), (int64_t)text.size());
  } else {
    if (t->read_universal) {
      // Count the newline kinds for .newlines without translating.
      if (findByte(text.data(), '\n', text.size())) t->seen_nl |= 2;
    }
    reserveDec(t, (int64_t)text.size());
    copyBytes(t->dec + t->dlen, text.data(), text.size());
    t->dlen += (int64_t)text.size();
  }
  if (at_eof) t->eof = !t->incremental || chunk.empty();
  return true;
}

void textCheckReadable(IoText* t) {
  checkOpen(t->bin);
  if (!t->bin->readable) unsupported("not readable");
  if (t->bin->wlen) flushWrites(t->bin);
}

// Where the current line ends in dec[from, dlen): index after the terminator, or -1.
int64_t findLineEnd(IoText* t, int64_t from, bool* need_more) {
  const char* p = t->dec + from;
  int64_t n = t->dlen - from;
  *need_more = false;
  if (n <= 0) return -1;  // (dec may not exist yet)
  if (t->read_translate || (!t->read_universal && t->newline != TP_NONE && tp_str_view(t->newline) == "\n")) {
    const char* nl = findByte(p, '\n', (size_t)n);
    return nl ? from + (nl - p) + 1 : -1;
  }
  std::string_view want = t->read_universal ? std::string_view() : tp_str_view(t->newline);
  if (want == "\r") {
    const char* cr = findByte(p, '\r', (size_t)n);
    return cr ? from + (cr - p) + 1 : -1;
  }
  if (want == "\r\n") {
    const char* hit = static_cast<const char*>(memmem(p, (size_t)n, "\r\n", 2));
    if (hit) return from + (hit - p) + 2;
    if (n > 0 && p[n - 1] == '\r') *need_more = true;
    return -1;
  }
  // newline='': any of \n, \r\n, \r (the text is not translated).
  for (int64_t i = 0; i < n; i++) {
    if (p[i] == '\n') return from + i + 1;
    if (p[i] == '\r') {
      if (i + 1 < n) return from + i + (p[i + 1] == '\n' ? 2 : 1);
      *need_more = true;  // '\r' at the end: a '\n' may follow
      return from + i + 1;
    }
  }
  return -1;
}

// Next line as a str (empty at EOF); limit in code points when >= 0.
TpValue textReadLine(IoText* t, int64_t limit) {
  textCheckReadable(t);
  int64_t scanned = t->dpos;
  for (;;) {
    bool need_more = false;
    int64_t end = findLineEnd(t, scanned, &need_more);
    if (end >= 0 && need_more && !t->eof && fillText(t)) {
      scanned = t->dpos;  // rescan: a '\n' may follow the '\r' (and dec may have moved)
      continue;
    }
    if (end < 0) {
      scanned = t->dlen;
      int64_t before = scanned - t->dpos;
      if (limit >= 0) {
        // Enough code points already?
        int64_t cps = 0;
        for (int64_t i = t->dpos; i < t->dlen; i++)
          if (((unsigned char)t->dec[i] & 0xC0) != 0x80) cps++;
        if (cps >= limit) end = t->dlen;
      }
      if (end < 0) {
        if (fillText(t)) {
          scanned = t->dpos + before;
          continue;
        }
        end = t->dlen;
      }
    }
    if (limit >= 0) {
      int64_t cps = 0, i = t->dpos;
      for (; i < end; i++) {
        if (((unsigned char)t->dec[i] & 0xC0) != 0x80) {
          if (cps == limit) break;
          cps++;
        }
      }
      end = i;
    }
    TpValue line = tp_str_from_utf8(t->dec + t->dpos, end - t->dpos);
    t->dpos = end;
    return line;
  }
}

TpValue textReadAll(IoText* t) {
  textCheckReadable(t);
  while (fillText(t)) {
  }
  TpValue s = tp_str_from_utf8(t->dec + t->dpos, t->dlen - t->dpos);
  t->dpos = t->dlen;
  return s;
}

TpValue textReadChars(IoText* t, int64_t n) {
  textCheckReadable(t);
  for (;;) {
    int64_t cps = 0, i = t->dpos;
    for (; i < t->dlen && cps < n; i++)
      if (((unsigned char)t->dec[i] & 0xC0) != 0x80) cps++;
    while (i < t->dlen && ((unsigned char)t->dec[i] & 0xC0) == 0x80) i++;
    if (cps >= n || !fillText(t)) {
      if (cps < n) i = t->dlen;
      TpValue s = tp_str_from_utf8(t->dec + t->dpos, i - t->dpos);
      t->dpos = i;
      return s;
    }
  }
}

int64_t textTell(IoText* t) {
  IoBin* b = t->bin;
  checkOpen(b);
  if (!seekable(b)) raiseErrno(ESPIPE);
  int64_t pos = binTell(b);
  if (t->dlen == t->dpos && t->ncarry == 0 && !t->pending_cr) return pos;
  int64_t unread_raw = t->raw_same ? t->dlen - t->dpos : t->rawlen - rawOffsetFor(t, t->dpos);
  return pos - unread_raw - t->ncarry - (t->pending_cr ? 1 : 0);
}

void textWrite(IoText* t, TpValue s) {
  IoBin* b = t->bin;
  checkOpen(b);
  if (!b->writable) unsupported("not writable");
  // Decoded text not yet read is dropped, as CPython resets its decoder: the
  // write lands where the text layer stopped taking bytes.
  if (t->dlen || t->ncarry || t->pending_cr) dropDecoded(t);
  std::string_view text = tp_str_view(s);
  std::string translated;
  if (t->write_nl && findByte(text.data(), '\n', text.size())) {
    for (char c : text) {
      if (c == '\n')
        translated += t->write_nl;
      else
        translated += c;
    }
    text = translated;
  }
  if (t->simple_utf8 && (tp_str_is_ascii(s) || translated.empty())) {
    TpValue enc = tp_str_is_ascii(s) ? TP_NULL : seq::encodeStr(s, TP_NULL, TP_NULL);  // surrogates raise
    if (enc != TP_NULL && translated.empty()) {
      writeBytes(b, tp_bytes_data(enc), tp_bytes_size(enc));
    } else {
      writeBytes(b, text.data(), (int64_t)text.size());
    }
  } else {
    TpValue str = translated.empty() ? s : tp_str_from(text);
    TpValue enc = seq::encodeStr(str, t->encoding, t->errors);
    std::string_view e(tp_bytes_data(enc), (size_t)tp_bytes_size(enc));
    // utf-16/utf-32 add a BOM only at the start of the file.
    std::string_view name = tp_str_view(t->encoding);
    if ((name == "utf-16" || name == "utf-32" || name == "utf_16" || name == "utf_32" || name == "utf-8-sig") &&
        binTell(b) > 0) {
      size_t bom = name == "utf-8-sig" ? 3 : name.find("16") != std::string_view::npos ? 2 : 4;
      if (e.size() >= bom) e.remove_prefix(bom);
    }
    writeBytes(b, e.data(), (int64_t)e.size());
  }
  if (t->line_buffering && findByte(text.data(), '\n', text.size())) flushWrites(b);
}

// ---- text methods ----
TpValue Text_read(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("read", nargs, 1, 2);
  IoText* t = textArg(args[0], "read");
  int64_t n = sizeArg(nargs > 1 ? args[1] : TP_NULL, "read");
  return n < 0 ? textReadAll(t) : textReadChars(t, n);
}
TpValue Text_readline(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("readline", nargs, 1, 2);
  IoText* t = textArg(args[0], "readline");
  return textReadLine(t, sizeArg(nargs > 1 ? args[1] : TP_NULL, "readline"));
}
TpValue Text_readlines(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("readlines", nargs, 1, 2);
  IoText* t = textArg(args[0], "readlines");
  int64_t hint = sizeArg(nargs > 1 ? args[1] : TP_NULL, "readlines");
  TpValue list = tp_list_new(0, nullptr);
  int64_t total = 0;
  for (;;) {
    TpValue line = textReadLine(t, -1);
    if (tp_str_size(line) == 0) break;
    total += tp_str_length(line);
    tp_list_append(list, line);
    if (hint > 0 && total >= hint) break;
  }
  return list;
}
TpValue Text_write(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("write", nargs, 2, 2);
  IoText* t = textArg(args[0], "write");
  checkOpen(t->bin);
  if (!tp_is_str(args[1])) raiseTypeError("write() argument must be str, not %s", typeName(args[1]));
  textWrite(t, args[1]);
  return tp_int_from_i64(tp_str_length(args[1]));
}
TpValue Text_flush(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "flush");
  if (t->bin->closed) raiseValueError("I/O operation on closed file.");
  flushWrites(t->bin);
  return TP_NONE;
}
TpValue Text_tell(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("tell", nargs, 1, 1);
  return tp_int_from_i64(textTell(textArg(args[0], "tell")));
}
TpValue Text_seek(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("seek", nargs, 2, 3);
  IoText* t = textArg(args[0], "seek");
  checkOpen(t->bin);
  if (!tp_is_int(args[1])) raiseTypeError("an integer is required");
  int64_t off = tp_int_as_i64(args[1]);
  int whence = nargs > 2 ? (int)tp_int_as_i64(args[2]) : 0;
  if (!seekable(t->bin)) unsupported("underlying stream is not seekable");
  if (whence == 1) {
    if (off != 0) unsupported("can't do nonzero cur-relative seeks");
    return tp_int_from_i64(textTell(t));
  }
  if (whence == 2) {
    if (off != 0) unsupported("can't do nonzero end-relative seeks");
    dropDecoded(t);
    t->bom_checked = true;
    return tp_int_from_i64(binSeek(t->bin, 0, 2));
  }
  if (whence != 0) raiseValueError("invalid whence (%d, should be 0, 1 or 2)", whence);
  if (off < 0) raiseValueError("negative seek position %lld", (long long)off);
  dropDecoded(t);
  t->bom_checked = off != 0;
  return tp_int_from_i64(binSeek(t->bin, off, 0));
}
TpValue Text_truncate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("truncate", nargs, 1, 2);
  IoText* t = textArg(args[0], "truncate");
  checkOpen(t->bin);
  if (!t->bin->writable) unsupported("truncate");
  TpValue size = nargs > 1 ? args[1] : TP_NULL;
  if (size == TP_NULL || size == TP_NONE) {
    int64_t pos = textTell(t);
    dropDecoded(t);
    binSeek(t->bin, pos, 0);
    size = tp_int_from_i64(pos);
  }
  return tp_int_from_i64(truncateTo(t->bin, size));
}
TpValue Text_close(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "close");
  binClose(t->bin);
  return TP_NONE;
}
TpValue Text_fileno(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "fileno");
  checkOpen(t->bin);
  return tp_int_from_i64(t->bin->fd);
}
TpValue Text_isatty(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "isatty");
  checkOpen(t->bin);
  return tp_bool(::isatty(t->bin->fd));
}
TpValue Text_readable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "readable");
  checkOpen(t->bin);
  return tp_bool(t->bin->readable);
}
TpValue Text_writable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "writable");
  checkOpen(t->bin);
  return tp_bool(t->bin->writable);
}
TpValue Text_seekable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  IoText* t = textArg(args[0], "seekable");
  checkOpen(t->bin);
  return tp_bool(seekable(t->bin));
}
TpValue Text_writelines(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("writelines", nargs, 2, 2);
  IoText* t = textArg(args[0], "writelines");
  TpValue it = tp_iter(args[1]);
  while (TpValue line = tp_next(it)) {
    if (!tp_is_str(line)) raiseTypeError("write() argument must be str, not %s", typeName(line));
    textWrite(t, line);
  }
  return TP_NONE;
}

TpValue Text_iter(TpValue self) {
  textCheckReadable(asText(self));
  return self;
}
TpValue Text_next(TpValue self) {
  TpValue line = textReadLine(asText(self), -1);
  return tp_str_size(line) == 0 ? TP_NULL : line;
}
TpValue Text_repr(TpValue self) {
  IoText* t = asText(self);
  std::string s = "<_io.TextIOWrapper name=" + strString(tp_repr(t->bin->name)) +
                  " mode=" + strString(tp_repr(t->mode)) + " encoding=" + strString(tp_repr(t->encoding)) + ">";
  return tp_str_from(s);
}
TpValue Text_closed(TpValue self) { return tp_bool(asText(self)->bin->closed); }
TpValue Text_name(TpValue self) { return asText(self)->bin->name; }
TpValue Text_mode(TpValue self) { return asText(self)->mode; }
TpValue Text_encoding(TpValue self) { return asText(self)->encoding; }
TpValue Text_errors(TpValue self) { return asText(self)->errors; }
TpValue Text_buffer(TpValue self) { return tp_from_object(&asText(self)->bin->ob); }
TpValue Text_line_buffering(TpValue self) { return tp_bool(asText(self)->line_buffering); }
TpValue Text_newlines(TpValue self) {
  IoText* t = asText(self);
  if (!t->read_universal) return TP_NONE;
  TpValue kinds[3];
  int n = 0;
  if (t->seen_nl & 1) kinds[n++] = tp_str_from_cstr("\r");
  if (t->seen_nl & 2) kinds[n++] = tp_str_from_cstr("\n");
  if (t->seen_nl & 4) kinds[n++] = tp_str_from_cstr("\r\n");
  if (n == 0) return TP_NONE;
  if (n == 1) return kinds[0];
  return tp_tuple_new(n, kinds);
}

const MethodDef kTextMethods[] = {
    {"read", Text_read},         {"readline", Text_readline}, {"readlines", Text_readlines},
    {"write", Text_write},       {"writelines", Text_writelines}, {"flush", Text_flush},
    {"tell", Text_tell},         {"seek", Text_seek},         {"truncate", Text_truncate},
    {"close", Text_close},       {"fileno", Text_fileno},     {"isatty", Text_isatty},
    {"readable", Text_readable}, {"writable", Text_writable}, {"seekable", Text_seekable},
    {"__enter__", File_enter},   {"__exit__", File_exit},     {nullptr, nullptr}};
const GetSetDef kTextGetSets[] = {{"closed", Text_closed},
                                  {"name", Text_name},
                                  {"mode", Text_mode},
                                  {"encoding", Text_encoding},
                                  {"errors", Text_errors},
                                  {"buffer", Text_buffer},
                                  {"line_buffering", Text_line_buffering},
                                  {"newlines", Text_newlines},
                                  {nullptr, nullptr}};

// ---------------------------------------------------------------------------
// open()
// ---------------------------------------------------------------------------
// The file argument as a path str (calling __fspath__), or an int descriptor.
TpValue fsPath(TpValue file) {
  if (tp_is_str(file) || tp_is_int(file)) return file;
  if (tp_is_object(file) && tp_type_of(file) == &tp_bytes_type)
    return seq::decodeBytes(tp_bytes_data(file), tp_bytes_size(file), TP_NULL, tp_str_from_cstr("surrogateescape"));
  TpValue fspath = lookupTypeCStr(tp_type_of(file), "__fspath__");
  if (fspath != TP_NULL) {
    TpValue r = callMethod(file, "__fspath__", nullptr, 0);
    if (tp_is_str(r)) return r;
    if (tp_is_object(r) && tp_type_of(r) == &tp_bytes_type) return fsPath(r);
    raiseTypeError("expected %s.__fspath__() to return str or bytes, not %s", typeName(file), typeName(r));
  }
  raiseTypeError("expected str, bytes or os.PathLike object, not %s", typeName(file));
}

bool isLookupOk(TpValue encoding) {
  // Raises LookupError for an unknown encoding (by encoding the empty str).
  seq::encodeStr(tp_str_empty(), encoding, TP_NULL);
  return true;
}

TpValue openFile(TpValue file, TpValue modev, TpValue buffering, TpValue encoding, TpValue errors, TpValue newline,
                 TpValue closefdv) {
  std::string mode = modev == TP_NULL ? "r" : strString(modev);
  if (modev != TP_NULL && !tp_is_str(modev))
    raiseTypeError("open() argument 'mode' must be str, not %s", typeName(modev));
  bool seen[256] = {};
  bool bad = false;
  for (unsigned char c : mode) {
    if (!strchr("axrwb+t", c) || c == 0 || seen[c]) bad = true;
    seen[c] = true;
  }
  if (bad) raiseValueError("invalid mode: '%s'", mode.c_str());
  bool creating = seen['x'], reading = seen['r'], writing = seen['w'], appending = seen['a'];
  bool updating = seen['+'], text = seen['t'], binary = seen['b'];
  if (text && binary) raiseValueError("can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    raiseValueError("must have exactly one of create/read/write/append mode");
  if (!(creating || reading || writing || appending))
    raiseValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  auto noneish = [](TpValue v) { return v == TP_NULL || v == TP_NONE; };
  if (binary && !noneish(encoding)) raiseValueError("binary mode doesn't take an encoding argument");
  if (binary && !noneish(errors)) raiseValueError("binary mode doesn't take an errors argument");
  if (binary && !noneish(newline)) raiseValueError("binary mode doesn't take a newline argument");
  int64_t buf = noneish(buffering) ? -1 : tp_int_as_i64(buffering);
  if (buf == 0 && !binary) raiseValueError("can't have unbuffered text I/O");
  if (!noneish(encoding) && !tp_is_str(encoding))
    raiseTypeError("open() argument 'encoding' must be str or None, not %s", typeName(encoding));
  if (!noneish(errors) && !tp_is_str(errors))
    raiseTypeError("open() argument 'errors' must be str or None, not %s", typeName(errors));
  if (!noneish(newline)) {
    if (!tp_is_str(newline))
      raiseTypeError("open() argument 'newline' must be str or None, not %s", typeName(newline));
    std::string_view nl = tp_str_view(newline);
    if (!(nl.empty() || nl == "\n" || nl == "\r" || nl == "\r\n"))
      raiseValueError("illegal newline value: %.*s", (int)nl.size(), nl.data());
  }
  if (!binary && !noneish(encoding)) isLookupOk(encoding);
  TpValue path = fsPath(file);
  bool closefd = closefdv == TP_NULL ? true : tp_truth(closefdv);
  flushRegistry();  // data written through other file objects becomes visible to this one
  int fd;
  if (tp_is_int(path)) {
    fd = (int)tp_int_as_i64(path);
    if (fd < 0) raiseValueError("negative file descriptor");
  } else {
    if (!closefd) raiseValueError("Cannot use closefd=False with file name");
    int flags = O_CLOEXEC;
    if (updating)
      flags |= O_RDWR;
    else if (reading)
      flags |= O_RDONLY;
    else
      flags |= O_WRONLY;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    std::string p(tp_str_view(path));
    if (p.find('\0') != std::string::npos) raiseValueError("embedded null byte");
    for (int attempt = 0;; attempt++) {
      fd = ::open(p.c_str(), flags, 0666);
      if (fd >= 0) break;
      if (errno == EINTR) continue;
      if ((errno == EMFILE || errno == ENFILE) && attempt == 0) {
        // Files the program dropped are closed by their finalizers.
        GC_gcollect();
        GC_invoke_finalizers();
        continue;
      }
      raiseErrno(errno, path);
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      raiseErrno(EISDIR, path);
    }
  }
  TpType* bt = buf == 0                 ? &tp_io_fileio_type
               : updating               ? &tp_io_random_type
               : (reading && !updating) ? &tp_io_reader_type
                                        : &tp_io_writer_type;
  auto* b = allocObject<IoBin>(bt);
  b->fd = fd;
  b->name = tp_is_int(path) ? path : (tp_is_str(file) ? file : path);
  b->readable = reading || updating;
  b->writable = writing || appending || creating || updating;
  b->appending = appending;
  b->created = creating;
  b->closefd = closefd;
  b->unbuffered = buf == 0;
  b->seekable = -1;
  if (appending) ::lseek(fd, 0, SEEK_END);
  if (b->writable) {
    registry().push_back(GC_HIDE_POINTER(b));
    b->registered = true;
  }
  if (closefd || b->writable) GC_register_finalizer_no_order(b, finalizeBin, nullptr, nullptr, nullptr);
  if (binary) return tp_from_object(b);
  auto* t = allocObject<IoText>(&tp_io_text_type);
  t->bin = b;
  t->mode = modev == TP_NULL ? tp_str_intern("r") : modev;
  t->encoding = noneish(encoding) ? tp_str_intern("UTF-8") : encoding;
  t->errors = noneish(errors) ? tp_str_intern("strict") : errors;
  t->newline = noneish(newline) ? TP_NONE : newline;
  std::string enc;
  for (char c : tp_str_view(t->encoding)) enc += c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
  bool utf8 = enc == "utf-8" || enc == "utf8" || enc == "u8" || enc == "utf";
  t->simple_utf8 = utf8 && tp_str_view(t->errors) == "strict";
  t->utf8 = utf8 || enc == "utf-8-sig" || enc == "utf8-sig";
  t->incremental = utf8 || enc == "utf-8-sig" || enc == "utf8-sig" || enc == "ascii" || enc == "us-ascii" ||
                   enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" || enc == "iso8859-1";
  t->read_universal = t->newline == TP_NONE || tp_str_size(t->newline) == 0;
  t->read_translate = t->newline == TP_NONE;
  if (t->newline != TP_NONE) {
    std::string_view nl = tp_str_view(t->newline);
    t->write_nl = nl == "\r" ? "\r" : nl == "\r\n" ? "\r\n" : nullptr;
  }
  t->line_buffering = buf == 1 || (b->writable && ::isatty(fd));
  t->raw_same = true;
  t->bom_checked = !reading && !updating;
  return tp_from_object(t);
}

TpValue builtinOpen(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[8];
  parseArgs("open", args, nargs, kwnames,
            {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 0, a);
  if (a[7] != TP_NULL && a[7] != TP_NONE) raiseValueError("open(): opener is not supported");
  return openFile(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

}  // namespace

namespace tp {

void initIo() {
  for (TpType* t : {&tp_io_fileio_type, &tp_io_reader_type, &tp_io_writer_type, &tp_io_random_type})
    t->instance_size = sizeof(IoBin);
  tp_io_text_type.instance_size = sizeof(IoText);
  readyType(&tp_io_fileio_type, kBinMethods, kBinGetSets);
  readyType(&tp_io_reader_type, kBinMethods, kBinGetSets);
  readyType(&tp_io_writer_type, kBinMethods, kBinGetSets);
  readyType(&tp_io_random_type, kBinMethods, kBinGetSets);
  readyType(&tp_io_text_type, kTextMethods, kTextGetSets);
  for (TpType* t : {&tp_io_fileio_type, &tp_io_reader_type, &tp_io_writer_type, &tp_io_random_type}) {
    t->repr = Bin_repr;
    t->iter = Bin_iter;
    t->next = Bin_next;
  }
  tp_io_text_type.repr = Text_repr;
  tp_io_text_type.iter = Text_iter;
  tp_io_text_type.next = Text_next;
  registerBuiltinFunction("open", builtinOpen);

  TpValue m = newBuiltinModule("_io");
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__module__", tp_str_intern("io"));
  TpValue bases[2] = {tp_from_object(&tp_exc_OSError), tp_from_object(&tp_exc_ValueError)};
  TpValue targs[3] = {tp_str_intern("UnsupportedOperation"), tp_tuple_new(2, bases), ns};
  g_unsupported = tp_call(tp_from_object(&tp_type_type), targs, 3, TP_NULL);
  setModuleAttr(m, "UnsupportedOperation", g_unsupported);
  setModuleAttr(m, "open", newBuiltinFunction("open", builtinOpen));
  setModuleAttr(m, "FileIO", tp_from_object(&tp_io_fileio_type));
  setModuleAttr(m, "BufferedReader", tp_from_object(&tp_io_reader_type));
  setModuleAttr(m, "BufferedWriter", tp_from_object(&tp_io_writer_type));
  setModuleAttr(m, "BufferedRandom", tp_from_object(&tp_io_random_type));
  setModuleAttr(m, "TextIOWrapper", tp_from_object(&tp_io_text_type));
  setModuleAttr(m, "DEFAULT_BUFFER_SIZE", tp_small_int(8192));
  std::atexit(flushRegistry);
}

// Flushes every open writable file (before a process-level operation that
// must see their data, e.g. os.stat or a subprocess).
void ioFlushAll() { flushRegistry(); }

}  // namespace tp
