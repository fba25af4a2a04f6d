// `_os`, the native core of the `os` module (stdlib/os.py, posixpath.py;
// issue #6, decision 0020): thin wrappers over the POSIX calls. Paths arrive
// as str (encoded to the file system's UTF-8 with surrogateescape, as
// CPython's fsencode does) or bytes; names come back in the caller's type.
// Failures raise OSError built from errno with the file name(s), so the
// subclass (FileNotFoundError, ...) and the message are CPython's. stat
// results are plain tuples that os.py wraps in stat_result.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "seq_internal.h"
#include "taipan/float.h"

extern char** environ;

namespace tp::seq {
TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors);
TpValue decodeBytes(const char* data, int64_t n, TpValue encoding, TpValue errors);
}  // namespace tp::seq

using namespace tp;

namespace {

bool isBytes(TpValue v) { return tp_is_object(v) && tp_type_of(v) == &tp_bytes_type; }

// A path argument as a C string (str: UTF-8 with surrogateescape; bytes as they are).
std::string pathArg(TpValue v, const char* fname) {
  std::string out;
  if (tp_is_str(v)) {
    if (tp_str_is_ascii(v)) {
      out.assign(tp_str_data(v), (size_t)tp_str_size(v));
    } else {
      TpValue b = seq::encodeStr(v, tp_str_from_cstr("utf-8"), tp_str_from_cstr("surrogateescape"));
      out.assign(tp_bytes_data(b), (size_t)tp_bytes_size(b));
    }
  } else if (isBytes(v)) {
    out.assign(tp_bytes_data(v), (size_t)tp_bytes_size(v));
  } else {
    raiseTypeError("%s: path should be string, bytes or os.PathLike, not %s", fname, typeName(v));
  }
  if (out.find('\0') != std::string::npos) raiseValueError("%s: embedded null character in path", fname);
  return out;
}

// A name from the file system, in the type of `like` (str or bytes).
TpValue nameValue(const char* s, size_t n, TpValue like) {
  if (like != TP_NULL && isBytes(like)) return tp_bytes_new(s, (int64_t)n);
  return seq::decodeBytes(s, (int64_t)n, TP_NULL, tp_str_from_cstr("surrogateescape"));
}

[[noreturn]] void raiseErrno(int err, TpValue filename = TP_NULL, TpValue filename2 = TP_NULL) {
  TpValue code = tp_small_int(err), msg = tp_str_from_cstr(strerror(err));
  TpValue exc;
  if (filename2 != TP_NULL)
    exc = newException(&tp_exc_OSError, {code, msg, filename, TP_NONE, filename2});
  else if (filename != TP_NULL)
    exc = newException(&tp_exc_OSError, {code, msg, filename});
  else
    exc = newException(&tp_exc_OSError, {code, msg});
  raiseValue(exc);
}

int64_t intArg(TpValue v, const char* fname) {
  if (!tp_is_int(v)) raiseTypeError("%s: an integer is required, not %s", fname, typeName(v));
  return tp_int_as_i64(v);
}

TpValue nsValue(const struct timespec& ts) {
  return tp_int_add(tp_int_mul(tp_int_from_i64(ts.tv_sec), tp_int_from_i64(1000000000)), tp_int_from_i64(ts.tv_nsec));
}

TpValue statTuple(const struct stat& st) {
  TpValue items[13] = {tp_int_from_i64(st.st_mode),    tp_int_from_i64((int64_t)st.st_ino),
                       tp_int_from_i64((int64_t)st.st_dev), tp_int_from_i64((int64_t)st.st_nlink),
                       tp_int_from_i64(st.st_uid),     tp_int_from_i64(st.st_gid),
                       tp_int_from_i64(st.st_size),    nsValue(st.st_atim),
                       nsValue(st.st_mtim),            nsValue(st.st_ctim),
                       tp_int_from_i64(st.st_blksize), tp_int_from_i64(st.st_blocks),
                       tp_int_from_i64((int64_t)st.st_rdev)};
  return tp_tuple_new(13, items);
}

// ---- functions ----
TpValue Os_stat(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("stat", nargs, 2, 2);
  ioFlushAll();  // sizes of files written through unclosed file objects
  struct stat st;
  int rc;
  if (tp_is_int(args[0])) {
    rc = ::fstat((int)tp_int_as_i64(args[0]), &st);
    if (rc != 0) raiseErrno(errno);
  } else {
    std::string p = pathArg(args[0], "stat");
    rc = tp_truth(args[1]) ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
    if (rc != 0) raiseErrno(errno, args[0]);
  }
  return statTuple(st);
}

TpValue Os_getcwd(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getcwd", nargs, 0, 1);
  std::string buf(4096, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) raiseErrno(errno);
    buf.resize(buf.size() * 2);
  }
  size_t n = strlen(buf.c_str());
  return nargs == 1 && tp_truth(args[0]) ? tp_bytes_new(buf.data(), (int64_t)n) : nameValue(buf.data(), n, TP_NULL);
}

