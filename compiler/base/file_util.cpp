// Implementation of replaceFile: rename for regular destinations, copy for
// special files (devices, FIFOs, sockets).
#include "compiler/base/file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace taipan {

namespace {
bool copyInto(const std::string& tmp, const std::string& path, std::string& error) {
  int in = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (in < 0) {
    error = "cannot read '" + tmp + "': " + std::strerror(errno);
    return false;
  }
  int out = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (out < 0) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    ::close(in);
    return false;
  }
  bool ok = true;
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(in, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = "cannot read '" + tmp + "': " + std::strerror(errno), ok = false;
      break;
    }
    for (ssize_t off = 0; off < n && ok;) {
      ssize_t w = ::write(out, buf + off, n - off);
      if (w < 0) {
        if (errno == EINTR) continue;
        error = "cannot write '" + path + "': " + std::strerror(errno), ok = false;
        break;
      }
      off += w;
    }
    if (!ok) break;
  }
  ::close(in);
  if (::close(out) != 0 && ok) error = "cannot write '" + path + "': " + std::strerror(errno), ok = false;
  return ok;
}
}  // namespace

bool replaceFile(const std::string& tmp, const std::string& path, std::string& error) {
  struct stat st;
  bool ok;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    ok = copyInto(tmp, path, error);
  } else {
    ok = ::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) error = "cannot write '" + path + "': " + std::strerror(errno);
  }
  ::unlink(tmp.c_str());
  return ok;
}

}  // namespace taipan
