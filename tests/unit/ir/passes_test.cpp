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
  EXPECT_EQ(passes::passNames().size(), 4u);
  EXPECT_NE(passes::createPass("layout-spec"), nullptr);
  Module m;
  std::string err;
  EXPECT_FALSE(passes::runPasses(m, "dce,nope", true, err));
  EXPECT_EQ(err, "unknown pass 'nope'");
  EXPECT_TRUE(passes::runPasses(m, passes::defaultPipeline(2), true, err)) << err;
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
