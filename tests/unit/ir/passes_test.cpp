// Unit tests for the verifier's error messages and for the pass pipeline
// (registry, runPasses, each pass on a built function).
#include <gtest/gtest.h>

#include "compiler/ir/builder.h"
#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/passes/pass.h"

namespace taipan::ir {
namespace {

TEST(IrVerifier, ReportsMissingTerminatorAndBadSuccessorArgs) {
  Module m;
  IRBuilder b(m);
  b.createFunction("f", "f", {}, m.types.object());
  BlockId next = b.createBlock();
  b.addBlockArg(next, m.types.intType());
  b.br(next, {});  // missing argument
  b.setInsertPoint(next);
  b.constNone();  // no terminator
  std::vector<std::string> errors;
  EXPECT_FALSE(verify(m, errors));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "@f ^0: br: ^1 takes 1 arguments, given 0");
  EXPECT_EQ(errors[1], "@f ^1: block does not end in a terminator");
}

TEST(IrPasses, RegistryAndPipeline) {
  EXPECT_NE(passes::createPass("dce"), nullptr);
  EXPECT_EQ(passes::createPass("nope"), nullptr);
  EXPECT_EQ(passes::passNames().size(), 5u);
  EXPECT_NE(passes::createPass("layout-spec"), nullptr);
  EXPECT_NE(passes::createPass("range-loop"), nullptr);
  Module m;
  std::string err;
  EXPECT_FALSE(passes::runPasses(m, "dce,nope", true, err));
  EXPECT_EQ(err, "unknown pass 'nope'");
  EXPECT_TRUE(passes::runPasses(m, passes::defaultPipeline(2), true, err)) << err;
}

// `for i in range(n): s += i` as irgen makes it.
constexpr const char* kRangeLoop = R"(module "m" file "m.py" init @f
func @f(%n) -> int [name "f", qualname "f", params (n)] {
^0(%n: int):
  %0: int = const.int 0
  br ^1(%0, %0)
^1(%i: int, %s: int):
  %1: bool = int.lt %i, %n
  cond_br %1, ^2, ^3
^2:
  %2: int = const.int 1
  %3: int = int.add %i, %2
  %4: int = int.add %s, %i
  br ^1(%3, %4)
^3:
  ret %s
}
)";

TEST(IrPasses, RangeLoopGetsACountedCopy) {
  Module m;
  std::string err;
  ASSERT_TRUE(parseModule(kRangeLoop, m, err)) << err;
  ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
  std::string text = printModule(m);
  // The entry tests the stop (the start is a small constant) and enters the
  // copy; the original loop stays for a big stop; the exit block receives
  // the sum from either copy.
  EXPECT_NE(text.find("int.is_small %n"), std::string::npos) << text;
  EXPECT_NE(text.find("int.lt_small"), std::string::npos) << text;
  EXPECT_NE(text.find("int.add_small"), std::string::npos) << text;
  EXPECT_NE(text.find("int.lt %i, %n"), std::string::npos) << text;
  EXPECT_NE(text.find("^3(%s.1: int):\n  ret %s.1"), std::string::npos) << text;
  EXPECT_TRUE(m.functions[0].blocks[1].cold);
}

TEST(IrPasses, RangeLoopGetsAnIndexCopy) {
  // The stop in the index range: the index copy, whose body promises the
  // counter's range; else the counted copy; else the original loop.
  Module m;
  std::string err;
  ASSERT_TRUE(parseModule(kRangeLoop, m, err)) << err;
  ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
  std::string text = printModule(m);
  size_t index = text.find("int.is_index %n"), small = text.find("int.is_small %n");
  ASSERT_NE(index, std::string::npos) << text;
  ASSERT_NE(small, std::string::npos) << text;
  EXPECT_NE(text.find("int.assume_index %i.1"), std::string::npos) << text;
  // The stop is read only by the header: nothing to narrow.
  EXPECT_EQ(text.find("int.narrow"), std::string::npos) << text;
}

