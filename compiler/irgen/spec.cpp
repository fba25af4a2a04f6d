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
// Item loads (decision 0081) work the same way in any plain function: a
// list variable with a predicted item type (types::itemListTypes: a
// `list[int]` annotation, `[0] * n`) has `xs[i]` read in a unit's prefix
// checked by list.item_is (no user code, no exception) and then read typed.
// A load whose value is only compared, tested or copied into a container is
// left alone: the object path is as fast there. An assignment's lone item
// target counts too: its container and key are evaluated after the value
// and before the store (`self.cols[c] = True` stores into a list peeked and
// tested), and an augmented assignment's item is read first (`xs[i] += 1`
// reads a checked int).
#include <set>

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

// True when the statement reads an item `name[...]` (no slice) of a name
// with a predicted item type (an augmented assignment's target included).
bool loadsPredictedItem(const Node* n, const std::unordered_map<std::string, Ty>& preds) {
  bool found = false;
  std::function<void(const Node*)> visit = [&](const Node* x) {
    if (found || !x) return;
    const Expr* aug_target = nullptr;
    if (auto* a = dyn_cast<AugAssignStmt>(x)) aug_target = a->target;
    if (auto* s = dyn_cast<SubscriptExpr>(aug_target ? aug_target : x);
        s && (aug_target || s->ctx == ExprContext::Load) && !isa<SliceExpr>(s->slice)) {
      auto* v = dyn_cast<NameExpr>(s->value);
      if (v && preds.count(std::string(v->id))) found = true;
    }
    forEachChild(x, visit);
  };
  visit(n);
  return found;
}

// A key a speculated item load may evaluate before its unit: int constants
// and local variables under + and -, at most a few operations deep.
bool simpleIndex(const Expr* e, int depth = 0) {
  if (depth > 3 || !e) return false;
  if (auto* c = dyn_cast<ConstantExpr>(e)) return types::constantType(c->value) == Ty::Int;
  if (isa<NameExpr>(e)) return true;
  if (auto* b = dyn_cast<BinOpExpr>(e))
    return (b->op == BinOpKind::Add || b->op == BinOpKind::Sub) && simpleIndex(b->left, depth + 1) &&
           simpleIndex(b->right, depth + 1);
  return false;
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
    case ir::Op::ListItemIs:
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
  self_name_.clear();
  item_preds_.clear();
  auto* def = dyn_cast<FunctionDefStmt>(task_.node);
  if (!def || def->kind != NodeKind::FunctionDef || F().is_generator) return;
  if (!task_.scope || task_.scope->is_generator || task_.scope->is_coroutine) return;
  // Attribute loads: a plain method whose receiver is never rebound.
  bool method = def->decorator_list.empty() && !m_.facts_.attr_types.empty() && !F().sig.params.empty() &&
                task_.scope->parent && task_.scope->parent->kind == sema::ScopeKind::Class;
  if (method) {
    const std::string& self = F().sig.params[0];
    const sema::Symbol* sym = task_.scope->lookup(self);
    method = sym && sym->binding == sema::Binding::Local;
    for (const Stmt* s : body)
      if (method && storesName(s, self)) method = false;
    bool loads = false;
    for (const Stmt* s : body)
      if (method) loads |= loadsPredicted(s, self, m_.facts_.attr_types);
    if (loads) self_name_ = self;
  }
  // Item loads of list variables with a predicted item type (decision 0081;
  // lists of floats have their own storage and reads, decision 0069).
  item_preds_ = types::itemListTypes(def->args, body);
  for (const std::string& n : float_lists_) item_preds_.erase(n);
  bool items = false;
  for (const Stmt* s : body) items |= !item_preds_.empty() && loadsPredictedItem(s, item_preds_);
  spec_planned_ = !self_name_.empty() || items;
}

