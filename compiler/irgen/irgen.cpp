// The irgen driver: module facts and direct-call planning (module functions
// and the __init__ of module classes, decision 0032), function shells
// (signature, qualname, typed clones of module functions with int/float/bool
// annotated parameters), the work queue that generates each function body,
// and the regeneration loops: a function is regenerated when one of its
// variables had to be demoted to object, the module when a typed clone's
// guessed result type was contradicted.
#include <cctype>
#include <deque>

#include "compiler/ast/visit.h"
#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

ModuleGen::ModuleGen(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
                     diag::DiagnosticEngine& diags, ir::Module& out)
    : module_(module), scopes_(scopes), file_(file), diags_(diags), out_(out), builder_(out) {}

void ModuleGen::unsupported(const Node* node, const std::string& what) {
  failed_ = true;
  if (!reported_.insert(node).second) return;
  diags_.report(diag::Kind::UnsupportedSyntax, &file_, node->range, "'" + what + "' is not supported yet");
}

void ModuleGen::unsupportedForever(const Node* node, const std::string& what, const std::string& why) {
  failed_ = true;
  if (!reported_.insert(node).second) return;
  diags_.report(diag::Kind::UnsupportedSyntax, &file_, node->range, "'" + what + "' is not supported (" + why + ")");
}

ir::SrcPos ModuleGen::posOf(const ast::Node* n) const {
  ir::SrcPos p;
  LineCol b = file_.lineCol(n->range.begin), e = file_.lineCol(n->range.end);
  p.line = b.line;
  p.col = b.byte_column;
  p.end_line = e.line;
  p.end_col = e.byte_column;
  if (b.line != e.line) return p;
  // The anchors of traceback carets, as CPython 3.11's traceback module
  // finds them (it re-parses the line segment): a binary operator is the
  // first one or two non-space characters after the left operand (one when
  // a space follows), moved past spaces, ')' and '#'; a subscript's are its
  // brackets.
  std::string_view text = file_.text();
  uint32_t line_start = n->range.begin - b.byte_column, seg_end = n->range.end;
  auto at = [&](uint32_t offset) { return offset < seg_end ? text[offset] : '\0'; };
  auto space = [](char c) { return c && std::isspace(static_cast<unsigned char>(c)); };
  uint32_t lo, hi;
  if (const auto* bin = ast::dyn_cast<ast::BinOpExpr>(n)) {
    uint32_t from = bin->left->range.end, to = bin->right->range.begin;
    if (to < from || from < n->range.begin || to > seg_end) return p;
    uint32_t skip = 0;
    while (from + skip < to && space(text[from + skip])) ++skip;
    lo = from + skip;
    hi = lo + 1;
    if (skip + 1 < to - from && !space(text[from + skip + 1])) ++hi;
    while (lo < seg_end && (space(at(lo)) || at(lo) == ')' || at(lo) == '#')) ++lo, ++hi;
  } else if (const auto* sub = ast::dyn_cast<ast::SubscriptExpr>(n)) {
    lo = sub->value->range.end;
    while (lo < seg_end && at(lo) != '[') ++lo;
    hi = sub->slice->range.end + 1;
    while (hi < seg_end && at(hi) != ']') ++hi;
    if (hi < seg_end) ++hi;
  } else {
    return p;
  }
  p.anchor_lo = lo - line_start;
  p.anchor_hi = hi - line_start;
  return p;
}

const sema::Scope* ModuleGen::scopeOf(const Node* n) const {
  auto it = scopes_.scope_of.find(n);
  return it == scopes_.scope_of.end() ? nullptr : it->second;
}

TypeId ModuleGen::irType(Ty t) {
  switch (t) {
    case Ty::Int:
      return out_.types.intType();
    case Ty::Float:
      return out_.types.floatType();
    case Ty::FloatObj:
      return out_.types.floatObjType();
    case Ty::List:
      return out_.types.get(ir::TypeKind::List);
    case Ty::Bool:
      return out_.types.boolType();
    case Ty::Str:
      return out_.types.strType();
    default:
      return out_.types.object();
  }
}

const char* typeTestName(Ty t) {
  switch (t) {
    case Ty::Int:
      return "int";
    case Ty::Float:
      return "float";
    case Ty::List:
      return "list";
    case Ty::Str:
      return "str";
    default:
      return "bool";
  }
}

const DirectFunc* ModuleGen::direct(std::string_view name) const {
  auto it = direct_.find(name);
  return it == direct_.end() ? nullptr : &it->second;
}

