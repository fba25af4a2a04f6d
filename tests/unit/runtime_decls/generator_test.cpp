// Tests of the taipan-runtime-decls tool itself on small fixture headers:
// the ABI kinds it assigns to each kind of C type, the attribute markers, the
// globals it lists, and the hard errors (naming the function and header line)
// for types the compiler cannot pass.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Result {
  int status;
  std::string def;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs the tool on an include directory holding taipan/fixture.h.
Result generate(const std::string& test, const std::string& header) {
  fs::path dir = fs::temp_directory_path() / ("taipan_decls_" + test + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "taipan");
  std::ofstream(dir / "taipan" / "fixture.h") << header;
  std::string cmd = std::string("'") + TAIPAN_RUNTIME_DECLS_TOOL + "' --include-dir '" + dir.string() +
                    "' --resource-dir '" TAIPAN_CLANG_RESOURCE_DIR "' -o '" + (dir / "out.def").string() + "' 2> '" +
                    (dir / "err.txt").string() + "'";
  int rc = std::system(cmd.c_str());
  Result r{WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, slurp(dir / "out.def"), slurp(dir / "err.txt")};
  fs::remove_all(dir);
  return r;
}

const char* kPrelude =
    "#pragma once\n"
    "#include <stdint.h>\n"
    "#include <stdbool.h>\n"
    "#define API extern \"C\" __attribute__((annotate(\"taipan.api\")))\n"
    "#define NORETURN __attribute__((noreturn)) __attribute__((annotate(\"taipan.noreturn\")))\n"
    "#define PURE __attribute__((annotate(\"taipan.pure\")))\n"
    "#define NOTHROW __attribute__((annotate(\"taipan.nothrow\")))\n"
    "typedef uint64_t TpValue;\n"
    "typedef struct TpType TpType;\n";

TEST(Generator, MapsTypesToKinds) {
  Result r = generate("kinds", std::string(kPrelude) +
                                   "enum Color { RED, GREEN };\n"
                                   "typedef TpValue (*Callback)(const TpValue* args, int64_t n);\n"
                                   "API TpValue tp_b(const TpValue* args, int64_t n, Callback cb, TpType* t);\n"
                                   "API bool tp_a(int32_t x, int y, enum Color c, double d, uint64_t u);\n"
                                   "API void tp_c(void);\n"
                                   "void not_api(float f);\n"
                                   "API NORETURN void tp_d(TpValue v);\n"
                                   "API PURE NOTHROW int64_t tp_e(TpValue v);\n"
                                   "API void tp_f(TpValue v) noexcept;\n"
                                   "extern \"C\" struct TpObject { TpType* type; } tp_obj;\n"
                                   "extern \"C\" TpValue tp_word;\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.def.find("TP_RUNTIME_FN(tp_a, I1, (I32, I32, I32, F64, I64), TP_ATTR_NONE)\n"
                       "TP_RUNTIME_FN(tp_b, I64, (Ptr, I64, Ptr, Ptr), TP_ATTR_NONE)\n"
                       "TP_RUNTIME_FN(tp_c, Void, (), TP_ATTR_NONE)\n"
                       "TP_RUNTIME_FN(tp_d, Void, (I64), TP_ATTR_NORETURN)\n"
                       "TP_RUNTIME_FN(tp_e, I64, (I64), TP_ATTR_PURE | TP_ATTR_NOTHROW)\n"
                       "TP_RUNTIME_FN(tp_f, Void, (I64), TP_ATTR_NOTHROW)\n"),
            std::string::npos)
      << r.def;
  EXPECT_EQ(r.def.find("not_api"), std::string::npos);
  EXPECT_NE(r.def.find("TP_RUNTIME_GLOBAL(tp_obj, Opaque)\nTP_RUNTIME_GLOBAL(tp_word, I64)\n"), std::string::npos)
      << r.def;
}

TEST(Generator, RejectsUnsupportedParameterType) {
  Result r = generate("badparam", std::string(kPrelude) + "API void tp_bad(TpValue a, float f);\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("taipan/fixture.h:10: error: runtime function 'tp_bad': unsupported type 'float' of "
                       "parameter 2 'f'"),
            std::string::npos)
      << r.err;
}

TEST(Generator, RejectsStructReturn) {
  Result r =
      generate("badret", std::string(kPrelude) + "struct Pair { int64_t a, b; };\nAPI struct Pair tp_pair(void);\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("fixture.h:11: error: runtime function 'tp_pair': unsupported return type"), std::string::npos)
      << r.err;
}

TEST(Generator, RejectsCxxLinkageAndVariadics) {
  Result r = generate("linkage", std::string(kPrelude) +
                                     "__attribute__((annotate(\"taipan.api\"))) void tp_cxx(TpValue v);\n"
                                     "API void tp_var(TpValue v, ...);\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("'tp_cxx' must have C linkage"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'tp_var' is variadic"), std::string::npos) << r.err;
}

TEST(Generator, ReportsHeadersThatDoNotCompile) {
  Result r = generate("syntax", std::string(kPrelude) + "API void tp_x(UnknownType t);\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("UnknownType"), std::string::npos) << r.err;
}

}  // namespace