// The predicted `self.name` loads a unit evaluates before anything that
// could run user code: its prefix in CPython's evaluation order, typed as
// irgen will type it (variables as they are now, attributes as predicted).
std::vector<const Expr*> FuncGen::specLoads(const Node* unit) {
  std::vector<const Expr*> out;
  bool open = true;
  // Inside an operand that short-circuit evaluation may skip: item loads
  // there are read as usual (a check of every list before the first
  // operand would cost the loop that the first operand ends).
  int conditional = 0;
  // Item loads whose value is only compared or tested for truth: an object
  // compares with a small int or tests true as fast as its int or bool
  // would, so a check there costs more than it saves.
  std::set<const Expr*> plain;
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
        plain.insert(c->left);
        plain.insert(c->comparators.begin(), c->comparators.end());
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
        bool skippable = false;
        plain.insert(b->values.begin(), b->values.end());
        for (size_t i = 0; i < b->values.size() && open; ++i) {
          if (i == 1) ++conditional, skippable = true;
          Ty t = walk(b->values[i]);
          if (!open) break;
          if (i + 1 < b->values.size() && !typedScalar(t)) open = false;  // its truth may run __bool__
          out_t = types::join(out_t, t);
        }
        if (skippable) --conditional;
        return open ? out_t : Ty::Object;
      }
      case NodeKind::IfExp: {
        auto* i = cast<IfExpExpr>(e);
        Ty t = walk(i->test);
        if (open && !typedScalar(t)) open = false;
        ++conditional;
        Ty a = walk(i->body);
        Ty b = walk(i->orelse);
        --conditional;
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
        size_t before = out.size();
        Ty k = walk(s->slice);
        if (open && v == Ty::Str && k == Ty::Int) return Ty::Str;
        // An item of a list variable with a predicted item type, at a key
        // of locals and constants (decision 0081).
        if (auto* n = dyn_cast<NameExpr>(s->value); open && !conditional && !plain.count(s) && v == Ty::List &&
                                                    k == Ty::Int && n && out.size() == before &&
                                                    simpleIndex(s->slice)) {
          auto it = item_preds_.find(std::string(n->id));
          if (it != item_preds_.end()) {
            out.push_back(s);
            return it->second;
          }
        }
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
    case NodeKind::Assign: {
      // An item only copied into another container or an attribute gains
      // nothing from its type: no check for `a[i] = b[j]`.
      auto* a = cast<AssignStmt>(unit);
      bool copy = isa<SubscriptExpr>(a->value);
      for (const Expr* t : a->targets) copy &= !isa<NameExpr>(t);
      walk(a->value);
      if (copy) std::erase_if(out, [&](const Expr* e) { return e == a->value; });
      // A lone item target's container and key come next, before anything
      // is stored (`self.cols[c] = True`).
      if (auto* t = a->targets.size() == 1 ? dyn_cast<SubscriptExpr>(a->targets[0]) : nullptr;
          t && !isa<SliceExpr>(t->slice)) {
        walk(t->value);
        walk(t->slice);
      }
      break;
    }
    case NodeKind::AnnAssign:
      walk(cast<AnnAssignStmt>(unit)->value);
      break;
    case NodeKind::AugAssign: {
      auto* a = cast<AugAssignStmt>(unit);
      // The target's current value is loaded first (for an item, after its
      // container and key).
      auto* item = dyn_cast<SubscriptExpr>(a->target);
      if (isa<AttributeExpr>(a->target) || isa<NameExpr>(a->target) || (item && !isa<SliceExpr>(item->slice))) {
        walk(a->target);
        walk(a->value);
      }
      break;
    }
    case NodeKind::Return:
      walk(cast<ReturnStmt>(unit)->value);
      break;
    case NodeKind::If:
      plain.insert(cast<IfStmt>(unit)->test);
      walk(cast<IfStmt>(unit)->test);
      break;
    case NodeKind::While:
      plain.insert(cast<WhileStmt>(unit)->test);
      walk(cast<WhileStmt>(unit)->test);
      break;
    default:
      break;
  }
  return out;
}

// A speculative unit's check: on in a new block when `ok` holds, else to
// the unit's landing.
void FuncGen::specCheck(ValueId ok, BlockId landing) {
  BlockId next = newBlock();
  condBr(ok, next, landing);
  enter(next);
}

// The check that a variable read before its unit is bound: an unbound one
// goes to the landing, where the generic copy reads it and raises as CPython
// does. irgen's finish() folds the test away where the value cannot be the
// null word (is_null imm.i 1).
void FuncGen::specCheckBound(ValueId v, BlockId landing) {
  ir::Immediate imm;
  imm.i = 1;
  ValueId unbound = B().emit(ir::Op::IsNull, T().boolType(), {v}, imm);
  BlockId next = newBlock();
  condBr(unbound, landing, next);
  enter(next);
}

