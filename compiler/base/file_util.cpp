// Implementation of replaceFile (rename for regular destinations, copy for
// special files: devices, FIFOs, sockets) and of the temporary-file registry
// the interrupt handler cleans up. The registry is a fixed table of slots, so
// the handler reads it without allocating or locking; writers take a mutex
// (object files are emitted by several threads).
#include "compiler/base/file_util.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <mutex>
#include <vector>

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

namespace {

constexpr int kTempSlots = 64;
struct TempSlot {
  std::atomic<bool> used{false};
  char path[PATH_MAX];
};
TempSlot g_temps[kTempSlots];
std::mutex g_temps_mutex;
std::atomic<pid_t> g_child{0};

void registerTemp(const std::string& tmp) {
  if (tmp.size() >= PATH_MAX) return;
  std::lock_guard<std::mutex> lock(g_temps_mutex);
  for (TempSlot& slot : g_temps) {
    if (slot.used.load()) continue;
    std::memcpy(slot.path, tmp.c_str(), tmp.size() + 1);
    slot.used.store(true);
    return;
  }
}

void unregisterTemp(const std::string& tmp) {
  std::lock_guard<std::mutex> lock(g_temps_mutex);
  for (TempSlot& slot : g_temps)
    if (slot.used.load() && tmp == slot.path) {
      slot.used.store(false);
      return;
    }
}

void onInterrupt(int sig) {
  abandonOutputs(sig);
  // SA_RESETHAND restored the default action: die of the same signal.
  ::raise(sig);
}

}  // namespace

bool makeTempFile(const std::string& path, std::string& tmp, int& fd, std::string& error) {
  size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  std::string tmpl = dir + "/." + base + ".tmp-XXXXXX";
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  // Block the interrupt signals between creating and registering the file.
  sigset_t block, old;
  sigemptyset(&block);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&block, sig);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  fd = ::mkostemp(name.data(), O_CLOEXEC);
  int saved = errno;
  if (fd >= 0) registerTemp(name.data());
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (fd < 0) {
    error = "cannot write '" + path + "': " + std::strerror(saved);
    return false;
  }
  tmp = name.data();
  return true;
}

void removeTempFile(const std::string& tmp) {
  ::unlink(tmp.c_str());
  unregisterTemp(tmp);
}

void installInterruptCleanup() {
  struct sigaction sa {};
  sa.sa_handler = onInterrupt;
  sa.sa_flags = SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    // An ignored signal (nohup, a background job) stays ignored.
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    ::sigaction(sig, &sa, nullptr);
  }
}

void setWaitedChild(pid_t pid) { g_child.store(pid); }

void abandonOutputs(int sig) {
  // The child leads its own process group (codegen's linkExecutable):
  // signal the group, so the linker clang started stops too.
  if (pid_t child = g_child.exchange(0); child > 0) {
    ::kill(-child, sig);
    ::waitpid(child, nullptr, 0);
    // The linker clang started may still be finishing (renaming its own
    // temporary over ours): wait, for at most two seconds, until nothing
    // of the group is left.
    for (int i = 0; i < 200 && ::kill(-child, 0) == 0; ++i) {
      struct timespec ts {
        0, 10 * 1000 * 1000
      };
      ::nanosleep(&ts, nullptr);
    }
  }
  for (TempSlot& slot : g_temps)
    if (slot.used.exchange(false)) ::unlink(slot.path);
}

bool replaceFile(const std::string& tmp, const std::string& path, std::string& error) {
  struct stat st;
  bool ok;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    ok = copyInto(tmp, path, error);
  } else {
    ok = ::rename(tmp.c_str(), path.c_str()) == 0;
    if (!ok) error = "cannot write '" + path + "': " + std::strerror(errno);
  }
  removeTempFile(tmp);
  return ok;
}

bool isFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isDirectory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isExecutable(const std::string& path) { return isFile(path) && ::access(path.c_str(), X_OK) == 0; }

bool readLines(const std::string& path, std::vector<std::string>& lines) {
  std::FILE* f = std::fopen(path.c_str(), "r");
  if (!f) return false;
  std::string line;
  for (int c; (c = std::fgetc(f)) != EOF;) {
    if (c != '\n') {
      line += static_cast<char>(c);
      continue;
    }
    lines.push_back(std::move(line));
    line.clear();
  }
  if (!line.empty()) lines.push_back(std::move(line));
  std::fclose(f);
  return true;
}

}  // namespace taipan
