// Tests of the runtime-bitcode mechanism (runtime/README.md, "Runtime
// bitcode"): build/lib/taipan_rt.bc holds the fast-path definitions, and the
// recipe codegen follows — link only what the module uses, mark the linked
// definitions available_externally, optimise — inlines them and leaves no
// body behind (so the static runtime's copy is the only symbol).
#include <gtest/gtest.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Linker/Linker.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/SourceMgr.h>

namespace {

std::unique_ptr<llvm::Module> loadRuntimeBitcode(llvm::LLVMContext& ctx) {
  llvm::SMDiagnostic err;
  std::unique_ptr<llvm::Module> m = llvm::parseIRFile(TAIPAN_RT_BC, err, ctx);
  EXPECT_TRUE(m) << err.getMessage().str();
  return m;
}

TEST(bitcode, HoldsTheFastPaths) {
  llvm::LLVMContext ctx;
  auto m = loadRuntimeBitcode(ctx);
  ASSERT_TRUE(m);
  llvm::Function* f = m->getFunction("tp_isinstance_type");
  ASSERT_NE(f, nullptr);
  EXPECT_FALSE(f->isDeclaration());
  EXPECT_TRUE(f->hasExternalLinkage());
}

// The entries ops.def names for the dynamic operations (fastpath.h): each is
// defined in the bitcode and marked always_inline there, since the inliner's
// cost model would refuse them before the operator code is folded.
TEST(bitcode, HoldsTheDynamicFastPaths) {
  llvm::LLVMContext ctx;
  auto m = loadRuntimeBitcode(ctx);
  ASSERT_TRUE(m);
  for (const char* name :
       {"tp_binop_fast", "tp_unaryop_fast", "tp_compare_fast", "tp_compare_str_fast", "tp_truth_fast",
        "tp_getitem_fast", "tp_getitem_fast_pending", "tp_setitem_fast", "tp_next_fast"}) {
    llvm::Function* f = m->getFunction(name);
    ASSERT_NE(f, nullptr) << name;
    EXPECT_FALSE(f->isDeclaration()) << name;
    EXPECT_TRUE(f->hasExternalLinkage()) << name;
    EXPECT_TRUE(f->hasFnAttribute(llvm::Attribute::AlwaysInline)) << name;
    EXPECT_FALSE(f->hasFnAttribute(llvm::Attribute::NoUnwind))
        << name << " must let the slow path's exceptions through";
  }
}

// i64 user_fn(i64 a, i64 b) { return tp_binop_fast(a, b, TP_BINOP_ADD); }
// after codegen's recipe: the fast path is inlined and the out-of-line
// tp_binop remains as the fallback.
TEST(bitcode, DynamicFastPathIsInlined) {
  llvm::LLVMContext ctx;
  auto user = std::make_unique<llvm::Module>("user", ctx);
  auto rt = loadRuntimeBitcode(ctx);
  ASSERT_TRUE(rt);
  user->setDataLayout(rt->getDataLayout());
  user->setTargetTriple(rt->getTargetTriple());
  llvm::IRBuilder<> b(ctx);
  auto* callee_ty = llvm::FunctionType::get(b.getInt64Ty(), {b.getInt64Ty(), b.getInt64Ty(), b.getInt32Ty()}, false);
  llvm::FunctionCallee callee = user->getOrInsertFunction("tp_binop_fast", callee_ty);
  auto* fn_ty = llvm::FunctionType::get(b.getInt64Ty(), {b.getInt64Ty(), b.getInt64Ty()}, false);
  auto* fn = llvm::Function::Create(fn_ty, llvm::Function::ExternalLinkage, "user_fn", *user);
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
  b.CreateRet(b.CreateCall(callee, {fn->getArg(0), fn->getArg(1), b.getInt32(0)}));

  ASSERT_FALSE(llvm::Linker::linkModules(*user, std::move(rt), llvm::Linker::LinkOnlyNeeded));
  for (llvm::Function& f : *user)
    if (!f.isDeclaration() && &f != fn) f.setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);

  llvm::PassBuilder pb;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2).run(*user, mam);

  bool calls_fast = false, calls_slow = false, adds_with_overflow = false;
  for (llvm::BasicBlock& bb : *user->getFunction("user_fn"))
    for (llvm::Instruction& i : bb)
      if (auto* call = llvm::dyn_cast<llvm::CallBase>(&i)) {
        llvm::Function* f = call->getCalledFunction();
        if (!f) continue;
        calls_fast |= f->getName() == "tp_binop_fast";
        calls_slow |= f->getName() == "tp_binop";
        adds_with_overflow |= f->getIntrinsicID() == llvm::Intrinsic::sadd_with_overflow;
      }
  EXPECT_FALSE(calls_fast) << "tp_binop_fast was not inlined";
  EXPECT_TRUE(calls_slow) << "the slow path tp_binop should remain";
  EXPECT_TRUE(adds_with_overflow) << "the small-int add should be inline";
}

TEST(bitcode, LinkedFastPathIsInlined) {
  llvm::LLVMContext ctx;
  auto user = std::make_unique<llvm::Module>("user", ctx);
  auto rt = loadRuntimeBitcode(ctx);
  ASSERT_TRUE(rt);
  user->setDataLayout(rt->getDataLayout());
  user->setTargetTriple(rt->getTargetTriple());

  // bool user(i64 v, ptr t) { return tp_isinstance_type(v, t); }
  llvm::IRBuilder<> b(ctx);
  auto* ptr = llvm::PointerType::get(ctx, 0);
  auto* callee_ty = llvm::FunctionType::get(b.getInt1Ty(), {b.getInt64Ty(), ptr}, false);
  llvm::FunctionCallee callee = user->getOrInsertFunction("tp_isinstance_type", callee_ty);
  auto* fn = llvm::Function::Create(callee_ty, llvm::Function::ExternalLinkage, "user_fn", *user);
  b.SetInsertPoint(llvm::BasicBlock::Create(ctx, "entry", fn));
  b.CreateRet(b.CreateCall(callee, {fn->getArg(0), fn->getArg(1)}));

  ASSERT_FALSE(llvm::Linker::linkModules(*user, std::move(rt), llvm::Linker::LinkOnlyNeeded));
  for (llvm::Function& f : *user) {
    if (f.isDeclaration() || &f == fn) continue;
    f.setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    // clang stamps the build machine's baseline CPU on each function; the
    // inliner refuses callees whose target attributes differ from the
    // caller's, so the imported bodies inherit the caller's instead.
    f.removeFnAttr("target-cpu");
    f.removeFnAttr("target-features");
    f.removeFnAttr("tune-cpu");
  }
  EXPECT_EQ(user->getNamedGlobal("llvm.global.annotations"), nullptr);

  llvm::PassBuilder pb;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2).run(*user, mam);

  bool calls_fast_path = false;
  for (llvm::BasicBlock& bb : *user->getFunction("user_fn"))
    for (llvm::Instruction& i : bb)
      if (auto* call = llvm::dyn_cast<llvm::CallInst>(&i))
        if (call->getCalledFunction() && call->getCalledFunction()->getName() == "tp_isinstance_type")
          calls_fast_path = true;
  EXPECT_FALSE(calls_fast_path) << "tp_isinstance_type was not inlined";
  // The body is gone from the module (available_externally is never emitted).
  llvm::Function* left = user->getFunction("tp_isinstance_type");
  EXPECT_TRUE(left == nullptr || left->isDeclaration() || left->hasAvailableExternallyLinkage());
}

}  // namespace
