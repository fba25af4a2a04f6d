// Internal interface of irgen: the per-module state (ModuleGen: function
// shells, direct-call facts, the work queue) and the per-function generator
// (FuncGen), whose member functions are split by construct over
// ssa.cpp (variables and blocks), stmt.cpp, expr.cpp, func.cpp (defs,
// lambdas, classes, calls), try.cpp (exceptions) and match.cpp (the match
// statement).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ir/builder.h"
#include "compiler/irgen/irgen.h"
#include "compiler/types/types.h"

namespace taipan::irgen {

using ir::BlockId;
using ir::FuncId;
using ir::TypeId;
using ir::ValueId;
using types::Ty;

// The type.is spelling of a typed parameter's run-time test ("int", "float",
// "bool", "list", "str").
const char* typeTestName(Ty t);

// A module function that calls may reach with call.direct, or the __init__
// of a module class (keyed "Class.__init__"; class_name set) that direct
// constructor calls reach (FuncGen::ctorCall).
struct DirectFunc {
  const ast::FunctionDefStmt* node = nullptr;
  size_t def_index = 0;  // index of its def (or class) among the module's top-level statements
  FuncId generic;
  FuncId clone;  // typed clone, invalid if none
  FuncId body;   // with a clone: the generic body ("...$generic"), which the generic entry hands the rest to
  std::vector<Ty> clone_params;
  Ty clone_result = Ty::Object;
  std::string class_name;  // a method: its class (qualname prefix and name mangling)
};

// One function body to generate.
struct FuncTask {
  FuncId fid;
  const ast::Node* node = nullptr;  // FunctionDefStmt, LambdaExpr, GeneratorExp, TypeAliasStmt (its value) or Module
  const sema::Scope* scope = nullptr;
  std::string class_name;       // innermost enclosing class (private name mangling)
  std::vector<Ty> param_types;  // typed clone parameters (empty: all object)
  bool is_clone = false;
  bool is_body = false;  // the generic body of a function with a typed clone (no dispatch of its own)
};

class ModuleGen {
 public:
  ModuleGen(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
            diag::DiagnosticEngine& diags, ir::Module& out);
  bool run();
  void findInlineGenexps(const ast::Node* n);

  // Reports UnsupportedSyntax for `what` at `node` (once per node).
  void unsupported(const ast::Node* node, const std::string& what);
  // Reports UnsupportedSyntax for a construct Taipan will never compile
  // (eval/exec/compile: there is no compiler at run time), saying why.
  void unsupportedForever(const ast::Node* node, const std::string& what, const std::string& why);
  uint32_t lineOf(const ast::Node* n) const { return file_.lineCol(n->range.begin).line; }
  // The source position of `n` for tracebacks, with CPython's caret anchors
  // for a one-line binary operation or subscript.
  ir::SrcPos posOf(const ast::Node* n) const;
  const sema::Scope* scopeOf(const ast::Node* n) const;
  TypeId irType(Ty t);

  // The FuncId of a def/lambda node's generic function, creating its shell
  // (and queueing its body) on first use.
  FuncId functionFor(const ast::Node* node, const std::string& qualname, const std::string& class_name);
  const DirectFunc* direct(std::string_view name) const;
  // The defs a method call `x.<name>(<nargs> arguments)` may call directly
  // under a method.is guard (at most kMaxMethodCandidates, the method
  // cache's entries; abstract stubs that only raise NotImplementedError are
  // left to the generic call), empty when the site stays dynamic.
  static constexpr size_t kMaxMethodCandidates = 4;
  std::vector<const DirectFunc*> methodCandidates(std::string_view name, size_t nargs) const;
  // True when every candidate's clone returns a float (or floatobj): the
  // site's result is then a floatobj on every path (floatobj holds any
  // value, so the dynamic call's result fits too).
  static bool floatMethodResult(const std::vector<const DirectFunc*>& cands);
  // True when the module-level name is bound only by `import module` among
  // the definition-only statements at the top (so it is that module in every
  // function; module code must also be past the import: known_modules_).
  bool isKnownModule(std::string_view name, std::string_view module) const {
    auto it = known_modules_.find(std::string(name));
    return it != known_modules_.end() && it->second.first == module;
  }
  std::map<std::string, std::pair<std::string, size_t>> known_modules_;  // name -> (module, statement index)
  // The instance slot names (`__taipan_slots__`) of each class made by a
  // top-level class statement whose name is bound once. A subclass of one of
  // them (a single base, named) lists its base's names first, as the runtime
  // lays them out, so that the layout pass (decision 0011) knows the slot
  // indexes of inherited and own attributes alike.
  std::map<std::string, std::vector<std::string>> class_slots_;
  // Called by FuncGen when a typed clone returns a value of another type.
  void demoteResult(FuncId clone);