TpValue Os_chdir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("chdir", nargs, 1, 1);
  std::string p = pathArg(args[0], "chdir");
  if (::chdir(p.c_str()) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

// [(name, d_type, inode), ...] without "." and "..".
TpValue Os_scandir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("scandir", nargs, 1, 1);
  std::string p = pathArg(args[0], "scandir");
  ioFlushAll();
  DIR* d = ::opendir(p.c_str());
  if (!d) raiseErrno(errno, args[0]);
  TpValue list = tp_list_new(0, nullptr);
  errno = 0;
  while (struct dirent* e = ::readdir(d)) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    TpValue items[3] = {nameValue(e->d_name, strlen(e->d_name), args[0]), tp_small_int(e->d_type),
                        tp_int_from_i64((int64_t)e->d_ino)};
    tp_list_append(list, tp_tuple_new(3, items));
  }
  int err = errno;
  ::closedir(d);
  if (err) raiseErrno(err, args[0]);
  return list;
}

TpValue Os_listdir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue entries = Os_scandir(args, nargs, kwnames);
  int64_t n = tp_list_size(entries);
  TpValue out = tp_list_new(0, nullptr);
  for (int64_t i = 0; i < n; i++) tp_list_append(out, tp_tuple_get(tp_list_get(entries, i), 0));
  return out;
}