void ModuleGen::demoteResult(FuncId clone) {
  if (demoted_results_.insert(clone.index).second) retry_module_ = true;
  for (auto& [name, d] : direct_)
    if (d.clone == clone) d.clone_result = Ty::Object;
}

namespace {

ir::Signature signatureOf(const Arguments* a) {
  ir::Signature sig;
  if (!a) return sig;
  for (Arg* p : a->posonlyargs) sig.params.emplace_back(p->arg);
  for (Arg* p : a->args) sig.params.emplace_back(p->arg);
  for (Arg* p : a->kwonlyargs) sig.params.emplace_back(p->arg);
  sig.posonly = a->posonlyargs.size();
  sig.kwonly = a->kwonlyargs.size();
  if (a->vararg) sig.params.emplace_back(a->vararg->arg), sig.varargs = true;
  if (a->kwarg) sig.params.emplace_back(a->kwarg->arg), sig.varkw = true;
  return sig;
}

bool isConstantExpr(const Expr* e) {
  if (isa<ConstantExpr>(e)) return true;
  if (auto* u = dyn_cast<UnaryOpExpr>(e)) return isConstantExpr(u->operand);
  if (auto* s = dyn_cast<SequenceExpr>(e)) {
    for (Expr* x : s->elts)
      if (!isConstantExpr(x)) return false;
    return true;
  }
  return false;
}

// True when running the top-level statement cannot call user code.
bool definitionOnly(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::FunctionDef: {
      auto* f = cast<FunctionDefStmt>(s);
      if (!f->decorator_list.empty() || !f->type_params.empty()) return false;  // bounds may run code
      for (Expr* d : f->args->defaults)
        if (!isConstantExpr(d)) return false;
      for (Expr* d : f->args->kw_defaults)
        if (d && !isConstantExpr(d)) return false;
      return true;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom:
    case NodeKind::Pass:
      return true;
    case NodeKind::Expr:
      return isa<ConstantExpr>(cast<ExprStmt>(s)->value);
    case NodeKind::Assign:
    case NodeKind::AnnAssign: {
      const Expr* v = s->kind == NodeKind::Assign ? cast<AssignStmt>(s)->value : cast<AnnAssignStmt>(s)->value;
      return !v || isConstantExpr(v);
    }
    default:
      return false;
  }
}

// The parameter types of a def's typed clone: int/float/bool annotations,
// object for the rest, for `self` of a method and for parameters that live
// in a cell. Empty when nothing would be unboxed (no clone).
// keep_untyped: a clone even when no parameter is typed (a method whose
// result is annotated int, float or bool: its callers may take the result
// unboxed).
std::vector<Ty> cloneParams(const Arguments* a, const sema::Scope* scope, bool method, bool keep_untyped = false) {
  std::vector<Ty> params;
  for (Arg* p : a->posonlyargs) params.push_back(types::annotationType(p->annotation));
  for (Arg* p : a->args) params.push_back(types::annotationType(p->annotation));
  if (method && !params.empty()) params[0] = Ty::Object;
  bool any_typed = false;
  for (size_t k = 0; k < params.size(); ++k) {
    std::string pname(k < a->posonlyargs.size() ? a->posonlyargs[k]->arg : a->args[k - a->posonlyargs.size()]->arg);
    const sema::Symbol* sym = scope->lookup(pname);
    if (sym && sym->binding == sema::Binding::Cell) params[k] = Ty::Object;
    any_typed |= params[k] != Ty::Object;
  }
  if (!any_typed && !keep_untyped) params.clear();
  return params;
}

// How many top-level class statements bind each name.
std::map<std::string, int> classStatementCounts(const StmtList& body) {
  std::map<std::string, int> counts;
  for (const Stmt* st : body)
    if (auto* c = dyn_cast<ClassDefStmt>(st)) ++counts[std::string(c->name)];
  return counts;
}

}  // namespace

void ModuleGen::findInlineGenexps(const ast::Node* n) {
  if (auto* c = dyn_cast<CallExpr>(n);
      c && c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == NodeKind::GeneratorExp) {
    bool inl = false;
    if (auto* name = dyn_cast<NameExpr>(c->func))
      inl = facts_.isBuiltin(name->id) && (name->id == "sum" || name->id == "any" || name->id == "all" ||
                                           name->id == "list" || name->id == "tuple" || name->id == "sorted");
    if (auto* attr = dyn_cast<AttributeExpr>(c->func); attr && attr->attr == "join")
      if (auto* k = dyn_cast<ConstantExpr>(attr->value); k && k->value.kind == Constant::Kind::Str) inl = true;
    if (inl) inline_genexps_.insert(c->args[0]);
  }
  forEachChild(n, [&](const Node* c) { findInlineGenexps(c); });
}