  const ast::Module& module_;
  const sema::ScopeTree& scopes_;
  const SourceFile& file_;
  diag::DiagnosticEngine& diags_;
  ir::Module& out_;
  ir::IRBuilder builder_;
  IrGenOptions options_;
  types::ModuleFacts facts_;
  // Generator expressions that FuncGen::call runs inline (the only argument
  // of sum/any/all/list/tuple/sorted or of "sep".join): they need no cells.
  std::unordered_set<const ast::Node*> inline_genexps_;
  size_t first_exec_index_ = 0;  // first top-level statement that may run user code
  std::unordered_map<const ast::Node*, size_t> top_stmt_index_;  // def and class statements of the module body

  std::map<std::string, DirectFunc, std::less<>> direct_;
  // Module classes whose calls may construct directly: class name -> the
  // direct_ key of the __init__ its instances get (its own or a base's).
  std::map<std::string, std::string, std::less<>> ctor_classes_;
  // Public method names of module classes -> the direct_ keys of the defs
  // of that name (planMethodClones), for guarded direct method calls.
  std::map<std::string, std::vector<std::string>, std::less<>> method_defs_;
  std::unordered_map<const ast::Node*, FuncId> funcs_;
  std::vector<FuncTask> queue_;
  std::set<const ast::Node*> reported_;
  std::set<int32_t> demoted_results_;  // clones whose result must be object (FuncId index)
  // Variables demoted to object, per function, kept across regenerations.
  std::map<int32_t, std::set<std::pair<const sema::Scope*, std::string>>> demoted_vars_;
  bool retry_module_ = false;
  bool failed_ = false;

 private:
  void planDirectCalls();
  void planConstructors();
  void planMethodClones();
  void createShells();
  void inferCloneResults();
};

// Where a name lives, as seen from the code being generated.
struct Storage {
  enum Kind { Ssa, Cell, Closure, Global, ClassLocal } kind = Global;
  int var = -1;  // Ssa / ClassLocal: variable index
  ValueId cell;  // Cell: the cell object
  int closure_index = -1;
  std::string name;  // the (mangled) name
};

// Per-block SSA construction state ("Simple and Efficient Construction of SSA
// Form", Braun et al. 2013, with block arguments instead of phis).
struct BlockSsa {
  std::vector<BlockId> preds;
  bool sealed = false;
  std::unordered_map<int, ValueId> defs;           // current definition of each variable
  std::unordered_map<int, ValueId> start_defs;     // value at block entry (block args / inherited)
  std::vector<std::pair<int, size_t>> incomplete;  // (variable, argument position) while unsealed
  BlockId snapshot_of;  // landing blocks: variable values are those of this block at creation
  size_t scanned = 0;   // instructions already checked for placeholder unwind targets
};

struct LoopCtx {
  BlockId continue_target, break_target;
  size_t cleanup_depth;
};

// Something a `return`/`break`/`continue` leaving a region must do first.
struct Cleanup {
  enum Kind { Try, Finally, Handler, With } kind;
  const ast::TryStmt* try_stmt = nullptr;  // Finally: whose finalbody runs
  size_t eh_depth = 0;                     // EH stack depth outside this region
  ValueId exit_fn;                         // With: the bound __exit__, called with (None, None, None)
  bool async = false;                      // With: `async with` (the call is awaited)
};

struct ClassCtx {
  const sema::Scope* scope;
  ValueId ns;
  bool mapping = false;  // ns came from class.prepare (any mapping): stores go through py.setitem
};

class FuncGen {
 public:
  FuncGen(ModuleGen& m, const FuncTask& task);
  void generate();

