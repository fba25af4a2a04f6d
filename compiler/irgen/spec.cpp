// Speculated attribute loads (decision 0056). ModuleFacts::attr_types
// predicts, from every store in the module, that `self.pos` holds an int or
// `self.text` an exact str. A method that loads such attributes is
// generated twice in one IR function. In the speculative copy each unit (a
// simple statement, or the test of an if or while) first reads the predicted
// attributes its side-effect-free prefix loads with attr.peek (no user code,
// no exception) and tests their types; the prefix then uses those typed
// values instead of loading the attributes. Nothing between the peek and the
// loads it stands for can run user code, so the values are the ones the
// loads would have read. A failed test branches to the landing of the unit
// in the generic copy, today's code, which starts the same unit again with
// every variable converted to its type there: nothing of the unit has run
// yet, so the program's behaviour is the same either way.
#include "compiler/ast/visit.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

namespace {

bool typedScalar(Ty t) { return t == Ty::Int || t == Ty::Float || t == Ty::Bool || t == Ty::Str; }

// True when `name` is bound in the body of a def (not in nested scopes):
// assigned, deleted, a walrus or loop target.
bool storesName(const Node* n, std::string_view name) {
  bool found = false;
  std::function<void(const Node*)> visit = [&](const Node* x) {
    if (found || !x) return;
    switch (x->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
      case NodeKind::ClassDef:
      case NodeKind::Lambda:
        found |= true;  // a nested scope might declare it nonlocal: stay away
        return;
      case NodeKind::Name: {
        auto* nm = cast<NameExpr>(x);
        if (nm->id == name && nm->ctx != ExprContext::Load) found = true;
        return;
      }
      case NodeKind::ExceptHandler:
        if (cast<ExceptHandler>(x)->name == name) found = true;
        break;
      case NodeKind::Global:
      case NodeKind::Nonlocal:
        found = true;
        return;
      default:
        break;
    }
    forEachChild(x, visit);
  };
  visit(n);
  return found;
}

bool loadsPredicted(const Node* n, std::string_view self, const std::unordered_map<std::string, Ty>& attrs) {
  bool found = false;
  std::function<void(const Node*)> visit = [&](const Node* x) {
    if (found || !x) return;
    if (auto* a = dyn_cast<AttributeExpr>(x)) {
      auto* v = dyn_cast<NameExpr>(a->value);
      if (v && v->id == self && attrs.count(std::string(a->attr))) found = true;
    }
    forEachChild(x, visit);
  };
  visit(n);
  return found;
}

// str methods that run no user code when the receiver and every argument
// are exact strs or ints.
bool pureStrMethod(std::string_view m) {
  static const char* const kNames[] = {"startswith", "endswith", "find",    "rfind",  "count",   "lower",
                                       "upper",      "strip",    "lstrip",  "rstrip", "isdigit", "isalpha",
                                       "isspace",    "isalnum",  "isupper", "islower"};
  for (const char* k : kNames)
    if (m == k) return true;
  return false;
}

// Instructions that run no user code and store no attribute: the values a
// unit peeked stay what the attributes hold across them.
bool keepsPeeks(ir::Op op) {
  if (ir::isScalarArithmetic(op)) return true;
  switch (op) {
    case ir::Op::ConstInt:
    case ir::Op::ConstFloat:
    case ir::Op::ConstBool:
    case ir::Op::ConstNone:
    case ir::Op::ConstStr:
    case ir::Op::ConstNull:
    case ir::Op::Box:
    case ir::Op::Unbox:
    case ir::Op::Cast:
    case ir::Op::TypeIs:
    case ir::Op::Br:
    case ir::Op::CondBr:
    case ir::Op::StrCompare:
    case ir::Op::StrCompareChar:
    case ir::Op::StrGetItem:
    case ir::Op::StrByteSize:
    case ir::Op::AttrPeek:
    case ir::Op::PyIs:
    case ir::Op::IsNull:
    case ir::Op::CheckBound:
    case ir::Op::SetLine:
      return true;
    default:
      return false;
  }
}

}  // namespace