TpValue Os_mkdir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("mkdir", nargs, 2, 2);
  std::string p = pathArg(args[0], "mkdir");
  if (::mkdir(p.c_str(), (mode_t)intArg(args[1], "mkdir")) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

TpValue Os_rmdir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("rmdir", nargs, 1, 1);
  std::string p = pathArg(args[0], "rmdir");
  if (::rmdir(p.c_str()) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

TpValue Os_unlink(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("unlink", nargs, 1, 1);
  std::string p = pathArg(args[0], "unlink");
  if (::unlink(p.c_str()) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

TpValue Os_rename(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("rename", nargs, 2, 2);
  std::string a = pathArg(args[0], "rename"), b = pathArg(args[1], "rename");
  ioFlushAll();
  if (::rename(a.c_str(), b.c_str()) != 0) raiseErrno(errno, args[0], args[1]);
  return TP_NONE;
}

TpValue Os_link(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("link", nargs, 3, 3);
  std::string a = pathArg(args[0], "link"), b = pathArg(args[1], "link");
  int rc = tp_truth(args[2]) ? ::symlink(a.c_str(), b.c_str()) : ::link(a.c_str(), b.c_str());
  if (rc != 0) raiseErrno(errno, args[0], args[1]);
  return TP_NONE;
}

TpValue Os_readlink(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("readlink", nargs, 1, 1);
  std::string p = pathArg(args[0], "readlink");
  std::string buf(4096, '\0');
  ssize_t n = ::readlink(p.c_str(), buf.data(), buf.size());
  if (n < 0) raiseErrno(errno, args[0]);
  return nameValue(buf.data(), (size_t)n, args[0]);
}

TpValue Os_access(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("access", nargs, 2, 2);
  std::string p = pathArg(args[0], "access");
  return tp_bool(::access(p.c_str(), (int)intArg(args[1], "access")) == 0);
}

TpValue Os_chmod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("chmod", nargs, 2, 2);
  std::string p = pathArg(args[0], "chmod");
  if (::chmod(p.c_str(), (mode_t)intArg(args[1], "chmod")) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

// utime(path, atime_ns, mtime_ns) or utime(path, None, None) for now.
TpValue Os_utime(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("utime", nargs, 3, 3);
  std::string p = pathArg(args[0], "utime");
  struct timespec ts[2];
  struct timespec* tsp = nullptr;
  if (args[1] != TP_NONE) {
    int64_t a = intArg(args[1], "utime"), m = intArg(args[2], "utime");
    ts[0] = {a / 1000000000, a % 1000000000};
    ts[1] = {m / 1000000000, m % 1000000000};
    tsp = ts;
  }
  if (::utimensat(AT_FDCWD, p.c_str(), tsp, 0) != 0) raiseErrno(errno, args[0]);
  return TP_NONE;
}

TpValue Os_umask(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("umask", nargs, 1, 1);
  return tp_small_int(::umask((mode_t)intArg(args[0], "umask")));
}

// [(key, value), ...] of the environment, decoded with surrogateescape.
TpValue Os_environ(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue list = tp_list_new(0, nullptr);
  for (char** e = environ; e && *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    TpValue kv[2] = {nameValue(*e, (size_t)(eq - *e), TP_NULL), nameValue(eq + 1, strlen(eq + 1), TP_NULL)};
    tp_list_append(list, tp_tuple_new(2, kv));
  }
  return list;
}

TpValue Os_putenv(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("putenv", nargs, 2, 2);
  std::string k = pathArg(args[0], "putenv"), v = pathArg(args[1], "putenv");
  if (k.empty() || k.find('=') != std::string::npos) raiseValueError("illegal environment variable name");
  if (::setenv(k.c_str(), v.c_str(), 1) != 0) raiseErrno(errno);
  return TP_NONE;
}

TpValue Os_unsetenv(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("unsetenv", nargs, 1, 1);
  std::string k = pathArg(args[0], "unsetenv");
  if (k.empty() || k.find('=') != std::string::npos) raiseValueError("illegal environment variable name");
  if (::unsetenv(k.c_str()) != 0) raiseErrno(errno);
  return TP_NONE;
}

TpValue Os_ids(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue items[6] = {tp_int_from_i64(::getpid()), tp_int_from_i64(::getppid()), tp_int_from_i64(::getuid()),
                      tp_int_from_i64(::geteuid()), tp_int_from_i64(::getgid()), tp_int_from_i64(::getegid())};
  return tp_tuple_new(6, items);
}

TpValue Os_getpid(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getpid", nargs, 0, 0);
  return tp_int_from_i64(::getpid());
}

TpValue Os_cpu_count(const TpValue* args, int64_t nargs, TpValue kwnames) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? tp_int_from_i64(n) : TP_NONE;
}

TpValue Os_urandom(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("urandom", nargs, 1, 1);
  int64_t n = intArg(args[0], "urandom");
  if (n < 0) raiseValueError("negative argument not allowed");
  std::string buf((size_t)n, '\0');
  size_t got = 0;
  while (got < (size_t)n) {
    ssize_t k = ::getrandom(buf.data() + got, (size_t)n - got, 0);
    if (k < 0) {
      if (errno == EINTR) continue;
      raiseErrno(errno);
    }
    got += (size_t)k;
  }
  return tp_bytes_new(buf.data(), n);
}

TpValue Os_strerror(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("strerror", nargs, 1, 1);
  return tp_str_from_cstr(strerror((int)intArg(args[0], "strerror")));
}

// ---- file descriptors ----
TpValue Os_open(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("open", nargs, 3, 3);
  std::string p = pathArg(args[0], "open");
  ioFlushAll();
  int fd;
  do fd = ::open(p.c_str(), (int)intArg(args[1], "open") | O_CLOEXEC, (mode_t)intArg(args[2], "open"));
  while (fd < 0 && errno == EINTR);
  if (fd < 0) raiseErrno(errno, args[0]);
  return tp_small_int(fd);
}

TpValue Os_close(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("close", nargs, 1, 1);
  if (::close((int)intArg(args[0], "close")) != 0) raiseErrno(errno);
  return TP_NONE;
}

TpValue Os_read(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("read", nargs, 2, 2);
  int64_t n = intArg(args[1], "read");
  if (n < 0) raiseValueError("negative count");
  std::string buf((size_t)n, '\0');
  ssize_t k;
  do k = ::read((int)intArg(args[0], "read"), buf.data(), (size_t)n);
  while (k < 0 && errno == EINTR);
  if (k < 0) raiseErrno(errno);
  return tp_bytes_new(buf.data(), k);
}

TpValue Os_write(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("write", nargs, 2, 2);
  std::string storage;
  std::string_view data;
  if (!seq::bytesLikeView(args[1], &data, &storage))
    raiseTypeError("a bytes-like object is required, not '%s'", typeName(args[1]));
  ssize_t k;
  do k = ::write((int)intArg(args[0], "write"), data.data(), data.size());
  while (k < 0 && errno == EINTR);
  if (k < 0) raiseErrno(errno);
  return tp_int_from_i64(k);
}

TpValue Os_lseek(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("lseek", nargs, 3, 3);
  off_t r = ::lseek((int)intArg(args[0], "lseek"), intArg(args[1], "lseek"), (int)intArg(args[2], "lseek"));
  if (r < 0) raiseErrno(errno);
  return tp_int_from_i64(r);
}

TpValue Os_isatty(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("isatty", nargs, 1, 1);
  return tp_bool(::isatty((int)intArg(args[0], "isatty")));
}

TpValue Os_pipe(const TpValue* args, int64_t nargs, TpValue kwnames) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raiseErrno(errno);
  TpValue items[2] = {tp_small_int(fds[0]), tp_small_int(fds[1])};
  return tp_tuple_new(2, items);
}

TpValue Os_dup(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("dup", nargs, 1, 2);
  int fd = nargs == 1 ? ::fcntl((int)intArg(args[0], "dup"), F_DUPFD_CLOEXEC, 0)
                      : ::dup2((int)intArg(args[0], "dup2"), (int)intArg(args[1], "dup2"));
  if (fd < 0) raiseErrno(errno);
  return tp_small_int(fd);
}

TpValue Os_fsync(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("fsync", nargs, 1, 1);
  ioFlushAll();
  if (::fsync((int)intArg(args[0], "fsync")) != 0) raiseErrno(errno);
  return TP_NONE;
}

TpValue Os_truncate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("truncate", nargs, 2, 2);
  int64_t len = intArg(args[1], "truncate");
  int rc;
  if (tp_is_int(args[0])) {
    rc = ::ftruncate((int)tp_int_as_i64(args[0]), len);
  } else {
    std::string p = pathArg(args[0], "truncate");
    rc = ::truncate(p.c_str(), len);
  }
  if (rc != 0) raiseErrno(errno, tp_is_int(args[0]) ? TP_NULL : args[0]);
  return TP_NONE;
}

// ---- processes ----
TpValue Os_exit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_exit", nargs, 1, 1);
  ::_exit((int)intArg(args[0], "_exit"));
}

TpValue Os_kill(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("kill", nargs, 2, 2);
  if (::kill((pid_t)intArg(args[0], "kill"), (int)intArg(args[1], "kill")) != 0) raiseErrno(errno);
  return TP_NONE;
}

// system(command): /bin/sh -c command, the wait status as os.system returns it.
TpValue Os_system(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("system", nargs, 1, 1);
  std::string cmd = pathArg(args[0], "system");
  ioFlushAll();
  fflush(stdout);
  fflush(stderr);
  const char* argv[] = {"sh", "-c", cmd.c_str(), nullptr};
  pid_t pid;
  if (::posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char**>(argv), environ) != 0) return tp_small_int(-1);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) raiseErrno(errno);
  return tp_small_int(status);
}