void ModuleGen::planDirectCalls() {
  const StmtList& body = module_.body;
  first_exec_index_ = body.size();
  for (size_t i = 0; i < body.size(); ++i)
    if (isa<FunctionDefStmt>(body[i]) || isa<ClassDefStmt>(body[i])) top_stmt_index_[body[i]] = i;
  for (size_t i = 0; i < body.size(); ++i)
    if (!definitionOnly(body[i])) {
      first_exec_index_ = i;
      break;
    }
  for (size_t i = 0; i < first_exec_index_; ++i)
    if (auto* imp = dyn_cast<ImportStmt>(body[i]))
      for (Alias* a : imp->names) {
        if (a->name.find('.') != std::string_view::npos) continue;
        std::string name(a->asname.empty() ? a->name : a->asname);
        auto it = facts_.bindings.find(name);
        if (it != facts_.bindings.end() && it->second == 1 && !facts_.has_star_import && !facts_.uses_dynamic_namespace)
          known_modules_[name] = {std::string(a->name), i};
      }
  for (size_t i = 0; i < body.size(); ++i) {
    auto* f = dyn_cast<FunctionDefStmt>(body[i]);
    if (!f || f->kind != NodeKind::FunctionDef || !f->decorator_list.empty()) continue;
    if (!facts_.boundOnlyBy(f->name)) continue;
    const sema::Scope* scope = scopeOf(f);
    if (!scope || scope->is_generator || scope->is_coroutine || scope->has_free) continue;
    const Arguments* a = f->args;
    if (a->vararg || a->kwarg || !a->kwonlyargs.empty()) continue;
    DirectFunc d;
    d.node = f;
    d.def_index = i;
    // A result annotated int, float or bool asks for a clone even without a
    // typed parameter: its result may be inferred (never taken from the
    // annotation), as for methods.
    Ty ret = types::annotationType(f->returns);
    d.clone_params = cloneParams(a, scope, false, ret == Ty::Float || ret == Ty::Int || ret == Ty::Bool);
    direct_[std::string(f->name)] = d;
  }
  planConstructors();
  planMethodClones();
}

// Classes defined by a top-level class statement (no decorators, keywords
// or type parameters; the name defined once) whose __init__ is a plain def
// of the class body, or inherited from the one base when that is such a
// class and the body binds no __init__. Calls of the class name may then
// construct directly (FuncGen::ctorCall); the run-time guard (ctor.new)
// checks that the called object is a class whose constructor memo holds a
// function of that def, so nothing here needs to be proven about rebinding.
void ModuleGen::planConstructors() {
  const StmtList& body = module_.body;
  std::map<std::string, int> class_stmts = classStatementCounts(body);
  for (size_t i = 0; i < body.size(); ++i) {
    auto* c = dyn_cast<ClassDefStmt>(body[i]);
    if (!c || !c->keywords.empty() || !c->decorator_list.empty() || !c->type_params.empty()) continue;
    std::string cname(c->name);
    if (class_stmts[cname] != 1 || facts_.has_star_import) continue;
    const sema::Scope* cls_scope = scopeOf(c);
    if (!cls_scope) continue;
    const FunctionDefStmt* init = nullptr;
    for (const Stmt* st : c->body)
      if (auto* f = dyn_cast<FunctionDefStmt>(st); f && f->kind == NodeKind::FunctionDef && f->name == "__init__")
        init = f;
    if (!init) {
      const sema::Symbol* sym = cls_scope->lookup("__init__");
      if (sym && sym->binding == sema::Binding::Local) continue;
      if (c->bases.size() != 1) continue;
      auto* base = dyn_cast<NameExpr>(c->bases[0]);
      if (!base) continue;
      auto it = ctor_classes_.find(base->id);
      if (it != ctor_classes_.end()) ctor_classes_[cname] = it->second;
      continue;
    }
    if (!init->decorator_list.empty() || !init->type_params.empty()) continue;
    const Arguments* a = init->args;
    if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || a->posonlyargs.size() + a->args.size() == 0) continue;
    const sema::Scope* scope = scopeOf(init);
    if (!scope || scope->is_generator || scope->is_coroutine) continue;
    // No closure (super() makes a __class__ one): the direct entry is
    // called without its function object.
    bool free = false;
    for (const sema::Symbol& sym : scope->symbols) free |= sym.binding == sema::Binding::Free;
    if (free) continue;
    DirectFunc d;
    d.node = init;
    d.def_index = i;
    d.class_name = cname;
    d.clone_params = cloneParams(a, scope, true);
    std::string key = cname + ".__init__";
    direct_[key] = d;
    ctor_classes_[cname] = key;
  }
}

