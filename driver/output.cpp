// Output files for the driver. The temporary file lives next to the target
// (rename(2) is atomic only within one file system) and gets the mode a
// freshly created file would get (mkstemp makes it 0600; outputs are normally
// 0666 minus the umask).
#include "driver/output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "compiler/base/file_util.h"

namespace taipan::driver {

namespace {

bool writeAll(int fd, std::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

mode_t currentUmask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace

bool writeStdout(std::string_view data, std::string& error) {
  if (data.empty()) return true;
  if (std::fwrite(data.data(), 1, data.size(), stdout) != data.size() || std::fflush(stdout) != 0) {
    error = std::string("cannot write to standard output: ") + std::strerror(errno);
    return false;
  }
  return true;
}

bool writeFileAtomically(const std::string& path, std::string_view data, std::string& error) {
  std::string dir = ".";
  std::string base = path;
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : path.substr(0, slash);
    base = path.substr(slash + 1);
  }
  if (base.empty()) {
    error = "cannot write '" + path + "': is a directory";
    return false;
  }
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    error = "cannot write '" + path + "': is a directory";
    return false;
  }
  std::string tmp;
  int fd;
  if (!makeTempFile(path, tmp, fd, error)) return false;
  bool ok = writeAll(fd, data) && ::fchmod(fd, 0666 & ~currentUmask()) == 0;
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    removeTempFile(tmp);
    error = "cannot write '" + path + "': " + std::strerror(saved);
    return false;
  }
  return replaceFile(tmp, path, error);
}

}  // namespace taipan::driver
