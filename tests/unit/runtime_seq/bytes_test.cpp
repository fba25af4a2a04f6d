// Unit tests of the binary sequence types and the codecs (runtime/src/
// bytes.cpp, runtime/src/codecs.cpp): bytearray mutation through the dynamic
// operations, bytes/bytearray method results and their types, memoryview
// windows, and the encode/decode error messages. Expected values come from
// CPython 3.11.
#include "taipan/bytes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../../runtime/src/runtime.h"
#include "taipan/int.h"
#include "taipan/ops.h"
#include "taipan/str.h"

namespace {

class Bytes : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TpValue I(int64_t i) { return tp_int_from_i64(i); }
TpValue S(const char* s) { return tp_str_from_cstr(s); }
TpValue B(const std::string& s) { return tp_bytes_new(s.data(), (int64_t)s.size()); }
std::string Repr(TpValue v) { return std::string(tp_str_view(tp_repr(v))); }
TpValue Call(TpValue f, std::vector<TpValue> args) { return tp_call(f, args.data(), (int64_t)args.size(), TP_NULL); }
TpValue Method(TpValue obj, const char* name, std::vector<TpValue> args) {
  return Call(tp_getattr(obj, S(name)), std::move(args));
}
template <class F>
std::string Outcome(F f) {
  try {
    return Repr(f());
  } catch (TpRaised& r) {
    return std::string("!") + tp::typeName(r.exc) + ": " + tp::strString(r.exc);
  }
}

TEST_F(Bytes, ByteArrayMutation) {
  TpValue ba = Call(tp_builtin("bytearray"), {B("hello")});
  Method(ba, "append", {I(33)});
  Method(ba, "insert", {I(0), I(62)});
  tp_setitem(ba, I(1), I(72));
  EXPECT_EQ(Repr(ba), "bytearray(b'>Hello!')");
  EXPECT_EQ(Repr(Method(ba, "pop", {})), "33");
  tp_delitem(ba, I(0));
  ba = tp_binop(ba, B("!!"), TP_BINOP_ADD | TP_BINOP_INPLACE);
  EXPECT_EQ(Repr(ba), "bytearray(b'Hello!!')");
  EXPECT_EQ(Outcome([&] { return Method(ba, "append", {I(256)}); }), "!ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(Outcome([&] { return I(tp::hashValue(ba)); }), "!TypeError: unhashable type: 'bytearray'");
}

TEST_F(Bytes, MethodsKeepTheReceiverType) {
  TpValue ba = Call(tp_builtin("bytearray"), {B("a,b")});
  EXPECT_EQ(Repr(Method(ba, "split", {B(",")})), "[bytearray(b'a'), bytearray(b'b')]");
  EXPECT_EQ(Repr(Method(B("a,b"), "split", {B(",")})), "[b'a', b'b']");
  EXPECT_EQ(Repr(Method(B("abc"), "hex", {S(":")})), "'61:62:63'");
  EXPECT_EQ(Repr(Method(B("it's"), "upper", {})), "b\"IT'S\"");
  EXPECT_EQ(Repr(Call(tp_builtin("bytearray"), {B("it's")})), "bytearray(b\"it\\'s\")");
}

TEST_F(Bytes, MemoryViewWritesThrough) {
  TpValue ba = Call(tp_builtin("bytearray"), {B("abcdef")});
  TpValue mv = Call(tp_builtin("memoryview"), {ba});
  TpValue sub = tp_getitem(mv, tp_slice_new(I(1), I(5), I(2)));
  tp_setitem(sub, I(1), I(90));
  EXPECT_EQ(Repr(ba), "bytearray(b'abcZef')");
  EXPECT_EQ(Repr(Method(sub, "tobytes", {})), "b'bZ'");
  EXPECT_EQ(Outcome([&] { return tp_getitem(sub, I(2)); }), "!IndexError: index out of bounds on dimension 1");
}

TEST_F(Bytes, Codecs) {
  EXPECT_EQ(Repr(Method(S("a\xc3\xa9"), "encode", {S("latin-1")})), "b'a\\xe9'");
  EXPECT_EQ(Repr(Method(S("a\xc3\xa9"), "encode", {S("ascii"), S("xmlcharrefreplace")})), "b'a&#233;'");
  EXPECT_EQ(Outcome([] { return Method(S("a\xc3\xa9"), "encode", {S("ascii")}); }),
            "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in "
            "range(128)");
  EXPECT_EQ(Outcome([] { return Method(B("\xff"), "decode", {}); }),
            "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(Outcome([] { return Method(B("x"), "decode", {S("xyz")}); }), "!LookupError: unknown encoding: xyz");
  EXPECT_EQ(Repr(Method(B("a\xff"), "decode", {S("utf-8"), S("replace")})), "'a\xef\xbf\xbd'");
}

}  // namespace