// Methods of top-level classes (a plain def in the class body, not
// __init__, which planConstructors handles, with positional parameters
// only and no closure) get a direct entry, and those with a parameter other
// than self annotated int, float or bool a typed clone too. Their generic
// entry tests the arguments and hands over (dispatchToClone), which is what
// dynamic method calls reach; a method call site whose name is one of them
// calls the direct entry or the clone under a run-time guard
// (FuncGen::methodCall, method.is).
void ModuleGen::planMethodClones() {
  const StmtList& body = module_.body;
  std::map<std::string, int> class_stmts = classStatementCounts(body);
  for (size_t i = 0; i < body.size(); ++i) {
    auto* c = dyn_cast<ClassDefStmt>(body[i]);
    if (!c || !c->decorator_list.empty() || !c->type_params.empty()) continue;
    std::string cname(c->name);
    if (class_stmts[cname] != 1) continue;
    std::map<std::string, int> defs;
    for (const Stmt* st : c->body)
      if (auto* f = dyn_cast<FunctionDefStmt>(st)) ++defs[std::string(f->name)];
    for (const Stmt* st : c->body) {
      auto* f = dyn_cast<FunctionDefStmt>(st);
      if (!f || f->kind != NodeKind::FunctionDef || !f->decorator_list.empty() || !f->type_params.empty()) continue;
      if (f->name == "__init__" || defs[std::string(f->name)] != 1) continue;
      const Arguments* a = f->args;
      if (a->vararg || a->kwarg || !a->kwonlyargs.empty() || a->posonlyargs.size() + a->args.size() < 1) continue;
      const sema::Scope* scope = scopeOf(f);
      if (!scope || scope->is_generator || scope->is_coroutine || scope->has_free) continue;
      std::string key = cname + "." + std::string(f->name);
      if (direct_.count(key)) continue;
      DirectFunc d;
      d.node = f;
      d.def_index = i;
      d.class_name = cname;
      Ty ret = types::annotationType(f->returns);
      d.clone_params = cloneParams(a, scope, true, ret == Ty::Float || ret == Ty::Int || ret == Ty::Bool);
      direct_[key] = d;
      // A private name is stored mangled (_C__m); call sites spell it
      // mangled by their own class, so only public names are matched.
      std::string_view fname = f->name;
      bool private_name = fname.size() > 2 && fname.substr(0, 2) == "__" && fname.substr(fname.size() - 2) != "__";
      if (!private_name) method_defs_[std::string(fname)].push_back(key);
    }
  }
}

namespace {
// A def whose body (after an optional docstring) only raises
// NotImplementedError: an abstract method's stub, which subclasses
// override. A guarded direct call of it would be a test that never passes.
bool isAbstractStub(const ast::FunctionDefStmt* f) {
  size_t i = 0;
  if (!f->body.empty())
    if (auto* doc = dyn_cast<ast::ExprStmt>(f->body[0]);
        doc && isa<ast::ConstantExpr>(doc->value) && f->body.size() > 1)
      i = 1;
  if (f->body.size() != i + 1) return false;
  auto* r = dyn_cast<ast::RaiseStmt>(f->body[i]);
  if (!r || !r->exc || r->cause) return false;
  const ast::Expr* e = r->exc;
  if (auto* c = dyn_cast<ast::CallExpr>(e)) e = c->func;
  auto* n = dyn_cast<ast::NameExpr>(e);
  return n && n->id == "NotImplementedError";
}
}  // namespace

std::vector<const DirectFunc*> ModuleGen::methodCandidates(std::string_view name, size_t nargs) const {
  std::vector<const DirectFunc*> cands;
  if (facts_.float_attrs.count(std::string(name))) return cands;  // py.getattr_fo, no method site
  auto it = method_defs_.find(name);
  if (it == method_defs_.end()) return cands;
  for (const std::string& key : it->second) {
    const DirectFunc& d = direct_.at(key);
    if (out_.func(d.generic).sig.params.size() == nargs + 1 && cands.size() < kMaxMethodCandidates &&
        !isAbstractStub(d.node))
      cands.push_back(&d);
  }
  return cands;
}

bool ModuleGen::floatMethodResult(const std::vector<const DirectFunc*>& cands) {
  bool fo = !cands.empty();
  for (const DirectFunc* d : cands)
    fo &= d->clone.valid() && (d->clone_result == Ty::Float || d->clone_result == Ty::FloatObj);
  return fo;
}