// The typed values of the latest unit's peeks that still hold here: the
// current block is reached from where they were made through blocks of a
// single predecessor, and every instruction since keeps them (keepsPeeks).
std::map<std::string, ValueId> FuncGen::validPeeks() {
  if (avail_.empty() || !live()) return {};
  BlockId b = cur_;
  bool later_safe = true;  // every instruction of the blocks after b on the chain
  for (int steps = 0; steps < 64 && later_safe; ++steps) {
    const auto& insts = F().block(b).insts;
    int last_unsafe = -1;
    for (size_t i = 0; i < insts.size(); ++i)
      if (!keepsPeeks(F().inst(insts[i]).op)) last_unsafe = static_cast<int>(i);
    for (auto it = avail_.rbegin(); it != avail_.rend(); ++it)
      if (it->block == b && static_cast<int>(it->pos) > last_unsafe) return it->values;
    later_safe = last_unsafe < 0;
    const BlockSsa& bs = ssa_[b.index];
    if (!bs.sealed || bs.preds.size() != 1) break;
    b = bs.preds[0];
  }
  return {};
}

void FuncGen::planSpeculation(const StmtList& body) {
  spec_planned_ = false;
  auto* def = dyn_cast<FunctionDefStmt>(task_.node);
  if (!def || def->kind != NodeKind::FunctionDef || !def->decorator_list.empty()) return;
  if (m_.facts_.attr_types.empty() || F().sig.params.empty() || F().is_generator) return;
  if (!task_.scope || !task_.scope->parent || task_.scope->parent->kind != sema::ScopeKind::Class) return;
  if (task_.scope->is_generator || task_.scope->is_coroutine) return;
  const std::string& self = F().sig.params[0];
  const sema::Symbol* sym = task_.scope->lookup(self);
  if (!sym || sym->binding != sema::Binding::Local) return;
  for (const Stmt* s : body)
    if (storesName(s, self)) return;
  bool loads = false;
  for (const Stmt* s : body) loads |= loadsPredicted(s, self, m_.facts_.attr_types);
  if (!loads) return;
  self_name_ = self;
  spec_planned_ = true;
}

