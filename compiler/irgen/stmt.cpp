// Statements and names: how each name resolves (SSA local, cell, closure
// cell, global, class namespace), assignment to every target form, control
// flow (if/while/for with break/continue/else, the typed counted loop over
// the builtin `range`), return with the cleanups of enclosing try/finally
// and except blocks, del, import.
#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

// ---- names ----

std::string FuncGen::mangle(std::string_view name) const {
  if (class_names_.empty()) return std::string(name);
  const std::string& cls = class_names_.back();
  if (name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if (name.substr(name.size() - 2) == "__" || name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = cls.find_first_not_of('_');
  if (i == std::string::npos) return std::string(name);
  return "_" + cls.substr(i) + std::string(name);
}

bool FuncGen::needsCell(const sema::Scope* scope, const std::string& name) const {
  for (const auto& child : scope->children) {
    const sema::Symbol* sym = child->lookup(name);
    if (!sym || sym->binding != sema::Binding::Free) continue;
    // A type alias's value is a hidden function too (type-parameter scopes run inline).
    if (child->kind == sema::ScopeKind::Function || child->kind == sema::ScopeKind::Lambda ||
        child->kind == sema::ScopeKind::TypeAlias)
      return true;
    // A generator expression is a function of its own unless call() runs it inline.
    if (child->comprehension == sema::ComprehensionKind::Generator && !m_.inline_genexps_.count(child->node))
      return true;
    if (needsCell(child.get(), name)) return true;
  }
  return false;
}

void FuncGen::createCells(const sema::Scope* scope) {
  if (scope->kind == sema::ScopeKind::Class && scope->needs_class_closure) cells_[{scope, "__class__"}] = B().cellNew();
  for (const sema::Symbol& sym : scope->symbols) {
    if (sym.binding != sema::Binding::Cell) continue;
    if (scope->kind != sema::ScopeKind::Class && !needsCell(scope, sym.name)) continue;
    auto key = std::make_pair(scope, sym.name);
    ValueId cell;
    if ((sym.flags & sema::kDefParam) && scope == task_.scope) {
      int var = varFor(scope, sym.name, T().object());
      cell = B().cellNew(toObject(readVar(var)));
    } else {
      cell = B().cellNew();
    }
    cells_[key] = cell;
  }
}

ValueId FuncGen::cellFor(const sema::Scope* scope, const std::string& name) {
  auto it = cells_.find({scope, name});
  TP_CHECK(it != cells_.end(), "irgen: cell variable without a cell");
  return it->second;
}

Storage FuncGen::resolveFree(const std::string& name, const sema::Scope* scope) {
  for (const sema::Scope* p = scope->parent; p; p = p->parent) {
    if (p->kind == sema::ScopeKind::Class && name == "__class__" && p->needs_class_closure) return resolve(name, p);
    const sema::Symbol* sym = p->lookup(name);
    if (!sym) continue;
    if (p->kind == sema::ScopeKind::Class) {
      if (sym->binding == sema::Binding::Cell) return resolve(name, p);
      continue;
    }
    if (sym->binding == sema::Binding::Local || sym->binding == sema::Binding::Cell) return resolve(name, p);
    if (sym->binding == sema::Binding::Free && p == task_.scope) return resolve(name, p);
  }
  Storage s;
  s.name = name;
  return s;
}

Storage FuncGen::resolve(const std::string& name, const sema::Scope* scope) {
  Storage s;
  s.name = name;
  if (scope->kind == sema::ScopeKind::Module) return s;
  if (scope->kind == sema::ScopeKind::Class && name == "__class__" && scope->needs_class_closure) {
    s.kind = Storage::Cell;
    s.cell = cellFor(scope, name);
    return s;
  }
  const sema::Symbol* sym = scope->lookup(name);
  if (!sym) return s;
  auto typeGuess = [&]() {
    if (scope != task_.scope) return T().object();
    auto it = guesses_.locals.find(name);
    return it == guesses_.locals.end() ? T().object() : m_.irType(it->second);
  };
  switch (sym->binding) {
    case sema::Binding::GlobalImplicit:
      // PEP 695: a type-parameter scope directly in a class body sees the
      // class's names (it runs inline in that body), then the globals.
      if (scope->kind == sema::ScopeKind::TypeParams && scope->parent &&
          scope->parent->kind == sema::ScopeKind::Class && !classes_.empty() && classes_.back().scope == scope->parent)
        if (const sema::Symbol* cs = scope->parent->lookup(name); cs && cs->binding == sema::Binding::Local)
          return resolve(name, scope->parent);
      return s;
    case sema::Binding::GlobalExplicit:
      return s;
    case sema::Binding::Local:
    case sema::Binding::Cell:
      if (scope->kind == sema::ScopeKind::Class) {
        if (sym->binding == sema::Binding::Cell) {
          s.kind = Storage::Cell;
          s.cell = cellFor(scope, name);
          return s;
        }
        s.kind = Storage::ClassLocal;
        s.var = varFor(scope, name, T().object());
        return s;
      }
      if (sym->binding == sema::Binding::Cell && needsCell(scope, name)) {
        s.kind = Storage::Cell;
        s.cell = cellFor(scope, name);
        return s;
      }
      s.kind = Storage::Ssa;
      s.var = varFor(scope, name, typeGuess());
      return s;
    case sema::Binding::Free:
      if (scope == task_.scope) {
        int index = 0;
        for (const sema::Symbol& other : scope->symbols) {
          if (other.name == name) break;
          if (other.binding == sema::Binding::Free) ++index;
        }
        s.kind = Storage::Closure;
        s.closure_index = index;
        return s;
      }
      return resolveFree(name, scope);
  }
  return s;
}

ValueId FuncGen::loadName(const std::string& raw, const Node* at) {
  std::string name = mangle(raw);
  Storage s = resolve(name, scope_);
  switch (s.kind) {
    case Storage::Ssa: {
      ValueId v = readVar(s.var);
      B().checkBound(v, name);
      return v;
    }
    case Storage::Cell:
      return B().cellGet(s.cell, name);
    case Storage::Closure: {
      ir::Immediate imm;
      imm.i = s.closure_index;
      ValueId cell = B().emit(ir::Op::TupleGet, {}, {closure_}, imm);
      return B().cellGet(cell, name);
    }
    case Storage::Global:
      if ((name == "eval" || name == "exec" || name == "compile") && !m_.facts_.has_star_import &&
          !m_.facts_.bindings.count(name)) {
        m_.unsupportedForever(at, name, "a compiled program has no Python compiler at run time");
        return B().constNone();
      }
      if (m_.facts_.isBuiltin(name)) return B().builtinLoad(name);
      return B().globalLoad(name);
    case Storage::ClassLocal: {
      ValueId v = readVar(s.var);
      const ir::ValueInfo& info = F().value(v);
      if (info.inst.valid() && F().inst(info.inst).op == ir::Op::ConstNull) return B().globalLoad(name);
      if (info.inst.valid()) return v;
      // Maybe unbound in the class namespace: fall back to globals (LOAD_NAME).
      int result = hiddenVar(T().object());
      BlockId have = newBlock(), lookup = newBlock(), join = newBlock();
      ValueId null = B().isNull(v);
      B().condBr(null, lookup, have);
      ssa_[lookup.index].preds.push_back(cur_);
      ssa_[have.index].preds.push_back(cur_);
      terminate();
      enter(have);
      writeVar(result, v);
      br(join);
      enter(lookup);
      writeVar(result, B().globalLoad(name));
      br(join);
      enter(join);
      (void)at;
      return readVar(result);
    }
  }
  return B().constNone();
}

void FuncGen::storeName(const std::string& raw, ValueId v) {
  std::string name = mangle(raw);
  Storage s = resolve(name, scope_);
  switch (s.kind) {
    case Storage::Ssa: {
      TypeId want = var_types_[s.var];
      if (want == T().floatObjType()) v = coerce(v, want);  // holds any value
      if (want != T().object() && typeOf(v) != want) {
        demoted_->insert({scope_, name});
        for (auto& [key, idx] : vars_)
          if (idx == s.var) demoted_->insert(key);
        retry_ = true;
      }
      writeVar(s.var, v);
      return;
    }
    case Storage::Cell:
      B().cellSet(s.cell, toObject(v));
      return;
    case Storage::Closure: {
      ir::Immediate imm;
      imm.i = s.closure_index;
      ValueId cell = B().emit(ir::Op::TupleGet, {}, {closure_}, imm);
      B().cellSet(cell, toObject(v));
      return;
    }
    case Storage::Global:
      B().globalStore(name, toObject(v));
      return;
    case Storage::ClassLocal: {
      ValueId o = toObject(v);
      if (classes_.back().mapping)
        B().pySetItem(classes_.back().ns, B().constStr(name), o);
      else
        B().dictSet(classes_.back().ns, B().constStr(name), o);
      writeVar(s.var, o);
      return;
    }
  }
}

void FuncGen::deleteName(const std::string& raw, const Node* at) {
  std::string name = mangle(raw);
  Storage s = resolve(name, scope_);
  switch (s.kind) {
    case Storage::Ssa: {
      ValueId v = readVar(s.var);
      B().checkBound(v, name);
      TypeId t = var_types_[s.var];
      if (!T().isWord(t)) {
        for (auto& [key, idx] : vars_)
          if (idx == s.var) demoted_->insert(key);
        retry_ = true;
        t = T().object();
      }
      writeVar(s.var, constNull(t));
      return;
    }
    case Storage::Cell:
      B().cellGet(s.cell, name);
      B().cellSet(s.cell, constNull(T().object()));
      return;
    case Storage::Closure: {
      ir::Immediate imm;
      imm.i = s.closure_index;
      ValueId cell = B().emit(ir::Op::TupleGet, {}, {closure_}, imm);
      B().cellGet(cell, name);
      B().cellSet(cell, constNull(T().object()));
      return;
    }
    case Storage::Global:
      B().globalDel(name);
      return;
    case Storage::ClassLocal:
      B().pyDelItem(classes_.back().ns, B().constStr(name));
      writeVar(s.var, constNull(T().object()));
      return;
  }
  (void)at;
}

// ---- statements ----

void FuncGen::enter(BlockId b) {
  seal(b);
  if (ssa_[b.index].preds.empty() && b != F().entry()) {
    terminate();
    return;
  }
  setBlock(b);
}

void FuncGen::stmts(const StmtList& body) {
  for (Stmt* s : body) {
    if (!live()) return;
    stmt(s);
  }
}

void FuncGen::stmt(const Stmt* s) {
  line_ = m_.lineOf(s);
  B().setLine(line_);
  B().setPos(m_.posOf(s));
  if (spec_mode_ != SpecMode::Off && s->kind != NodeKind::While) {
    if (spec_mode_ == SpecMode::Generic)
      joinLanding(s);
    else if (spec_depth_ == 0)
      specUnit(s);
  }
  switch (s->kind) {
    case NodeKind::For:
      // A counted loop's state is two variables a landing hands over.
      if (isRangeLoop(cast<ForStmt>(s))) {
        stmtInner(s);
        return;
      }
      [[fallthrough]];
    case NodeKind::AsyncFor:
    case NodeKind::Try:
    case NodeKind::TryStar:
    case NodeKind::With:
    case NodeKind::AsyncWith:
    case NodeKind::Match:
      // No unit inside: a landing could not rebuild their hidden state.
      ++spec_depth_;
      stmtInner(s);
      --spec_depth_;
      return;
    default:
      stmtInner(s);
      return;
  }
}

void FuncGen::stmtInner(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::Expr:
      expr(cast<ExprStmt>(s)->value);
      return;
    case NodeKind::Assign: {
      auto* a = cast<AssignStmt>(s);
      // `a, b = b, a`: no tuple is built when both sides have the same shape.
      auto* lhs = a->targets.size() == 1 ? dyn_cast<SequenceExpr>(a->targets[0]) : nullptr;
      auto* rhs = dyn_cast<SequenceExpr>(a->value);
      if (lhs && rhs && lhs->elts.size() == rhs->elts.size()) {
        bool starred = false;
        for (Expr* e : lhs->elts) starred |= isa<StarredExpr>(e);
        for (Expr* e : rhs->elts) starred |= isa<StarredExpr>(e);
        if (!starred) {
          std::vector<ValueId> values;
          for (Expr* e : rhs->elts) values.push_back(expr(e));
          for (size_t i = 0; i < values.size(); ++i) assign(lhs->elts[i], values[i]);
          return;
        }
      }
      ValueId v = expr(a->value);
      for (Expr* t : a->targets) assign(t, v);
      return;
    }
    case NodeKind::AnnAssign: {
      auto* a = cast<AnnAssignStmt>(s);
      if (a->value) assign(a->target, expr(a->value));
      // In a class body a simple target's annotation goes into the
      // namespace's __annotations__ (made when the class statement starts).
      if (a->simple && !classes_.empty() && classes_.back().scope == scope_) {
        auto* nm = cast<NameExpr>(a->target);
        ValueId ann;
        if (m_.scopes_.future_annotations) {
          const Expr* e = a->annotation;
          ann = B().constStr(std::string(m_.file_.text().substr(e->range.begin, e->range.end - e->range.begin)));
        } else {
          ann = toObject(expr(a->annotation));
        }
        ValueId d = B().pyGetItem(classes_.back().ns, B().constStr("__annotations__"));
        B().pySetItem(d, B().constStr(mangle(nm->id)), ann);
      }
      return;
    }
    case NodeKind::AugAssign:
      augAssign(cast<AugAssignStmt>(s));
      return;
    case NodeKind::If:
      ifStmt(cast<IfStmt>(s));
      return;
    case NodeKind::While:
      whileStmt(cast<WhileStmt>(s));
      return;
    case NodeKind::For:
      forStmt(cast<ForStmt>(s));
      return;
    case NodeKind::Pass:
      return;
    case NodeKind::Break:
      TP_CHECK(!loops_.empty(), "irgen: break outside a loop");
      jumpOut(loops_.back().break_target, loops_.back().cleanup_depth, std::nullopt);
      return;
    case NodeKind::Continue:
      TP_CHECK(!loops_.empty(), "irgen: continue outside a loop");
      interruptCheck();
      jumpOut(loops_.back().continue_target, loops_.back().cleanup_depth, std::nullopt);
      return;
    case NodeKind::Return:
      returnStmt(cast<ReturnStmt>(s));
      return;
    case NodeKind::Delete:
      for (Expr* t : cast<DeleteStmt>(s)->targets) deleteTarget(t);
      return;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
      return;
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: {
      auto* f = cast<FunctionDefStmt>(s);
      std::vector<ValueId> decorators;
      for (Expr* d : f->decorator_list) decorators.push_back(toObject(expr(d)));
      ValueId fn = makeFunction(f, f->args, std::string(f->name));
      for (size_t i = decorators.size(); i-- > 0;) fn = B().pyCall(decorators[i], {fn});
      storeName(std::string(f->name), fn);
      return;
    }
    case NodeKind::ClassDef: {
      const sema::Scope* saved = scope_;  // a generic class may leave early inside its type-parameter scope
      classDef(cast<ClassDefStmt>(s));
      scope_ = saved;
      return;
    }
    case NodeKind::Try:
      tryStmt(cast<TryStmt>(s));
      return;
    case NodeKind::Raise:
      raiseStmt(cast<RaiseStmt>(s));
      return;
    case NodeKind::Assert:
      assertStmt(cast<AssertStmt>(s));
      return;
    case NodeKind::Import:
    case NodeKind::ImportFrom:
      importStmt(s);
      return;
    case NodeKind::AsyncFor:
      asyncForStmt(cast<ForStmt>(s));
      return;
    case NodeKind::With:
      withStmt(cast<WithStmt>(s), 0);
      return;
    case NodeKind::AsyncWith:
      withStmt(cast<WithStmt>(s), 0, true);
      return;
    case NodeKind::Match:
      matchStmt(cast<MatchStmt>(s));
      return;
    case NodeKind::TryStar:
      tryStmt(cast<TryStmt>(s));
      return;
    case NodeKind::TypeAlias:
      typeAlias(cast<TypeAliasStmt>(s));
      return;
    default:
      m_.unsupported(s, std::string(kindName(s->kind)));
      return;
  }
}

// The value stored by `obj.attr = v`: floats (and floatobj values) go in
// unboxed so that instance slots can keep them raw; the rest as objects.
ValueId FuncGen::attrValue(ValueId v) {
  Ty t = tyOf(v);
  if (t == Ty::Float || t == Ty::FloatObj) return coerce(v, T().floatObjType());
  return toObject(v);
}

void FuncGen::assign(const Expr* target, ValueId v) {
  // The store (or the unpacking) is at the target, as in CPython.
  ir::SrcPos saved = B().pos();
  B().setPos(m_.posOf(target));
  assignHere(target, v);
  B().setPos(saved);
}

void FuncGen::assignHere(const Expr* target, ValueId v) {
  switch (target->kind) {
    case NodeKind::Name:
      storeName(std::string(cast<NameExpr>(target)->id), v);
      return;
    case NodeKind::Attribute: {
      auto* a = cast<AttributeExpr>(target);
      ValueId obj = toObject(expr(a->value));
      B().pySetAttr(obj, mangle(a->attr), attrValue(v));
      return;
    }
    case NodeKind::Subscript: {
      auto* sub = cast<SubscriptExpr>(target);
      ValueId obj = expr(sub->value);
      setItem(obj, sliceOrIndex(sub->slice), v);
      return;
    }
    case NodeKind::List:
    case NodeKind::Tuple: {
      auto* seq = cast<SequenceExpr>(target);
      int64_t star = -1;
      for (uint32_t i = 0; i < seq->elts.size(); ++i)
        if (isa<StarredExpr>(seq->elts[i])) star = i;
      ValueId t = B().pyUnpack(toObject(v), seq->elts.size(), star);
      for (uint32_t i = 0; i < seq->elts.size(); ++i) {
        ir::Immediate imm;
        imm.i = i;
        ValueId item = B().emit(ir::Op::TupleGet, {}, {t}, imm);
        const Expr* e = seq->elts[i];
        if (auto* st = dyn_cast<StarredExpr>(e)) e = st->value;
        assign(e, item);
      }
      return;
    }
    default:
      m_.unsupported(target, "this assignment target");
      return;
  }
}

void FuncGen::augAssign(const AugAssignStmt* s) {
  if (auto* n = dyn_cast<NameExpr>(s->target)) {
    ValueId cur = loadName(std::string(n->id), n);
    ValueId r = expr(s->value);
    storeName(std::string(n->id), binop(cur, s->op, r, true));
    return;
  }
  if (auto* a = dyn_cast<AttributeExpr>(s->target)) {
    ValueId obj = toObject(expr(a->value));
    std::string attr = mangle(a->attr);
    auto spec = spec_vals_.find(a);
    ValueId cur = spec != spec_vals_.end() ? spec->second : getAttr(obj, a->attr);
    ValueId r = expr(s->value);
    B().pySetAttr(obj, attr, attrValue(binop(cur, s->op, r, true)));
    return;
  }
  if (auto* sub = dyn_cast<SubscriptExpr>(s->target)) {
    ValueId obj = expr(sub->value);
    ValueId key = sliceOrIndex(sub->slice);
    auto spec = spec_vals_.find(sub);  // a speculated item load (spec.cpp)
    ValueId cur = spec != spec_vals_.end() ? spec->second : getItem(sub, obj, key);
    ValueId r = expr(s->value);
    setItem(obj, key, binop(cur, s->op, r, true));
    return;
  }
  m_.unsupported(s, "this augmented assignment target");
}

void FuncGen::ifStmt(const IfStmt* s) {
  BlockId then_b = newBlock(), join = newBlock();
  BlockId else_b = s->orelse.empty() ? join : newBlock();
  cond(s->test, then_b, else_b);
  enter(then_b);
  stmts(s->body);
  br(join);
  if (!s->orelse.empty()) {
    enter(else_b);
    stmts(s->orelse);
    br(join);
  }
  enter(join);
}

// The part every loop shares once its header has branched into the body:
// the body (with break/continue targets), the back edge, the `else` block
// reached when the loop ends without break, and the exit block.
void FuncGen::loopBodyAndElse(const ast::StmtList& body, const ast::StmtList& orelse, BlockId head, BlockId els,
                              BlockId exit) {
  loops_.push_back({head, exit, cleanups_.size()});
  stmts(body);
  loops_.pop_back();
  interruptCheck();
  br(head);
  seal(head);
  if (!orelse.empty()) {
    enter(els);
    stmts(orelse);
    br(exit);
  }
  enter(exit);
}

// A back edge polls for SIGINT (decision 0023): a loop without calls would
// otherwise never reach a function prologue's check.
void FuncGen::interruptCheck() {
  if (live()) B().emit(ir::Op::CheckInterrupt, {}, {});
}

void FuncGen::whileStmt(const WhileStmt* s) {
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  BlockId els = s->orelse.empty() ? exit : newBlock();
  br(head);
  if (landingPending(s)) {
    setBlock(landings_.at(s));
    br(head);
    joined_.insert(s);
  }
  setBlock(head);
  if (spec_mode_ == SpecMode::Spec && spec_depth_ == 0) specUnit(s);
  cond(s->test, body, els);
  enter(body);
  loopBodyAndElse(s->body, s->orelse, head, els, exit);
}

// `for x in range(...)` with a nonzero constant step (or none), which
// rangeLoop compiles as a counted loop.
bool FuncGen::isRangeLoop(const ForStmt* s) {
  auto* c = dyn_cast<CallExpr>(s->iter);
  if (!c || !c->keywords.empty() || c->args.empty() || c->args.size() > 3) return false;
  auto* fn = dyn_cast<NameExpr>(c->func);
  if (!fn || fn->id != "range") return false;
  if (resolve(mangle("range"), scope_).kind != Storage::Global || !m_.facts_.isBuiltin("range")) return false;
  for (Expr* a : c->args)
    if (isa<StarredExpr>(a)) return false;
  return c->args.size() < 3 || types::constantStep(c->args[2]) != 0;
}

bool FuncGen::rangeLoop(const ForStmt* s) {
  if (!isRangeLoop(s)) return false;
  auto* c = cast<CallExpr>(s->iter);
  int64_t step = c->args.size() == 3 ? types::constantStep(c->args[2]) : 1;
  // The arguments are evaluated first, then converted in order as range()
  // converts them (__index__, TypeError for a non-integer); the items of a
  // range are exact ints whatever the bounds' types, so the counter is an
  // int either way. The step is a nonzero constant int.
  std::vector<ValueId> args;
  for (Expr* a : c->args) args.push_back(expr(a));
  for (size_t i = 0; i < std::min<size_t>(args.size(), 2); ++i)
    if (typeOf(args[i]) != T().intType()) args[i] = B().unary(ir::Op::IntIndex, toObject(args[i]));
  ValueId start = args.size() == 1 ? B().constInt(0) : args[0];
  ValueId stop = args.size() == 1 ? args[0] : args[1];
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  BlockId els = s->orelse.empty() ? exit : newBlock();
  // In a speculating method the counter and the bound are variables keyed
  // by the loop, so that a landing in the body hands them to the generic
  // copy (decision 0056) as it hands over the named ones.
  int ctr, bound = -1;
  if (spec_mode_ != SpecMode::Off) {
    std::string key = "range@" + std::to_string(s->range.begin);  // not a Python name
    ctr = varFor(nullptr, key + ".i", T().intType());
    bound = varFor(nullptr, key + ".stop", T().intType());
    writeVar(bound, stop);
  } else {
    ctr = hiddenVar(T().intType());
  }
  writeVar(ctr, start);
  br(head);
  setBlock(head);
  ValueId i = readVar(ctr);
  if (bound >= 0) stop = readVar(bound);
  ValueId more = B().binary(step > 0 ? ir::Op::IntLt : ir::Op::IntGt, i, stop);
  condBr(more, body, els);
  enter(body);
  ValueId cur = readVar(ctr);
  writeVar(ctr, B().binary(ir::Op::IntAdd, cur, B().constInt(step)));
  assign(s->target, cur);
  loopBodyAndElse(s->body, s->orelse, head, els, exit);
  return true;
}

// `for ch in s` over an exact str: a byte offset walks the UTF-8, each
// character (an exact str) read at it and its size added to it; no
// iterator object (a str cannot change while the loop runs).
void FuncGen::strLoop(const ForStmt* s, ValueId str) {
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  BlockId els = s->orelse.empty() ? exit : newBlock();
  int offset = hiddenVar(T().intType());
  writeVar(offset, B().constInt(0));
  br(head);
  setBlock(head);
  ValueId ch = B().emit(ir::Op::StrCharAt, T().object(), {str, readVar(offset)});
  condBr(B().isNull(ch), els, body);
  enter(body);
  ValueId c = B().cast(ch, T().strType());
  ValueId cur = readVar(offset);
  writeVar(offset, B().binary(ir::Op::IntAdd, cur, B().emit(ir::Op::StrByteSize, T().intType(), {c})));
  assign(s->target, c);
  loopBodyAndElse(s->body, s->orelse, head, els, exit);
}

void FuncGen::forStmt(const ForStmt* s) {
  if (rangeLoop(s)) return;
  ValueId src = expr(s->iter);
  if (tyOf(src) == Ty::Str) return strLoop(s, src);
  ValueId it = B().pyIter(toObject(src));
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  BlockId els = s->orelse.empty() ? exit : newBlock();
  br(head);
  setBlock(head);
  ValueId item = B().pyNext(it);
  condBr(B().isNull(item), els, body);
  enter(body);
  assign(s->target, item);
  loopBodyAndElse(s->body, s->orelse, head, els, exit);
}

// async for: it = aiter(x); each step awaits it.__anext__() inside a
// region whose StopAsyncIteration ends the loop (running `else`); any other
// exception propagates.
// One step of `async for`: awaits it.__anext__(); StopAsyncIteration jumps
// to `done`, any other exception propagates. Returns the item, with the
// builder in the block that has it.
ValueId FuncGen::asyncNextItem(ValueId it, BlockId done) {
  BlockId got = newBlock(), stop = newBlock();
  pushTry(stop);
  ValueId item = await(B().emit(ir::Op::AsyncNext, {}, {it}));
  popTry();
  br(got);
  enter(stop);
  if (live()) {
    ValueId exc = B().excCurrent();
    BlockId reraise = newBlock();
    condBr(B().excMatches(exc, B().builtinLoad("StopAsyncIteration")), done, reraise);
    enter(reraise);
    if (live()) {
      B().raise();
      terminate();
    }
  }
  enter(got);
  return item;
}

void FuncGen::asyncForStmt(const ForStmt* s) {
  ValueId it = B().emit(ir::Op::AsyncIter, {}, {toObject(expr(s->iter))});
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  BlockId els = s->orelse.empty() ? exit : newBlock();
  br(head);
  setBlock(head);
  ValueId item = asyncNextItem(it, els);
  br(body);
  enter(body);
  assign(s->target, item);
  loopBodyAndElse(s->body, s->orelse, head, els, exit);
}

ValueId FuncGen::await(ValueId awaitable) {
  ValueId it = B().emit(ir::Op::AwaitIter, {}, {awaitable});
  return B().emit(ir::Op::GenYieldFrom, {}, {it});
}

void FuncGen::deleteTarget(const Expr* target) {
  switch (target->kind) {
    case NodeKind::Name:
      deleteName(std::string(cast<NameExpr>(target)->id), target);
      return;
    case NodeKind::Attribute: {
      auto* a = cast<AttributeExpr>(target);
      B().pyDelAttr(toObject(expr(a->value)), mangle(a->attr));
      return;
    }
    case NodeKind::Subscript: {
      auto* sub = cast<SubscriptExpr>(target);
      ValueId obj = toObject(expr(sub->value));
      B().pyDelItem(obj, sliceOrIndex(sub->slice));
      return;
    }
    case NodeKind::List:
    case NodeKind::Tuple:
      for (Expr* e : cast<SequenceExpr>(target)->elts) deleteTarget(e);
      return;
    default:
      m_.unsupported(target, "this del target");
      return;
  }
}

// Imports go through the runtime (tp_import, which runs a compiled module's
// body on first use; see docs/decisions/0016-modules.md). `import a.b.c`
// imports the whole chain and binds `a`; `import a.b as c` binds a.b;
// relative names are made absolute here, from the module's package.
void FuncGen::importStmt(const Stmt* s) {
  auto importModule = [&](std::string_view name) {
    ir::Immediate imm;
    imm.text = std::string(name);
    return B().emit(ir::Op::Import, {}, {}, imm);
  };
  if (auto* imp = dyn_cast<ImportStmt>(s)) {
    for (Alias* a : imp->names) {
      std::string name(a->name);
      size_t dot = name.find('.');
      if (!a->asname.empty() || dot == std::string::npos) {
        storeName(std::string(a->asname.empty() ? a->name : a->asname), importModule(name));
        continue;
      }
      importModule(name);
      std::string top = name.substr(0, dot);
      storeName(top, importModule(top));
    }
    return;
  }
  auto* from = cast<ImportFromStmt>(s);
  std::string base, error;
  if (!absoluteImportName(packageOf(m_.options_.module_name, m_.options_.is_package), from->level, from->module, base,
                          error)) {
    raiseNew("ImportError", error);
    return;
  }
  ValueId mod = importModule(base);
  for (Alias* a : from->names) {
    if (a->name == "*") {
      B().emit(ir::Op::ImportStar, {}, {mod});
      continue;
    }
    ir::Immediate imm;
    imm.text = std::string(a->name);
    storeName(std::string(a->asname.empty() ? a->name : a->asname), B().emit(ir::Op::ImportFrom, {}, {mod}, imm));
  }
}

void FuncGen::returnStmt(const ReturnStmt* s) {
  ValueId v = s->value ? expr(s->value) : B().constNone();
  TypeId want = F().result;
  if (typeOf(v) != want) {
    if (want == T().object() || want == T().floatObjType()) {
      v = coerce(v, want);
    } else {
      m_.demoteResult(task_.fid);
      v = constNull(want);
    }
  }
  jumpOut(BlockId(), 0, v);
}

void FuncGen::runCleanups(size_t depth) {
  for (size_t i = cleanups_.size(); i-- > depth;) {
    if (!live()) return;
    Cleanup c = cleanups_[i];
    if (c.kind == Cleanup::Handler) {
      B().excPop();
    } else if (c.kind == Cleanup::With) {
      // Leaving a with body by return/break/continue: exit(None, None, None),
      // raising to the handlers outside the with.
      auto saved_eh = eh_;
      flushUnwind();
      eh_.resize(c.eh_depth);
      B().setUnwind(eh_.empty() ? BlockId() : eh_.back().first);
      ValueId none = B().constNone();
      ValueId r = B().pyCall(c.exit_fn, {none, none, none});
      if (c.async) await(r);
      flushUnwind();
      eh_ = saved_eh;
      B().setUnwind(eh_.empty() ? BlockId() : eh_.back().first);
    } else if (c.kind == Cleanup::Finally) {
      auto saved_cleanups = cleanups_;
      auto saved_eh = eh_;
      auto saved_loops = loops_;
      flushUnwind();
      cleanups_.resize(i);
      eh_.resize(c.eh_depth);
      B().setUnwind(eh_.empty() ? BlockId() : eh_.back().first);
      stmts(c.try_stmt->finalbody);
      flushUnwind();
      cleanups_ = saved_cleanups;
      eh_ = saved_eh;
      loops_ = saved_loops;
      B().setUnwind(eh_.empty() ? BlockId() : eh_.back().first);
    }
  }
}

void FuncGen::jumpOut(BlockId dest, size_t depth, std::optional<ValueId> ret) {
  runCleanups(depth);
  if (!live()) return;
  if (ret) {
    B().ret(*ret);
    terminate();
  } else {
    br(dest);
  }
}

}  // namespace taipan::irgen