void ModuleGen::inferCloneResults() {
  struct Ctx {
    ModuleGen* m;
  } ctx{this};
  auto callback = [](const void* c, std::string_view callee, const std::vector<Ty>& args) -> Ty {
    const ModuleGen* m = static_cast<const Ctx*>(c)->m;
    const DirectFunc* d = m->direct(callee);
    if (!d) return Ty::Object;
    if (d->clone_params.empty() || args.size() != d->clone_params.size()) return Ty::Object;
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i] == Ty::Never) return Ty::Never;
      if (d->clone_params[i] != Ty::Object && args[i] != d->clone_params[i]) return Ty::Object;
    }
    return d->clone_result;
  };
  for (auto& [name, d] : direct_) d.clone_result = d.clone_params.empty() ? Ty::Object : Ty::Never;
  for (int round = 0; round < 8; ++round) {
    bool changed = false;
    for (auto& [name, d] : direct_) {
      if (d.clone_params.empty()) continue;
      std::unordered_map<std::string, Ty> params;
      for (size_t i = 0; i < d.clone_params.size(); ++i) {
        const Arguments* a = d.node->args;
        std::string p(i < a->posonlyargs.size() ? a->posonlyargs[i]->arg : a->args[i - a->posonlyargs.size()]->arg);
        params[p] = d.clone_params[i];
      }
      types::FunctionTypes ft = types::inferFunction(d.node->body, *scopeOf(d.node), facts_, params, callback, &ctx);
      Ty r = ft.result;
      if (demoted_results_.count(d.clone.index)) r = Ty::Object;
      if (r != d.clone_result) d.clone_result = r, changed = true;
    }
    if (!changed) break;
  }
  for (auto& [name, d] : direct_) {
    if (d.clone_result == Ty::Never) d.clone_result = Ty::Object;
    // A result annotated float that inference cannot prove (attributes,
    // calls) is floatobj: any value fits, floats unboxed (decision 0010), so
    // the annotation changes no meaning.
    if (!d.clone_params.empty() && d.clone_result == Ty::Object && !demoted_results_.count(d.clone.index) &&
        types::annotationType(d.node->returns) == Ty::Float)
      d.clone_result = Ty::FloatObj;
  }
}

FuncId ModuleGen::functionFor(const Node* node, const std::string& qualname, const std::string& class_name) {
  auto it = funcs_.find(node);
  if (it != funcs_.end()) return it->second;
  const Arguments* args = nullptr;
  std::string name = "<lambda>";
  if (auto* f = dyn_cast<FunctionDefStmt>(node)) args = f->args, name = std::string(f->name);
  if (auto* l = dyn_cast<LambdaExpr>(node)) args = l->args;
  if (auto* t = dyn_cast<TypeAliasStmt>(node)) name = std::string(cast<NameExpr>(t->name)->id);
  ir::Signature sig = signatureOf(args);
  if (node->kind == NodeKind::GeneratorExp) {
    // A generator expression is a generator function of one parameter, the
    // iterator over its first iterable (CPython's `.0`).
    name = "<genexpr>";
    sig.params = {".0"};
  }
  FuncId saved_func = builder_.currentFunction();
  BlockId saved_block = builder_.currentBlock();
  BlockId saved_unwind = builder_.unwind();
  uint32_t saved_line = builder_.line();
  builder_.setLine(lineOf(node));
  FuncId fid = builder_.createFunction(name, qualname, sig, out_.types.object());
  ir::Function& f = out_.func(fid);
  f.symbol = "tp$" + std::to_string(fid.index) + "$" + qualname;
  const sema::Scope* scope = scopeOf(node);
  f.is_generator = scope && (scope->is_generator || scope->is_coroutine);
  funcs_[node] = fid;
  if (saved_func.valid()) builder_.setInsertPoint(saved_func, saved_block);
  builder_.setUnwind(saved_unwind);
  builder_.setLine(saved_line);
  FuncTask task;
  task.fid = fid;
  task.node = node;
  task.scope = scopeOf(node);
  task.class_name = class_name;
  queue_.push_back(task);
  return fid;
}

