// Tests for replaceFile: regular destinations are replaced atomically by
// rename; special files such as /dev/null keep their identity (a compiler run
// with `-o /dev/null` must never turn /dev/null into a regular file).
#include "compiler/base/file_util.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace {

std::string makeTemp(const std::string& content) {
  char name[] = "/tmp/taipan-file-util-XXXXXX";
  int fd = ::mkstemp(name);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(::write(fd, content.data(), content.size()), static_cast<ssize_t>(content.size()));
  ::close(fd);
  return name;
}

TEST(FileUtil, RenamesOverRegularFile) {
  std::string dest = makeTemp("old");
  std::string tmp = makeTemp("new contents");
  std::string error;
  ASSERT_TRUE(taipan::replaceFile(tmp, dest, error)) << error;
  std::ifstream in(dest);
  std::stringstream ss;
  ss << in.rdbuf();
  EXPECT_EQ(ss.str(), "new contents");
  EXPECT_NE(::access(tmp.c_str(), F_OK), 0);  // the temporary is gone
  ::unlink(dest.c_str());
}

TEST(FileUtil, DevNullStaysACharacterDevice) {
  std::string tmp = makeTemp("discarded");
  std::string error;
  ASSERT_TRUE(taipan::replaceFile(tmp, "/dev/null", error)) << error;
  struct stat st;
  ASSERT_EQ(::stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  EXPECT_NE(::access(tmp.c_str(), F_OK), 0);
}

}  // namespace