// The value of a speculated item load's key (simpleIndex), made before its
// unit, each variable checked bound.
ValueId FuncGen::specIndex(const Expr* e, BlockId landing) {
  if (auto* c = dyn_cast<ConstantExpr>(e)) return constant(c->value);
  if (auto* n = dyn_cast<NameExpr>(e)) {
    Storage st = resolve(mangle(n->id), scope_);
    if (st.kind != Storage::Ssa) return ValueId();
    ValueId v = readVar(st.var);
    if (tyOf(v) != Ty::Int) return ValueId();
    specCheckBound(v, landing);
    return v;
  }
  auto* b = cast<BinOpExpr>(e);
  ValueId l = specIndex(b->left, landing);
  if (!l.valid()) return l;
  ValueId r = specIndex(b->right, landing);
  if (!r.valid()) return r;
  return B().binary(b->op == BinOpKind::Add ? ir::Op::IntAdd : ir::Op::IntSub, l, r);
}

void FuncGen::specUnit(const Node* unit) {
  spec_vals_.clear();
  // A unit compiled twice (none is today) keeps its first landing only.
  if (spec_mode_ != SpecMode::Spec || !live() || landings_.count(unit)) return;
  std::vector<const Expr*> loads = specLoads(unit);
  if (loads.empty()) return;
  std::vector<const AttributeExpr*> attrs;
  std::vector<const SubscriptExpr*> items;
  for (const Expr* e : loads) {
    if (auto* a = dyn_cast<AttributeExpr>(e))
      attrs.push_back(a);
    else
      items.push_back(cast<SubscriptExpr>(e));
  }
  // Values an earlier unit peeked that still hold are used as they are.
  std::map<std::string, ValueId> peeked;
  std::vector<std::string> names;
  if (!attrs.empty()) {
    peeked = validPeeks();
    for (const AttributeExpr* a : attrs) {
      std::string name(a->attr);
      if (!peeked.count(name) && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  if (names.empty() && items.empty()) {
    for (const AttributeExpr* a : attrs) spec_vals_[a] = peeked.at(std::string(a->attr));
    return;
  }
  BlockId landing = newBlock();
  F().block(landing).cold = true;
  // The test of a peeked value, which is then used typed.
  auto test = [&](ValueId p, Ty t) {
    ir::Immediate imm;
    imm.text = typeTestName(t);
    specCheck(B().emit(ir::Op::TypeIs, T().boolType(), {p}, imm), landing);
    return typedAs(p, t);
  };
  if (!names.empty()) {
    Storage st = resolve(mangle(self_name_), scope_);
    ValueId self = toObject(readVar(st.var));
    // All the peeks first, then the tests: a straight run of peeks is one
    // layout-specialised region (decision 0011), slot loads after one check.
    std::vector<std::pair<std::string, ValueId>> peeks;
    for (const std::string& name : names) {
      ir::Immediate imm;
      imm.text = mangle(name);
      peeks.emplace_back(name, B().emit(ir::Op::AttrPeek, T().object(), {self}, imm));
    }
    for (const auto& [name, p] : peeks) peeked[name] = test(p, m_.facts_.attr_types.at(name));
    avail_.push_back({cur_, F().block(cur_).insts.size(), peeked});
  }
  for (const AttributeExpr* a : attrs) spec_vals_[a] = peeked[std::string(a->attr)];
  // Item loads: the list (a variable of type list) and the key, each
  // tested bound, then the item's type, then the item read.
  for (const SubscriptExpr* s : items) {
    Storage st = resolve(mangle(cast<NameExpr>(s->value)->id), scope_);
    ValueId list = st.kind == Storage::Ssa ? readVar(st.var) : ValueId();
    ValueId key = list.valid() && tyOf(list) == Ty::List ? specIndex(s->slice, landing) : ValueId();
    if (!key.valid()) continue;  // loaded as usual in the unit
    specCheckBound(list, landing);
    Ty t = item_preds_.at(std::string(cast<NameExpr>(s->value)->id));
    ir::Immediate imm;
    imm.text = typeTestName(t);
    ValueId obj_key = toObject(key);
    specCheck(B().emit(ir::Op::ListItemIs, T().boolType(), {list, obj_key}, imm), landing);
    spec_vals_[s] = typedAs(B().emit(ir::Op::ListGetItem, T().object(), {list, obj_key}, imm), t);
  }
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