TpValue Os_uname(const TpValue* args, int64_t nargs, TpValue kwnames) {
  struct utsname u;
  if (::uname(&u) != 0) raiseErrno(errno);
  TpValue items[5] = {tp_str_from_cstr(u.sysname), tp_str_from_cstr(u.nodename), tp_str_from_cstr(u.release),
                      tp_str_from_cstr(u.version), tp_str_from_cstr(u.machine)};
  return tp_tuple_new(5, items);
}

TpValue Os_times(const TpValue* args, int64_t nargs, TpValue kwnames) {
  struct tms t;
  clock_t elapsed = ::times(&t);
  double hz = (double)::sysconf(_SC_CLK_TCK);
  TpValue items[5] = {tp_float_box(t.tms_utime / hz), tp_float_box(t.tms_stime / hz), tp_float_box(t.tms_cutime / hz),
                      tp_float_box(t.tms_cstime / hz), tp_float_box(elapsed / hz)};
  return tp_tuple_new(5, items);
}

TpValue Os_terminal_size(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("get_terminal_size", nargs, 1, 1);
  struct winsize w;
  if (::ioctl((int)intArg(args[0], "get_terminal_size"), TIOCGWINSZ, &w) != 0) raiseErrno(errno);
  TpValue items[2] = {tp_small_int(w.ws_col), tp_small_int(w.ws_row)};
  return tp_tuple_new(2, items);
}

}  // namespace