  // ---- ssa.cpp ----
  ir::Function& F() { return m_.out_.func(task_.fid); }
  ir::IRBuilder& B() { return m_.builder_; }
  ir::TypeStore& T() { return m_.out_.types; }
  BlockId newBlock();
  void setBlock(BlockId b);  // makes `b` current (flushes pending unwind edges first)
  bool live() const { return cur_.valid(); }
  void seal(BlockId b);
  void br(BlockId dest);
  void condBr(ValueId c, BlockId t, BlockId f);
  void terminate();  // after ret/raise/unreachable: no current block
  int varFor(const sema::Scope* scope, const std::string& name, TypeId type);
  int hiddenVar(TypeId type);
  void writeVar(int var, ValueId v);
  ValueId readVar(int var, BlockId b);
  ValueId readVar(int var) { return readVar(var, cur_); }
  ValueId constNull(TypeId type);
  ValueId coerce(ValueId v, TypeId to);  // box/cast to object, or identity
  // coerce(v, to) placed before the terminator of the finished block `b`;
  // the builder goes back to the current block.
  ValueId coerceBeforeTerminator(BlockId b, ValueId v, TypeId to);
  ValueId toObject(ValueId v) { return coerce(v, T().object()); }
  TypeId typeOf(ValueId v) { return F().value(v).type; }
  Ty tyOf(ValueId v);
  void flushUnwind();
  void pushTry(BlockId handler);
  void popTry();
  void finish();           // trivial block arguments, bound checks, compaction
  // Generic entry of a function with a typed clone: hands over to the clone
  // when the arguments fit, else to the generic body; true when it did
  // (the entry is then complete). irgen.cpp.
  bool dispatchToClone();

  // ---- names (stmt.cpp) ----
  Storage resolve(const std::string& name, const sema::Scope* scope);
  Storage resolveFree(const std::string& name, const sema::Scope* scope);
  std::string mangle(std::string_view name) const;
  ValueId loadName(const std::string& name, const ast::Node* at);
  void storeName(const std::string& name, ValueId v);
  void deleteName(const std::string& name, const ast::Node* at);
  ValueId cellFor(const sema::Scope* scope, const std::string& name);
  bool needsCell(const sema::Scope* scope, const std::string& name) const;
  void createCells(const sema::Scope* scope);

  // ---- statements (stmt.cpp) ----
  void stmts(const ast::StmtList& body);
  void stmt(const ast::Stmt* s);
  void stmtInner(const ast::Stmt* s);
  void assign(const ast::Expr* target, ValueId v);
  void assignHere(const ast::Expr* target, ValueId v);
  void augAssign(const ast::AugAssignStmt* s);
  void ifStmt(const ast::IfStmt* s);
  void loopBodyAndElse(const ast::StmtList& body, const ast::StmtList& orelse, BlockId head, BlockId els, BlockId exit);
  void interruptCheck();  // check.interrupt at a loop back edge
  void whileStmt(const ast::WhileStmt* s);
  void forStmt(const ast::ForStmt* s);
  bool isRangeLoop(const ast::ForStmt* s);
  bool rangeLoop(const ast::ForStmt* s);
  void strLoop(const ast::ForStmt* s, ValueId str);
  void deleteTarget(const ast::Expr* target);
  void importStmt(const ast::Stmt* s);
  void returnStmt(const ast::ReturnStmt* s);
  void jumpOut(BlockId dest, size_t cleanup_depth, std::optional<ValueId> ret);
  void enter(BlockId b);  // seals b and continues there (dead when it has no predecessors)
  void runCleanups(size_t depth);