// The predicted `self.name` loads a unit evaluates before anything that
// could run user code: its prefix in CPython's evaluation order, typed as
// irgen will type it (variables as they are now, attributes as predicted).
std::vector<const AttributeExpr*> FuncGen::specLoads(const Node* unit) {
  std::vector<const AttributeExpr*> out;
  bool open = true;
  auto varTy = [&](const std::string& raw) -> Ty {
    std::string name = mangle(raw);
    Storage st = resolve(name, scope_);
    if (st.kind != Storage::Ssa) return Ty::Object;
    ValueId v = readVar(st.var);
    return tyOf(v);
  };
  std::function<Ty(const Expr*)> walk = [&](const Expr* e) -> Ty {
    if (!open || !e) return Ty::Object;
    switch (e->kind) {
      case NodeKind::Constant:
        return types::constantType(cast<ConstantExpr>(e)->value);
      case NodeKind::Name: {
        auto* n = cast<NameExpr>(e);
        Storage st = resolve(mangle(n->id), scope_);
        if (st.kind == Storage::Ssa) return varTy(std::string(n->id));
        if (st.kind == Storage::Global) return Ty::Object;  // a dict read: no user code
        open = false;
        return Ty::Object;
      }
      case NodeKind::Attribute: {
        auto* a = cast<AttributeExpr>(e);
        auto* v = dyn_cast<NameExpr>(a->value);
        if (v && v->id == self_name_) {
          auto it = m_.facts_.attr_types.find(std::string(a->attr));
          if (it != m_.facts_.attr_types.end()) {
            out.push_back(a);
            return it->second;
          }
        }
        walk(a->value);
        open = false;
        return Ty::Object;
      }
      case NodeKind::BinOp: {
        auto* b = cast<BinOpExpr>(e);
        Ty l = walk(b->left);
        Ty r = walk(b->right);
        if (!open) return Ty::Object;
        Ty t = types::binopResult(l, b->op, r);
        if (typedScalar(l) && typedScalar(r) && typedScalar(t)) return t;
        open = false;
        return Ty::Object;
      }
      case NodeKind::UnaryOp: {
        auto* u = cast<UnaryOpExpr>(e);
        Ty t = walk(u->operand);
        if (!open) return Ty::Object;
        if (u->op == UnaryOpKind::Not && typedScalar(t)) return Ty::Bool;
        Ty r = types::unaryResult(u->op, t);
        if (typedScalar(t) && typedScalar(r)) return r;
        open = false;
        return Ty::Object;
      }
      case NodeKind::Compare: {
        auto* c = cast<CompareExpr>(e);
        Ty l = walk(c->left);
        for (size_t i = 0; i < c->ops.size() && open; ++i) {
          Ty r = walk(c->comparators[i]);
          if (!open) break;
          CmpOpKind op = c->ops[i];
          bool pure = op == CmpOpKind::Is || op == CmpOpKind::IsNot ||
                      (typedScalar(l) && typedScalar(r) && types::compareResult(l, op, r) == Ty::Bool);
          if (!pure) open = false;
          l = r;
        }
        return Ty::Bool;
      }
      case NodeKind::BoolOp: {
        auto* b = cast<BoolOpExpr>(e);
        Ty out_t = Ty::Never;
        for (size_t i = 0; i < b->values.size() && open; ++i) {
          Ty t = walk(b->values[i]);
          if (!open) break;
          if (i + 1 < b->values.size() && !typedScalar(t)) open = false;  // its truth may run __bool__
          out_t = types::join(out_t, t);
        }
        return open ? out_t : Ty::Object;
      }
      case NodeKind::IfExp: {
        auto* i = cast<IfExpExpr>(e);
        Ty t = walk(i->test);
        if (open && !typedScalar(t)) open = false;
        Ty a = walk(i->body);
        Ty b = walk(i->orelse);
        return open ? types::join(a, b) : Ty::Object;
      }
      case NodeKind::Subscript: {
        auto* s = cast<SubscriptExpr>(e);
        Ty v = walk(s->value);
        if (auto* sl = dyn_cast<SliceExpr>(s->slice)) {
          Ty lo = sl->lower ? walk(sl->lower) : Ty::Int;
          Ty hi = sl->upper ? walk(sl->upper) : Ty::Int;
          if (open && !sl->step && v == Ty::Str && lo == Ty::Int && hi == Ty::Int) return Ty::Str;
          open = false;
          return Ty::Object;
        }
        Ty k = walk(s->slice);
        if (open && v == Ty::Str && k == Ty::Int) return Ty::Str;
        if (open && v == Ty::List && k == Ty::Int) return Ty::Object;
        open = false;
        return Ty::Object;
      }
      case NodeKind::Call: {
        auto* c = dyn_cast<CallExpr>(e);
        if (!c->keywords.empty()) {
          open = false;
          return Ty::Object;
        }
        for (const Expr* a : c->args)
          if (isa<StarredExpr>(a)) {
            open = false;
            return Ty::Object;
          }
        if (auto* f = dyn_cast<NameExpr>(c->func); f && c->args.size() == 1 && (f->id == "len" || f->id == "ord")) {
          if (resolve(mangle(f->id), scope_).kind == Storage::Global && m_.facts_.isBuiltin(f->id)) {
            Ty t = walk(c->args[0]);
            if (open && (t == Ty::Str || (f->id == "len" && t == Ty::List))) return Ty::Int;
          }
          open = false;
          return Ty::Object;
        }
        if (auto* m = dyn_cast<AttributeExpr>(c->func); m && pureStrMethod(m->attr)) {
          Ty recv = walk(m->value);
          if (!open || recv != Ty::Str) {
            open = false;
            return Ty::Object;
          }
          for (const Expr* a : c->args) {
            Ty t = walk(a);
            if (!open || (t != Ty::Str && t != Ty::Int)) {
              open = false;
              return Ty::Object;
            }
          }
          Ty r = types::strMethodResult(m->attr);
          if (typedScalar(r)) return r;
        }
        open = false;
        return Ty::Object;
      }
      default:
        open = false;
        return Ty::Object;
    }
  };
  switch (unit->kind) {
    case NodeKind::Expr:
      walk(cast<ExprStmt>(unit)->value);
      break;
    case NodeKind::Assign:
      walk(cast<AssignStmt>(unit)->value);
      break;
    case NodeKind::AnnAssign:
      walk(cast<AnnAssignStmt>(unit)->value);
      break;
    case NodeKind::AugAssign: {
      auto* a = cast<AugAssignStmt>(unit);
      if (isa<AttributeExpr>(a->target) || isa<NameExpr>(a->target)) {
        walk(a->target);  // the target's current value is loaded first
        walk(a->value);
      }
      break;
    }
    case NodeKind::Return:
      walk(cast<ReturnStmt>(unit)->value);
      break;
    case NodeKind::If:
      walk(cast<IfStmt>(unit)->test);
      break;
    case NodeKind::While:
      walk(cast<WhileStmt>(unit)->test);
      break;
    default:
      break;
  }
  return out;
}