TEST(IrPasses, RangeLoopIndexCopyNarrowsOutsideInts) {
  // `s += i * k` reads k from outside the loop: the entry tests it, and the
  // index copy reads it through int.narrow. A constant stop outside the
  // index range leaves only the counted copy.
  std::string src = kRangeLoop;
  src.replace(src.find("func @f(%n)"), 11, "func @f(%n, %k)");
  src.replace(src.find("params (n)"), 10, "params (n, k)");
  src.replace(src.find("^0(%n: int):"), 12, "^0(%n: int, %k: int):");
  src.replace(src.find("  %4: int = int.add %s, %i"), 26, "  %5: int = int.mul %i, %k\n  %4: int = int.add %s, %5");
  Module m;
  std::string err;
  ASSERT_TRUE(parseModule(src, m, err)) << err;
  ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
  std::string text = printModule(m);
  EXPECT_NE(text.find("int.is_index %k"), std::string::npos) << text;
  EXPECT_NE(text.find("= int.narrow %k"), std::string::npos) << text;
  EXPECT_NE(text.find("int.mul %i.1, %k.1"), std::string::npos) << text;

  std::string big = kRangeLoop;
  big.replace(big.find("  br ^1(%0, %0)"), 15, "  %9: int = const.int 268435456\n  br ^1(%0, %0)");
  big.replace(big.find("int.lt %i, %n"), 13, "int.lt %i, %9");
  Module m2;
  ASSERT_TRUE(parseModule(big, m2, err)) << err;
  ASSERT_TRUE(passes::runPasses(m2, "range-loop", true, err)) << err;
  text = printModule(m2);
  EXPECT_EQ(text.find("int.is_index"), std::string::npos) << text;
  EXPECT_NE(text.find("int.lt_small %i.1, %1"), std::string::npos) << text;
}

TEST(IrPasses, RangeLoopWithAStepGetsOnlyAnIndexCopy) {
  // A step of 2: the index copy behind int.is_index of the stop, else the
  // original loop (a small stop would not keep the last step small).
  std::string src = kRangeLoop;
  src.replace(src.find("const.int 1"), 11, "const.int 2");
  Module m;
  std::string err;
  ASSERT_TRUE(parseModule(src, m, err)) << err;
  ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
  std::string text = printModule(m);
  EXPECT_NE(text.find("cond_br %1, ^4(%0, %0), ^1(%0, %0)"), std::string::npos) << text;
  EXPECT_NE(text.find("int.add_small %i.1, %7"), std::string::npos) << text;
  EXPECT_EQ(text.find("int.is_small"), std::string::npos) << text;
}

TEST(IrPasses, RangeLoopWithBreakGetsACopy) {
  // A break to the header's exit block: all three copies pass the sum to
  // the exit on both of their edges into it.
  std::string text = kRangeLoop;
  text.replace(text.find("  br ^1(%3, %4)"), 15, "  cond_br %1, ^1(%3, %4), ^3");
  Module m;
  std::string err;
  ASSERT_TRUE(parseModule(text, m, err)) << err;
  ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
  std::string out = printModule(m);
  EXPECT_NE(out.find("int.lt_small"), std::string::npos) << out;
  EXPECT_NE(out.find("^3(%s.1: int):\n  ret %s.1"), std::string::npos) << out;
  // Six edges enter ^3, each with one argument.
  size_t edges = 0;
  for (size_t at = out.find("^3("); at != std::string::npos; at = out.find("^3(", at + 1)) ++edges;
  EXPECT_EQ(edges, 7u) << out;  // six edges and the block's own header
}

TEST(IrPasses, RangeLoopLeavesOtherLoopsAlone) {
  std::string src = kRangeLoop;
  // A second way out of the loop to a block other than the header's exit,
  // and a step of 0 or of -1 going up: not versioned.
  std::string other_exit = src;
  other_exit.replace(other_exit.find("  br ^1(%3, %4)"), 15, "  cond_br %1, ^1(%3, %4), ^4");
  other_exit.replace(other_exit.rfind("}"), 1, "^4:\n  ret %n\n}");
  std::string step0 = src, wrong_way = src;
  step0.replace(step0.find("const.int 1"), 11, "const.int 0");
  wrong_way.replace(wrong_way.find("const.int 1"), 11, "const.int -1");
  for (const std::string& text : {other_exit, step0, wrong_way}) {
    Module m;
    std::string err;
    ASSERT_TRUE(parseModule(text, m, err)) << err;
    ASSERT_TRUE(passes::runPasses(m, "range-loop", true, err)) << err;
    EXPECT_EQ(printModule(m).find("int.lt_small"), std::string::npos) << printModule(m);
  }
}

TEST(IrPasses, FoldThenSimplifyThenDce) {
  Module m;
  IRBuilder b(m);
  b.createFunction("f", "f", {}, m.types.intType());
  ValueId a = b.constInt(6), c = b.constInt(7);
  ValueId p = b.binary(Op::IntMul, a, c);
  ValueId lt = b.binary(Op::IntLt, p, a);
  BlockId yes = b.createBlock(), no = b.createBlock();
  b.condBr(lt, yes, no);
  b.setInsertPoint(yes);
  b.ret(a);
  b.setInsertPoint(no);
  b.ret(p);
  std::string err;
  ASSERT_TRUE(passes::runPasses(m, "const-fold,simplify-cfg,dce", true, err)) << err;
  EXPECT_EQ(printFunction(m, FuncId(0)),
            "func @0() -> int [name \"f\", qualname \"f\"] {\n"
            "^0:\n"
            "  %0: int = const.int 42\n"
            "  ret %0\n"
            "}\n");
}

}  // namespace
}  // namespace taipan::ir