  // ---- speculated attribute loads (spec.cpp, decision 0056) ----
  // A method whose `self.name` loads ModuleFacts::attr_types predicts is
  // generated twice in one IR function: the speculative copy, where a unit
  // (a simple statement, an if or while test) first peeks at the attributes
  // its side-effect-free prefix loads and tests their types, and the
  // generic copy (today's code), which a failed test lands in at the start
  // of the same unit with every variable converted.
  enum class SpecMode { Off, Spec, Generic };
  void planSpeculation(const ast::StmtList& body);
  void specUnit(const ast::Node* unit);     // Spec: the peeks and tests of a unit
  void joinLanding(const ast::Node* unit);  // Generic: the landing of a unit joins here
  bool landingPending(const ast::Node* unit) const;
  ValueId landingValue(int var, BlockId landing);
  // A unit's speculated loads, in evaluation order: `self.attr`
  // (AttributeExpr) and `name[key]` item loads (SubscriptExpr).
  std::vector<const ast::Expr*> specLoads(const ast::Node* unit);
  ValueId specIndex(const ast::Expr* e, BlockId landing);
  void specCheck(ValueId ok, BlockId landing);
  void specCheckBound(ValueId v, BlockId landing);
  void bindParams();
  void bodyStmts(const ast::StmtList& body);
  SpecMode spec_mode_ = SpecMode::Off;
  int spec_depth_ = 0;  // inside a for, try, with or match statement: no units
  bool spec_planned_ = false;
  std::string self_name_;  // empty: no attribute speculation (not a method)
  std::unordered_map<std::string, types::Ty>
      item_preds_;  // list variables' predicted item types (types::itemListTypes)
  types::FunctionTypes spec_guesses_, generic_guesses_;
  std::unordered_map<const ast::Expr*, ValueId> spec_vals_;           // the current unit's speculated loads
  std::map<const ast::Node*, BlockId> landings_;                      // unit -> the spec copy's failure block
  std::unordered_set<int32_t> landing_blocks_;
  std::set<const ast::Node*> joined_;
  // Each unit's typed peeks (with those it reused), valid from the position
  // after its checks for as long as nothing can change an attribute.
  struct PeekSet {
    BlockId block;
    size_t pos;
    std::map<std::string, ValueId> values;
  };
  std::map<std::string, ValueId> validPeeks();
  std::vector<PeekSet> avail_;  // units whose landing the generic copy has joined
  std::map<std::pair<const sema::Scope*, std::string>, int> spec_vars_;  // the spec copy's variables
  std::unordered_map<int, std::pair<const sema::Scope*, std::string>> generic_keys_;

  // ---- pattern matching (match.cpp) ----
  // Captured names of a case, in order of appearance, with the hidden
  // variable holding each value until the whole pattern has matched.
  using MatchCaptures = std::vector<std::pair<std::string, int>>;
  void matchStmt(const ast::MatchStmt* s);
  void matchPattern(const ast::Pattern* p, ValueId subject, BlockId fail, MatchCaptures& caps);
  void matchCapture(std::string_view name, ValueId v, MatchCaptures& caps);
  void matchCheck(ValueId ok, BlockId fail);

  // ---- exceptions (try.cpp) ----
  void tryStmt(const ast::TryStmt* s);
  ValueId asyncNextItem(ValueId it, BlockId done);
  void asyncForStmt(const ast::ForStmt* s);
  ValueId await(ValueId awaitable);  // yield from awaitable.__await__()
  void exceptStarDispatch(const ast::TryStmt* s);
  BlockId handlerBody(const ast::ExceptHandler* h, ValueId exc);
  void unbindHandlerName(const ast::ExceptHandler* h);
  void withStmt(const ast::WithStmt* s, size_t item, bool async = false);
  void leaveHandlerRegion(BlockId cleanup);
  void raiseStmt(const ast::RaiseStmt* s);
  void assertStmt(const ast::AssertStmt* s);

  // ---- expressions (expr.cpp) ----
  // An expression's value. Its instructions carry its source position (the
  // innermost expression being lowered), as CPython's do.
  ValueId expr(const ast::Expr* e);
  ValueId exprHere(const ast::Expr* e);
  ValueId constant(const ast::Constant& c);
  ValueId binop(ValueId l, ast::BinOpKind op, ValueId r, bool inplace);
  ValueId fusedIntExpr(const ast::BinOpExpr* root);  // invalid ValueId when the shape does not apply
  ValueId unaryop(ast::UnaryOpKind op, ValueId v);
  ValueId compareOne(ValueId l, ast::CmpOpKind op, ValueId r);
  ValueId compare(const ast::CompareExpr* e);
  ValueId boolOp(const ast::BoolOpExpr* e);
  ValueId ifExp(const ast::IfExpExpr* e);
  ValueId truth(ValueId v);
  void cond(const ast::Expr* e, BlockId t, BlockId f);
  ValueId joinValues(const std::vector<std::pair<BlockId, ValueId>>& incoming);
  ValueId subscript(const ast::SubscriptExpr* e);
  ValueId getItem(const ast::SubscriptExpr* e, ValueId obj, ValueId key);
  void setItem(ValueId obj, ValueId key, ValueId v);
  ValueId getAttr(ValueId obj, std::string_view name);
  ValueId attrValue(ValueId v);
  ValueId sliceOrIndex(const ast::Expr* e);
  ValueId sequence(const ast::Expr* e);  // list/tuple/set displays
  static bool foldsToConstant(const ast::Expr* e);
  ValueId dict(const ast::DictExpr* e);
  ValueId fstring(const ast::JoinedStrExpr* e);
  ValueId formatted(const ast::FormattedValueExpr* e);
  ValueId comprehension(const ast::CompExpr* e, int kind);  // kind: 0 list, 1 set, 2 dict
  ValueId genexpCall(const ast::CallExpr* call, const ast::CompExpr* gen, std::string_view builtin);
  ValueId genexp(const ast::CompExpr* e);  // a generator object for a generator expression
  // The inline frame a comprehension's instructions enter once its first
  // iterator exists (0: none); compLoops takes it at index 0.
  uint32_t comp_frame_ = 0;
  void compLoops(const ast::CompExpr* e, size_t index, const std::function<void()>& inner);
  ValueId raiseNew(const std::string& cls, const std::string& message);