void ModuleGen::createShells() {
  for (auto& [name, d] : direct_) {
    d.generic = functionFor(d.node, name, d.class_name);
    d.clone = FuncId();
    if (d.clone_params.empty()) continue;
    // A function of the def's name, line and signature named "tp$N$name" +
    // suffix, its body queued.
    auto variant = [&](const char* suffix, Ty result, const std::vector<Ty>& param_types, bool is_clone) {
      std::vector<TypeId> params;
      for (Ty t : param_types) params.push_back(irType(t));
      builder_.setLine(lineOf(d.node));
      FuncId fid =
          builder_.createFunction(std::string(d.node->name), name, signatureOf(d.node->args), irType(result), params);
      out_.func(fid).symbol = "tp$" + std::to_string(fid.index) + "$" + name + suffix;
      FuncTask task;
      task.fid = fid;
      task.node = d.node;
      task.scope = scopeOf(d.node);
      task.param_types = param_types;
      task.class_name = d.class_name;
      task.is_clone = is_clone;
      task.is_body = !is_clone;
      queue_.push_back(task);
      return fid;
    };
    d.clone = variant("$typed", d.clone_result, d.clone_params, true);
    // The generic body, apart from the entry: the entry (what function
    // objects, method calls and unproven direct calls reach) is then only
    // the argument tests and a hand-over, fully optimised, while the body is
    // cold (decision 0039).
    d.body = variant("$generic", Ty::Object, {}, false);
  }
}

bool ModuleGen::run() {
  facts_ = types::analyzeModule(module_, scopes_);
  planDirectCalls();
  findInlineGenexps(&module_);
  if (out_.name.empty()) out_.name = "__main__";
  if (out_.source_path.empty()) out_.source_path = file_.path();
  for (int attempt = 0; attempt < 4; ++attempt) {
    retry_module_ = false;
    out_.functions.clear();
    funcs_.clear();
    queue_.clear();
    builder_.setLine(1);
    FuncId init = builder_.createFunction("<module>", "<module>", {}, out_.types.object());
    out_.func(init).is_module_init = true;
    out_.func(init).symbol = "tp$module";
    out_.func(init).line = 1;
    out_.init = init;
    FuncTask init_task;
    init_task.fid = init;
    init_task.node = &module_;
    init_task.scope = scopes_.module.get();
    inferCloneResults();
    createShells();
    std::deque<FuncTask> work;
    work.push_back(init_task);
    for (;;) {
      for (FuncTask& t : queue_) work.push_back(t);
      queue_.clear();
      if (work.empty()) break;
      FuncTask t = work.front();
      work.pop_front();
      FuncGen(*this, t).generate();
    }
    if (!retry_module_ || failed_) break;
  }
  return !failed_;
}

// ---- one function ----

FuncGen::FuncGen(ModuleGen& m, const FuncTask& task) : m_(m), task_(task), scope_(task.scope) {
  demoted_ = &m_.demoted_vars_[task.fid.index];
}