namespace tp {

void initOsCore() {
  TpValue m = newBuiltinModule("_os");
  struct {
    const char* name;
    TpNativeFn fn;
  } fns[] = {{"stat", Os_stat},       {"getcwd", Os_getcwd},     {"chdir", Os_chdir},     {"scandir", Os_scandir},
             {"listdir", Os_listdir}, {"mkdir", Os_mkdir},       {"rmdir", Os_rmdir},     {"unlink", Os_unlink},
             {"rename", Os_rename},   {"link", Os_link},         {"readlink", Os_readlink}, {"access", Os_access},
             {"chmod", Os_chmod},     {"utime", Os_utime},       {"umask", Os_umask},     {"environ", Os_environ},
             {"putenv", Os_putenv},   {"unsetenv", Os_unsetenv}, {"ids", Os_ids},         {"getpid", Os_getpid},
             {"cpu_count", Os_cpu_count}, {"urandom", Os_urandom}, {"strerror", Os_strerror}, {"open", Os_open},
             {"close", Os_close},     {"read", Os_read},         {"write", Os_write},     {"lseek", Os_lseek},
             {"isatty", Os_isatty},   {"pipe", Os_pipe},         {"dup", Os_dup},         {"fsync", Os_fsync},
             {"truncate", Os_truncate}, {"_exit", Os_exit},      {"kill", Os_kill},       {"system", Os_system},
             {"uname", Os_uname},     {"times", Os_times},       {"get_terminal_size", Os_terminal_size}};
  for (auto& f : fns) registerModuleFunction(m, f.name, f.fn);
  struct {
    const char* name;
    int64_t value;
  } consts[] = {{"O_RDONLY", O_RDONLY},   {"O_WRONLY", O_WRONLY},     {"O_RDWR", O_RDWR},
                {"O_APPEND", O_APPEND},   {"O_CREAT", O_CREAT},       {"O_EXCL", O_EXCL},
                {"O_TRUNC", O_TRUNC},     {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
                {"O_NOFOLLOW", O_NOFOLLOW}, {"O_DIRECTORY", O_DIRECTORY}, {"O_SYNC", O_SYNC},
                {"F_OK", F_OK},           {"R_OK", R_OK},             {"W_OK", W_OK},
                {"X_OK", X_OK},           {"DT_DIR", DT_DIR},         {"DT_REG", DT_REG},
                {"DT_LNK", DT_LNK},       {"DT_UNKNOWN", DT_UNKNOWN}, {"SIGTERM", SIGTERM},
                {"SIGKILL", SIGKILL},     {"SIGINT", SIGINT}};
  for (auto& c : consts) setModuleAttr(m, c.name, tp_int_from_i64(c.value));
}

}  // namespace tp

TP_NATIVE_MODULE(_os, tp::initOsCore)