  // ---- functions and classes (func.cpp) ----
  ValueId makeFunction(const ast::Node* node, const ast::Arguments* args, const std::string& name);
  ValueId call(const ast::CallExpr* e);
  std::optional<ValueId> directCall(const ast::CallExpr* e);
  ptrdiff_t creatorIndex() const;
  std::optional<ValueId> ctorCall(const ast::CallExpr* e);
  std::optional<ValueId> methodCall(const ast::CallExpr* e);
  int raising_ = 0;  // inside a raise statement's expressions: new blocks are cold
  // Arguments for a direct call of d (its clone when use_clone): each one
  // converted to the parameter type, with a run-time type test that branches
  // to `fail` where the argument's type is not proven. `first` is the index
  // of args[0] among d's parameters (1 when the receiver is passed apart).
  std::vector<ValueId> directArgs(const DirectFunc& d, const std::vector<ValueId>& args, size_t first, bool& use_clone,
                                  BlockId fail);
  std::optional<ValueId> mathCall(const ast::CallExpr* e);
  std::optional<ValueId> listAppendCall(const ast::CallExpr* e);
  std::optional<ValueId> strMethodCall(const ast::CallExpr* e);
  ValueId methodAttr(const ast::AttributeExpr* attr, ValueId obj);
  ValueId typedAs(ValueId v, Ty t);
  void classDef(const ast::ClassDefStmt* s);
  // PEP 695: runs the type-parameter scope inline (scope_ becomes it; the
  // caller restores scope_) and returns the tuple of new type parameters.
  ValueId typeParams(const ast::TypeParamList& params);
  ValueId typingHelper(const char* name);  // a private PEP 695 helper of the typing module
  void typeAlias(const ast::TypeAliasStmt* s);

  ModuleGen& m_;
  FuncTask task_;
  const sema::Scope* scope_;  // scope whose names are being generated (frame, class body or comprehension)
  BlockId cur_;
  std::vector<BlockSsa> ssa_;
  std::vector<TypeId> var_types_;
  std::vector<std::string> var_names_;
  std::map<std::pair<const sema::Scope*, std::string>, int> vars_;
  std::map<std::pair<const sema::Scope*, std::string>, ValueId> cells_;
  std::unordered_map<int, ValueId> null_of_var_;
  std::unordered_map<int32_t, ValueId> nulls_;  // per type
  std::vector<LoopCtx> loops_;
  std::vector<Cleanup> cleanups_;
  std::vector<std::pair<BlockId, BlockId>> eh_;  // (placeholder, handler)
  std::vector<ClassCtx> classes_;
  std::vector<std::string> class_names_;  // for mangling
  ValueId closure_;
  std::string qual_prefix_;  // qualname prefix of defs generated here ("f.<locals>.", "C.")
  types::FunctionTypes guesses_;
  std::set<std::string> float_lists_;              // names hinted to hold lists of floats (types::floatListNames)
  const sema::Scope* comp_outer_scope_ = nullptr;  // scope a comprehension appears in
  // A generator expression's body: the iterator its first loop runs over (`.0`).
  ValueId comp_first_iter_;
  size_t top_index_ = 0;  // module init: index of the top-level statement being generated
  uint32_t line_ = 0;
  bool retry_ = false;
  // Variables demoted to object across regenerations (by scope and name).
  std::set<std::pair<const sema::Scope*, std::string>>* demoted_;
};

}  // namespace taipan::irgen