void FuncGen::generate() {
  const StmtList* body = nullptr;
  const Expr* lambda_body = nullptr;
  bool is_init = task_.node == &m_.module_;
  if (is_init) body = &m_.module_.body;
  if (auto* f = dyn_cast<FunctionDefStmt>(task_.node)) body = &f->body;
  if (auto* l = dyn_cast<LambdaExpr>(task_.node)) lambda_body = l->body;
  if (auto* t = dyn_cast<TypeAliasStmt>(task_.node)) lambda_body = t->value;  // a type alias's lazy value
  const CompExpr* genexp = task_.node->kind == NodeKind::GeneratorExp ? cast<CompExpr>(task_.node) : nullptr;
  if (!task_.class_name.empty()) class_names_.push_back(task_.class_name);
  if (!is_init) qual_prefix_ = F().qualname + ".<locals>.";

  // First guesses for the locals.
  std::unordered_map<std::string, Ty> seeds;
  const ir::Signature sig = F().sig;
  for (size_t i = 0; i < task_.param_types.size(); ++i) seeds[sig.params[i]] = task_.param_types[i];
  if (body && !is_init && task_.scope) {
    auto callback = [](const void* c, std::string_view callee, const std::vector<Ty>& a) -> Ty {
      const ModuleGen* m = static_cast<const ModuleGen*>(c);
      const DirectFunc* d = m->direct(callee);
      if (!d) return Ty::Object;
      if (d->clone_params.empty() || a.size() != d->clone_params.size()) return Ty::Object;
      for (size_t i = 0; i < a.size(); ++i)
        if (d->clone_params[i] != Ty::Object && a[i] != d->clone_params[i]) return Ty::Object;
      return d->clone_result;
    };
    auto method_callback = [](const void* c, std::string_view method, size_t nargs) -> Ty {
      const ModuleGen* m = static_cast<const ModuleGen*>(c);
      return ModuleGen::floatMethodResult(m->methodCandidates(method, nargs)) ? Ty::FloatObj : Ty::Object;
    };
    guesses_ = types::inferFunction(*body, *task_.scope, m_.facts_, seeds, callback, &m_, nullptr, {}, method_callback);
    generic_guesses_ = guesses_;
    const Arguments* fargs = nullptr;
    if (auto* f = dyn_cast<FunctionDefStmt>(task_.node)) fargs = f->args;
    for (const std::string& n : types::floatListNames(fargs, *body)) float_lists_.insert(n);
    planSpeculation(*body);
    if (spec_planned_)
      spec_guesses_ = types::inferFunction(*body, *task_.scope, m_.facts_, seeds, callback, &m_,
                                           self_name_.empty() ? nullptr : &m_.facts_.attr_types, self_name_,
                                           method_callback, item_preds_.empty() ? nullptr : &item_preds_);
  }

  for (int attempt = 0; attempt < 64; ++attempt) {
    retry_ = false;
    spec_mode_ = spec_planned_ ? SpecMode::Spec : SpecMode::Off;
    guesses_ = spec_planned_ ? spec_guesses_ : generic_guesses_;
    spec_vals_.clear();
    landings_.clear();
    landing_blocks_.clear();
    joined_.clear();
    avail_.clear();
    spec_vars_.clear();
    generic_keys_.clear();
    ir::Function& f = F();
    f.blocks.clear();
    f.insts.clear();
    f.values.clear();
    f.params.clear();
    ssa_.clear();
    var_types_.clear();
    var_names_.clear();
    vars_.clear();
    cells_.clear();
    nulls_.clear();
    loops_.clear();
    cleanups_.clear();
    eh_.clear();
    classes_.clear();
    closure_ = ValueId();
    B().setUnwind({});
    BlockId entry = newBlock();
    B().setInsertPoint(task_.fid, entry);
    B().setLine(F().line);
    for (size_t i = 0; i < sig.params.size(); ++i) {
      TypeId t = i < task_.param_types.size() ? m_.irType(task_.param_types[i]) : T().object();
      F().params.push_back(B().addBlockArg(task_.fid, entry, t, sig.params[i]));
    }
    seal(entry);
    setBlock(entry);
    if (!task_.is_clone && !task_.is_body && dispatchToClone()) break;
    if (!is_init) {
      bool has_free = false;
      for (const sema::Symbol& s : task_.scope->symbols) has_free |= s.binding == sema::Binding::Free;
      if (has_free) closure_ = B().emit(ir::Op::FuncClosure, {}, {});
      bindParams();
      createCells(task_.scope);
      // A generator's ramp ends here: the caller gets the generator object.
      // imm.i 1: a coroutine (`async def`), 2: an async generator.
      if (F().is_generator) {
        ir::Immediate kind;
        kind.i = !task_.scope || !task_.scope->is_coroutine ? 0 : task_.scope->is_generator ? 2 : 1;
        B().emit(ir::Op::GenStart, {}, {}, kind);
      }
    }
    if (body) {
      bodyStmts(*body);
      if (spec_mode_ == SpecMode::Spec && !retry_ && !landings_.empty()) {
        // The generic copy: entered only through the landings.
        spec_vars_ = vars_;
        vars_.clear();
        spec_vals_.clear();
        guesses_ = generic_guesses_;
        spec_mode_ = SpecMode::Generic;
        BlockId start = newBlock();
        seal(start);
        setBlock(start);
        bindParams();
        bodyStmts(*body);
        // A landing the generic copy never reached would be left unreachable:
        // generate this function without speculation instead.
        if (joined_.size() != landings_.size()) {
          spec_planned_ = false;
          retry_ = true;
        }
      }
    } else if (lambda_body) {
      line_ = m_.lineOf(lambda_body);
      B().setLine(line_);
      ValueId v = toObject(expr(lambda_body));
      B().ret(v);
      terminate();
    } else if (genexp) {
      // for <target> in .0 [if ...] [for ...]: yield <elt>
      line_ = m_.lineOf(genexp);
      B().setLine(line_);
      comp_first_iter_ = F().params[0];
      compLoops(genexp, 0, [&] {
        ValueId v = toObject(expr(genexp->elt));
        // An asynchronous generator expression is an async generator.
        if (task_.scope && task_.scope->is_coroutine) v = B().emit(ir::Op::AsyncGenWrap, {}, {v});
        B().emit(ir::Op::GenYield, {}, {v});
      });
      if (live()) {
        B().ret(toObject(B().constNone()));
        terminate();
      }
    }
    if (!retry_ || m_.failed_) break;
  }
  finish();
}

