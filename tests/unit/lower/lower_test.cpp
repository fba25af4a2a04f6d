// Unit tests of lowering (IR -> LLVM IR) and code generation: small IR
// modules built with ir::IRBuilder are lowered, must pass llvm::verifyModule
// (lowerModule runs it), and the LLVM IR is checked for the shape the ABI
// promises (entries, TpFuncInfo, invokes and landing pads, the inline
// small-int path). Optimisation and object emission run on the results too.
#include "compiler/lower/lower.h"

#include <gtest/gtest.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>

#include <string>

#include "compiler/codegen/codegen.h"
#include "compiler/ir/builder.h"

namespace taipan {
namespace {

using ir::IRBuilder;
using ir::Op;

std::string lowerToText(const ir::Module& m, std::unique_ptr<llvm::Module>* keep = nullptr,
                        llvm::LLVMContext* ctx = nullptr) {
  static llvm::LLVMContext shared;
  llvm::LLVMContext& c = ctx ? *ctx : shared;
  std::string error;
  std::unique_ptr<llvm::Module> lm = lower::lowerModule(m, c, {}, error);
  EXPECT_TRUE(lm) << error;
  if (!lm) return "";
  std::string text;
  llvm::raw_string_ostream os(text);
  lm->print(os, nullptr);
  os.flush();
  if (keep) *keep = std::move(lm);
  return text;
}

// The module `print("hello")`.
ir::Module helloModule() {
  ir::Module m;
  m.name = "__main__";
  m.source_path = "hello.py";
  IRBuilder b(m);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  m.func(m.init).is_module_init = true;
  b.setLine(1);
  ir::ValueId print = b.builtinLoad("print");
  ir::ValueId s = b.constStr("hello");
  b.pyCall(print, {s});
  b.ret(b.constNone());
  return m;
}

TEST(Lower, HelloWorld) {
  std::string text = lowerToText(helloModule());
  EXPECT_NE(text.find("define i64 @__taipan_main_init()"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_module_new"), std::string::npos);
  EXPECT_NE(text.find("@tp_call"), std::string::npos);
  EXPECT_NE(text.find("@tp_builtin"), std::string::npos);
  EXPECT_NE(text.find("c\"hello\\00\""), std::string::npos);
  // The call may raise and has no handler: an invoke whose catch-all
  // landing pad makes the exception pending, then a test of tp_exc_pending
  // (a compiled callee returns its exception pending); both reach the error
  // exit that records the traceback line and returns (decision 0017).
  EXPECT_NE(text.find("invoke i64 @tp_call_pending"), std::string::npos) << text;
  EXPECT_NE(text.find("catch ptr null"), std::string::npos);
  EXPECT_NE(text.find("@tp_pending_catch(ptr %"), std::string::npos);
  EXPECT_NE(text.find("load i64, ptr @tp_exc_pending"), std::string::npos);
  EXPECT_NE(text.find("@tp_pending_traceback(ptr @"), std::string::npos);
  EXPECT_EQ(text.find("cleanup"), std::string::npos);
  EXPECT_EQ(text.find("resume {"), std::string::npos);
  EXPECT_NE(text.find("personality ptr @__gxx_personality_v0"), std::string::npos);
}

TEST(Lower, KeywordCallCachesNames) {
  ir::Module m = helloModule();
  IRBuilder b(m);
  ir::Function& f = m.func(m.init);
  // Insert before the ret: rebuild the block's tail.
  ir::InstId ret = f.blocks[0].insts.back();
  f.blocks[0].insts.pop_back();
  b.setInsertPoint(m.init, ir::BlockId(0));
  ir::ValueId print = b.builtinLoad("print");
  b.pyCall(print, {b.constStr("a"), b.constStr("")}, {"end"});
  f.blocks[0].insts.push_back(ret);
  std::string text = lowerToText(m);
  EXPECT_NE(text.find("__tp_kwnames.0"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_tuple_new"), std::string::npos);
}

// def add(a: int, b: int) -> int: return a + b
ir::Module addModule(Op op) {
  ir::Module m;
  m.name = "__main__";
  m.source_path = "add.py";
  IRBuilder b(m);
  ir::Signature sig;
  sig.params = {"a", "b"};
  ir::TypeId i = m.types.intType();
  ir::FuncId add = b.createFunction("add", "add", sig, i, {i, i});
  ir::Function& f = m.func(add);
  f.symbol = "add";
  ir::ValueId r = b.binary(op, f.params[0], f.params[1]);
  b.ret(r);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  m.func(m.init).is_module_init = true;
  ir::ValueId none = b.constNone();
  ir::ValueId fn = b.funcNew(add, none, none, none);
  b.globalStore("add", fn);
  ir::ValueId x = b.callDirect(add, {b.constInt(2), b.constInt(3)});
  b.globalStore("x", x);
  b.ret(none);
  return m;
}

TEST(Lower, TaggedIntAddInlinesFastPath) {
  std::string text = lowerToText(addModule(Op::IntAdd));
  EXPECT_NE(text.find("@llvm.sadd.with.overflow.i64"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_int_add"), std::string::npos);
  EXPECT_NE(text.find("define internal i64 @add(ptr %0, ptr %1)"), std::string::npos) << text;
  // The last parameter is the caller's recursion depth (decision 0023).
  EXPECT_NE(text.find("define internal i64 @add.direct(ptr %0, i64 %1, i64 %2, i64 %3)"), std::string::npos) << text;
  EXPECT_NE(text.find("@add.info = internal constant %TpFuncInfo"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_func_new(ptr @add.info"), std::string::npos) << text;
  // Small int constants are tagged words: 2 -> 5, 3 -> 7.
  EXPECT_NE(text.find("@add.direct(ptr null, i64 5, i64 7, i64 %"), std::string::npos) << text;
}

// A function that is not cold gets the inline fast paths of the dynamic
// operations (runtime/bitcode/fastpath.cpp), and a module init with a loop
// is not cold.
TEST(Lower, HotCodeUsesFastPaths) {
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  ir::Signature sig;
  sig.params = {"a", "b"};
  ir::TypeId obj = m.types.object();
  ir::FuncId f = b.createFunction("f", "f", sig, obj, {obj, obj});
  m.func(f).symbol = "f";
  b.ret(b.pyBinOp(ir::BinOpKind::Add, m.func(f).params[0], m.func(f).params[1], /*inplace=*/false));
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  m.func(m.init).is_module_init = true;
  ir::BlockId loop = b.createBlock(), done = b.createBlock();
  b.br(loop, {});
  b.setInsertPoint(loop);
  ir::ValueId t = b.pyTruth(b.globalLoad("x"));
  b.condBr(t, loop, {}, done, {});
  b.setInsertPoint(done);
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  EXPECT_NE(text.find("@tp_binop_fast("), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_truth_fast("), std::string::npos) << text;
}

TEST(Lower, TaggedIntOps) {
  for (Op op : {Op::IntSub, Op::IntMul, Op::IntLt, Op::IntEq, Op::IntFloorDiv, Op::IntMod}) {
    ir::Module m = addModule(op);
    if (ir::opInfo(op).result == ir::ResultRule::Bool) {
      // A comparison returns bool: retype the function.
      m.functions[0].result = m.types.boolType();
    }
    std::string text = lowerToText(m);
    EXPECT_FALSE(text.empty()) << ir::opInfo(op).text;
  }
}

TEST(Lower, BigIntConstantIsCached) {
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  b.globalStore("x", b.constInt("1267650600228229401496703205376"));
  b.globalStore("y", b.constInt(-4611686018427387904LL));  // the smallest small int
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  EXPECT_NE(text.find("@tp_const_bigint"), std::string::npos) << text;
  EXPECT_NE(text.find("1267650600228229401496703205376"), std::string::npos);
  EXPECT_NE(text.find("i64 -9223372036854775807"), std::string::npos) << text;  // tagged -2^62
}

// def f(x: float) -> float: return x * 2.0 / x  -- and a loop with block args.
TEST(Lower, FloatsAndLoops) {
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  ir::Signature sig;
  sig.params = {"x", "n"};
  ir::TypeId fl = m.types.floatType();
  ir::TypeId i = m.types.intType();
  ir::FuncId fid = b.createFunction("f", "f", sig, fl, {fl, i});
  ir::ValueId x = m.func(fid).params[0];
  ir::ValueId n = m.func(fid).params[1];
  ir::BlockId head = b.createBlock();
  ir::ValueId acc = b.addBlockArg(head, fl, "acc");
  ir::ValueId k = b.addBlockArg(head, i, "k");
  ir::BlockId body = b.createBlock();
  ir::BlockId exit = b.createBlock();
  b.br(head, {x, b.constInt(0)});
  b.setInsertPoint(head);
  ir::ValueId more = b.binary(Op::IntLt, k, n);
  b.condBr(more, body, {}, exit, {});
  b.setInsertPoint(body);
  ir::ValueId two = b.constFloat(2.0);
  ir::ValueId prod = b.binary(Op::FloatMul, acc, two);
  ir::ValueId q = b.binary(Op::FloatDiv, prod, x);
  ir::ValueId k1 = b.binary(Op::IntAdd, k, b.constInt(1));
  b.br(head, {q, k1});
  b.setInsertPoint(exit);
  b.ret(acc);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  EXPECT_NE(text.find("phi double"), std::string::npos) << text;
  EXPECT_NE(text.find("fmul double"), std::string::npos);
  EXPECT_NE(text.find("fdiv double"), std::string::npos);
  EXPECT_NE(text.find("@tp_float_div"), std::string::npos);
  // The generic entry boxes the float result.
  EXPECT_NE(text.find("@tp_float_box"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_float_unbox"), std::string::npos) << text;
}

// try: raise ValueError except: exc.current; with an unwind edge.
TEST(Lower, RaiseWithHandlerUsesLandingPad) {
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  ir::BlockId handler = b.createBlock();
  ir::BlockId done = b.createBlock();
  b.setLine(3);
  b.setUnwind(handler);
  ir::ValueId cls = b.builtinLoad("ValueError");
  ir::ValueId exc = b.pyCall(cls, {});
  b.raise(exc);
  b.setUnwind({});
  b.setInsertPoint(handler);
  ir::ValueId cur = b.excCurrent();
  b.excPush(cur);
  ir::ValueId matches = b.excMatches(cur, b.builtinLoad("ValueError"));
  ir::BlockId reraise = b.createBlock();
  b.condBr(matches, done, reraise);
  b.setInsertPoint(reraise);
  b.raise();
  b.setInsertPoint(done);
  b.excPop();
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  EXPECT_NE(text.find("catch ptr null"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_pending_land(ptr @"), std::string::npos);
  EXPECT_NE(text.find("invoke void @tp_raise_set"), std::string::npos) << text;
  EXPECT_NE(text.find("@tp_reraise_set"), std::string::npos);
  EXPECT_NE(text.find("@tp_exc_matches"), std::string::npos);
  EXPECT_NE(text.find("@tp_pending_traceback(ptr @"), std::string::npos);
}

TEST(Lower, DynamicOpsAndContainers) {
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  ir::ValueId one = b.box(b.constInt(1));
  ir::ValueId l = b.listNew({one, b.constStr("x")});
  ir::ValueId t = b.tupleNew({one});
  ir::ValueId d = b.dictNew({b.constStr("k"), one});
  ir::ValueId s = b.setNew({one});
  b.pySetItem(d, b.constStr("l"), l);
  ir::ValueId sum = b.pyBinOp(ir::BinOpKind::Add, one, one, /*inplace=*/true);
  ir::ValueId cmp = b.pyCompare(ir::CmpKind::Lt, sum, one);
  ir::ValueId truth = b.pyTruth(cmp);
  ir::ValueId boxed = b.box(truth);
  b.globalStore("t", b.pyGetAttr(t, "count"));
  b.globalStore("s", b.strJoin({b.pyStr(s), b.pyRepr(boxed)}));
  ir::ValueId un = b.pyUnpack(t, 1);
  b.globalStore("u", un);
  ir::ValueId it = b.pyIter(l);
  b.globalStore("n", b.pyNext(it));
  b.globalStore("g", b.globalLoad("n"));
  ir::ValueId cell = b.cellNew(one);
  b.cellSet(cell, one);
  b.globalStore("c", b.cellGet(cell, "v"));
  b.checkBound(one, "v");
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  // Straight-line module code is cold (decision 0021): the dynamic
  // operations call the runtime's out-of-line functions.
  for (const char* fn :
       {"@tp_list_new", "@tp_tuple_new", "@tp_dict_new", "@tp_dict_setitem", "@tp_set_display", "@tp_setitem(",
        "@tp_binop(", "@tp_compare(", "@tp_truth(", "@tp_getattr_ic_slow(", "@tp_str_concat", "@tp_unpack", "@tp_iter",
        "@tp_next(", "@tp_global_load", "@tp_global_store", "@tp_cell_new", "@tp_cell_get", "@tp_raise_unbound_local"})
    EXPECT_NE(text.find(fn), std::string::npos) << fn << "\n" << text;
  EXPECT_EQ(text.find("@tp_binop_fast("), std::string::npos) << text;
  // In-place add: TP_BINOP_INPLACE (64) | TP_BINOP_ADD (0).
  EXPECT_NE(text.find("i32 64)"), std::string::npos) << text;
}

TEST(Lower, ListIndexingReadsBothStorageKinds) {
  // list.getitem / list.setitem test the kind word (TpList +0x20): OBJECT
  // items are words, BOOL items are bytes read as True/False; a store of a
  // bool into BOOL storage writes the byte.
  ir::Module m;
  m.name = "__main__";
  IRBuilder b(m);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  ir::ValueId one = b.box(b.constInt(1));
  ir::ValueId l = b.listNew({b.box(b.constBool(true))});
  b.globalStore("x", b.emit(Op::ListGetItem, m.types.object(), {l, one}));
  b.emit(Op::ListSetItem, {}, {l, one, b.box(b.constBool(false))});
  b.ret(b.constNone());
  std::string text = lowerToText(m);
  for (const char* s : {"getelementptr i64, ptr %", "i64 4", "list.get.obj", "list.get.bool", "list.set.obj",
                        "list.set.bool", "load i8", "store i8", "@tp_getitem_pending(", "@tp_setitem("})
    EXPECT_NE(text.find(s), std::string::npos) << s << "\n" << text;
}

TEST(Codegen, OptimizeAndEmitObject) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> lm;
  lowerToText(addModule(Op::IntAdd), &lm, &ctx);
  ASSERT_TRUE(lm);
  std::string error;
  codegen::CodegenOptions opts;
  std::unique_ptr<llvm::TargetMachine> tm = codegen::createTargetMachine(opts, error);
  ASSERT_TRUE(tm) << error;
  EXPECT_EQ(tm->getTargetCPU().str(), "x86-64");
  codegen::optimizeModule(*lm, *tm, opts);
  llvm::SmallVector<char, 0> obj;
  ASSERT_TRUE(codegen::emitToBuffer(*lm, *tm, codegen::FileKind::Object, obj, error)) << error;
  ASSERT_GT(obj.size(), 4u);
  EXPECT_EQ(std::string(obj.data(), 4),
            "\x7f"
            "ELF");
  llvm::SmallVector<char, 0> asm_text;
  ASSERT_TRUE(codegen::emitToBuffer(*lm, *tm, codegen::FileKind::Assembly, asm_text, error)) << error;
  EXPECT_NE(std::string(asm_text.begin(), asm_text.end()).find("__taipan_main_init"), std::string::npos);
}

TEST(Codegen, AllLevels) {
  for (int level = 0; level <= 3; ++level) {
    llvm::LLVMContext ctx;
    std::unique_ptr<llvm::Module> lm;
    lowerToText(helloModule(), &lm, &ctx);
    ASSERT_TRUE(lm);
    std::string error;
    codegen::CodegenOptions opts;
    opts.opt_level = level;
    auto tm = codegen::createTargetMachine(opts, error);
    ASSERT_TRUE(tm) << error;
    codegen::optimizeModule(*lm, *tm, opts);
    EXPECT_TRUE(lm->getFunction("__taipan_main_init")) << level;
  }
}

// A generator `def g(n): x = yield n; return x` and a module that defines it.
ir::Module generatorModule() {
  ir::Module m;
  m.name = "__main__";
  m.source_path = "g.py";
  IRBuilder b(m);
  b.setLine(1);
  ir::Signature sig;
  sig.params = {"n"};
  ir::FuncId g = b.createFunction("g", "g", sig, m.types.object());
  m.func(g).is_generator = true;
  b.emit(Op::GenStart, {}, {});
  b.setLine(2);
  ir::ValueId x = b.emit(Op::GenYield, {}, {m.func(g).params[0]});
  b.setLine(3);
  b.ret(x);
  m.init = b.createFunction("<module>", "<module>", {}, m.types.noneType());
  m.func(m.init).is_module_init = true;
  ir::ValueId none = b.constNone();
  b.globalStore("g", b.funcNew(g, none, none, none));
  b.ret(b.constNone());
  return m;
}

// A generator is a presplit switch-resumed coroutine with a GC frame; the
// coroutine passes split it at every level, -O0 included.
TEST(Lower, GeneratorIsCoroutine) {
  std::string text = lowerToText(generatorModule());
  for (const char* s : {"presplitcoroutine", "@llvm.coro.id(", "@llvm.coro.begin(", "@llvm.coro.suspend(",
                        "@tp_gc_malloc(", "@tp_gen_new(", "@tp_gen_yield(", "@tp_gen_resumed(", "@tp_gen_return(",
                        "define internal void @__tp_gen_resume(ptr", "@llvm.coro.resume("})
    EXPECT_NE(text.find(s), std::string::npos) << s << "\n" << text;
  for (int level : {0, 2}) {
    llvm::LLVMContext ctx;
    std::unique_ptr<llvm::Module> lm;
    lowerToText(generatorModule(), &lm, &ctx);
    ASSERT_TRUE(lm);
    std::string error;
    codegen::CodegenOptions opts;
    opts.opt_level = level;
    auto tm = codegen::createTargetMachine(opts, error);
    ASSERT_TRUE(tm) << error;
    codegen::optimizeModule(*lm, *tm, opts);
    std::string out;
    llvm::raw_string_ostream os(out);
    lm->print(os, nullptr);
    os.flush();
    EXPECT_EQ(out.find("@llvm.coro.suspend("), std::string::npos) << level << "\n" << out;
    EXPECT_EQ(out.find("presplitcoroutine"), std::string::npos) << level;
  }
}

// Hardened output: every function lowering defines is sspstrong.
TEST(Lower, StackProtector) {
  std::string text = lowerToText(helloModule());
  EXPECT_NE(text.find("sspstrong"), std::string::npos) << text;
}

// -g: a compile unit for the module, a subprogram named by the Python
// qualified name, the Python line on the instructions; none without -g.
TEST(Lower, DebugInfo) {
  ir::Module m = helloModule();
  {
    IRBuilder b(m);
    ir::FuncId f = b.createFunction("meth", "Box.meth", {}, m.types.noneType());
    m.func(f).line = 7;
    b.setLine(8);
    b.ret(b.constNone());
  }
  llvm::LLVMContext ctx;
  std::string error;
  lower::LowerOptions opts;
  opts.debug_info = true;
  std::unique_ptr<llvm::Module> lm = lower::lowerModule(m, ctx, opts, error);
  ASSERT_TRUE(lm) << error;
  std::string text;
  llvm::raw_string_ostream os(text);
  lm->print(os, nullptr);
  os.flush();
  EXPECT_NE(text.find("!DICompileUnit(language: DW_LANG_Python"), std::string::npos) << text;
  EXPECT_NE(text.find("producer: \"taipan\""), std::string::npos) << text;
  EXPECT_NE(text.find("!DIFile(filename: \"hello.py\", directory: \".\")"), std::string::npos) << text;
  EXPECT_NE(text.find("!DISubprogram(name: \"<module>\""), std::string::npos) << text;
  EXPECT_NE(text.find("!DISubprogram(name: \"Box.meth\""), std::string::npos) << text;
  EXPECT_NE(text.find("!DILocation(line: 8"), std::string::npos) << text;
  EXPECT_EQ(lowerToText(helloModule()).find("!DICompileUnit"), std::string::npos);
}

}  // namespace
}  // namespace taipan