void FuncGen::specUnit(const Node* unit) {
  spec_vals_.clear();
  // A unit compiled twice (none is today) keeps its first landing only.
  if (spec_mode_ != SpecMode::Spec || !live() || landings_.count(unit)) return;
  std::vector<const AttributeExpr*> loads = specLoads(unit);
  if (loads.empty()) return;
  Storage st = resolve(mangle(self_name_), scope_);
  if (st.kind != Storage::Ssa) return;
  // Values an earlier unit peeked that still hold are used as they are.
  std::map<std::string, ValueId> peeked;
  peeked = validPeeks();
  std::vector<std::string> names;
  for (const AttributeExpr* a : loads) {
    std::string name(a->attr);
    if (!peeked.count(name) && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
  if (names.empty()) {
    for (const AttributeExpr* a : loads) spec_vals_[a] = peeked.at(std::string(a->attr));
    return;
  }
  ValueId self = toObject(readVar(st.var));
  BlockId landing = newBlock();
  F().block(landing).cold = true;
  // All the peeks first, then the tests: a straight run of peeks is one
  // layout-specialised region (decision 0011), slot loads after one check.
  std::vector<std::pair<std::string, ValueId>> peeks;
  for (const std::string& name : names) {
    ir::Immediate imm;
    imm.text = mangle(name);
    peeks.emplace_back(name, B().emit(ir::Op::AttrPeek, T().object(), {self}, imm));
  }
  for (const auto& [name, p] : peeks) {
    Ty t = m_.facts_.attr_types.at(name);
    ir::Immediate test;
    test.text = typeTestName(t);
    ValueId ok = B().emit(ir::Op::TypeIs, T().boolType(), {p}, test);
    BlockId next = newBlock();
    condBr(ok, next, landing);
    seal(next);
    setBlock(next);
    peeked[name] = typedAs(p, t);
  }
  avail_.push_back({cur_, F().block(cur_).insts.size(), peeked});
  for (const AttributeExpr* a : loads) spec_vals_[a] = peeked[std::string(a->attr)];
  seal(landing);
  landings_[unit] = landing;
  landing_blocks_.insert(landing.index);
}

bool FuncGen::landingPending(const Node* unit) const {
  return spec_mode_ == SpecMode::Generic && landings_.count(unit) && !joined_.count(unit);
}

// Generic copy, at the start of `unit`: the unit's landing joins the flow.
void FuncGen::joinLanding(const Node* unit) {
  if (!landingPending(unit)) return;
  BlockId landing = landings_.at(unit);
  BlockId join = newBlock();
  if (live()) br(join);
  setBlock(landing);
  br(join);
  joined_.insert(unit);
  enter(join);
}

// A generic-copy variable's value in a landing block: the speculative copy's
// variable of the same name there, converted (before the landing's branch).
ValueId FuncGen::landingValue(int var, BlockId landing) {
  const auto& key = generic_keys_.at(var);
  TypeId want = var_types_[var];
  ValueId v;
  auto it = spec_vars_.find(key);
  if (it == spec_vars_.end()) {
    if (!T().isWord(want)) {
      demoted_->insert(key);
      retry_ = true;
      want = T().object();
    }
    v = constNull(want);
  } else {
    std::swap(vars_, spec_vars_);
    v = readVar(it->second, landing);
    std::swap(vars_, spec_vars_);
    if (typeOf(v) != want) {
      if (want != T().object() && want != T().floatObjType()) {
        demoted_->insert(key);
        retry_ = true;
      } else {
        v = coerceBeforeTerminator(landing, v, want);
      }
    }
  }
  ssa_[landing.index].defs[var] = v;
  return v;
}

}  // namespace taipan::irgen