// The parameters' variables (typed as the clone's parameters, or wider when
// the body reassigns them with wider values).
void FuncGen::bindParams() {
  const ir::Signature& sig = F().sig;
  for (size_t i = 0; i < sig.params.size(); ++i) {
    std::string name = sig.params[i];
    const sema::Symbol* sym = task_.scope->lookup(name);
    if (sym && sym->binding == sema::Binding::Cell && needsCell(task_.scope, name)) {
      int var = varFor(task_.scope, name, typeOf(F().params[i]));
      writeVar(var, F().params[i]);
      continue;
    }
    int var = varFor(task_.scope, name, typeOf(F().params[i]));
    TypeId pt = typeOf(F().params[i]);
    TypeId vt = var_types_[var];
    // A parameter the body reassigns with wider values (a float parameter
    // given `y = y + k` with k unknown) keeps the variable's wider type.
    if (vt != pt && (vt == T().object() || vt == T().floatObjType())) {
      writeVar(var, coerce(F().params[i], vt));
      continue;
    }
    if (vt != pt) var_types_[var] = pt;
    writeVar(var, F().params[i]);
  }
}

// A function's statements, then `return None` when control falls off the end.
void FuncGen::bodyStmts(const StmtList& body) {
  for (size_t i = 0; i < body.size(); ++i) {
    if (!live()) break;
    top_index_ = i;
    stmt(body[i]);
  }
  if (!live()) return;
  B().setLine(line_);
  ValueId none = B().constNone();
  TypeId want = F().result;
  if (want == T().floatObjType()) {
    B().ret(coerce(none, want));
  } else if (want != T().object()) {
    m_.demoteResult(task_.fid);
    B().ret(constNull(want == T().floatType() || want == T().boolType() ? T().object() : want));
  } else {
    B().ret(toObject(none));
  }
  terminate();
}

// A generic function with a typed clone first tests its arguments: when each
// parameter the clone keeps unboxed holds exactly an int / float / bool, it
// hands over to the clone (the caller could not prove the types, but they
// hold at run time). Anything else hands over to the generic body, a
// function of its own, so the meaning is the same either way. Both
// hand-overs pass the caller's depth (call.direct imm.i 1): the callee's
// frame stands for this one, which lowering gives no frame of its own.
bool FuncGen::dispatchToClone() {
  const DirectFunc* d = nullptr;
  for (const auto& [name, df] : m_.direct_)
    if (df.generic == task_.fid && df.clone.valid()) d = &df;
  if (!d) return false;
  BlockId generic = newBlock();
  for (size_t i = 0; i < d->clone_params.size(); ++i) {
    Ty t = d->clone_params[i];
    if (t == Ty::Object) continue;
    ir::Immediate imm;
    imm.text = typeTestName(t);
    ValueId ok = B().emit(ir::Op::TypeIs, T().boolType(), {F().params[i]}, imm);
    BlockId next = newBlock();
    condBr(ok, next, generic);
    seal(next);
    setBlock(next);
  }
  std::vector<ValueId> args;
  for (size_t i = 0; i < d->clone_params.size(); ++i) args.push_back(typedAs(F().params[i], d->clone_params[i]));
  ValueId r = B().callDirect(d->clone, args);
  F().inst(F().value(r).inst).imm.i = 1;
  B().ret(toObject(r));
  terminate();
  seal(generic);
  setBlock(generic);
  ValueId g = B().callDirect(d->body, F().params);
  F().inst(F().value(g).inst).imm.i = 1;
  B().ret(g);
  terminate();
  return true;
}

std::string packageOf(std::string_view module_name, bool is_package) {
  if (is_package) return std::string(module_name);
  if (module_name == "__main__") return "";
  size_t dot = module_name.rfind('.');
  return dot == std::string_view::npos ? "" : std::string(module_name.substr(0, dot));
}

bool absoluteImportName(std::string_view package, int level, std::string_view module, std::string& out,
                        std::string& error) {
  if (level <= 0) {
    out = std::string(module);
    return true;
  }
  if (package.empty()) {
    error = "attempted relative import with no known parent package";
    return false;
  }
  std::string base(package);
  for (int i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      error = "attempted relative import beyond top-level package";
      return false;
    }
    base.resize(dot);
  }
  out = module.empty() ? base : base + "." + std::string(module);
  return true;
}

bool generateIR(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
                diag::DiagnosticEngine& diags, ir::Module& out, const IrGenOptions& options) {
  ModuleGen gen(module, scopes, file, diags, out);
  gen.options_ = options;
  if (out.name.empty()) out.name = options.module_name;
  return gen.run();
}

}  // namespace taipan::irgen
