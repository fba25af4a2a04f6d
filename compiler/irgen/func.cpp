// Functions, calls and classes: function objects (defaults, keyword-only
// defaults and the closure tuple of cells evaluated at definition time),
// calls (positional, keyword, *args/**kwargs, call.direct to module
// functions proven never rebound, guarded direct construction of module
// classes (decision 0032), zero-argument super()), the builtins whose
// results have a known type, and class statements whose bodies run inline:
// into a dict handed to class.new for a class without bases or keywords,
// else into the namespace class.prepare returns (the metaclass's
// __prepare__) handed to class.build (the metaclass call).
#include <algorithm>

#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

ValueId FuncGen::makeFunction(const Node* node, const Arguments* args, const std::string& name) {
  const sema::Scope* child = m_.scopeOf(node);
  ValueId defaults = B().constNone();
  if (args && !args->defaults.empty()) {
    std::vector<ValueId> items;
    for (Expr* d : args->defaults) items.push_back(toObject(expr(d)));
    defaults = B().tupleNew(items);
  }
  ValueId kwdefaults = B().constNone();
  if (args) {
    std::vector<ValueId> kv;
    for (uint32_t i = 0; i < args->kwonlyargs.size(); ++i)
      if (args->kw_defaults[i]) {
        kv.push_back(B().constStr(mangle(args->kwonlyargs[i]->arg)));
        kv.push_back(toObject(expr(args->kw_defaults[i])));
      }
    if (!kv.empty()) kwdefaults = B().dictNew(kv);
  }
  // A generic function: defaults above are evaluated outside, the
  // annotations and the closure inside the type-parameter scope.
  const sema::Scope* outer_scope = scope_;
  ValueId type_params;
  if (auto* def = dyn_cast<FunctionDefStmt>(node); def && !def->type_params.empty())
    type_params = typeParams(def->type_params);
  ValueId closure = B().constNone();
  std::vector<ValueId> cells;
  if (child) {
    for (const sema::Symbol& sym : child->symbols) {
      if (sym.binding != sema::Binding::Free) continue;
      Storage s = resolve(sym.name, scope_);
      if (s.kind == Storage::Cell) {
        cells.push_back(s.cell);
      } else if (s.kind == Storage::Closure) {
        ir::Immediate imm;
        imm.i = s.closure_index;
        cells.push_back(B().emit(ir::Op::TupleGet, {}, {closure_}, imm));
      } else {
        m_.unsupported(node, "this closure");
        scope_ = outer_scope;
        return B().constNone();
      }
    }
  }
  if (!cells.empty()) closure = B().tupleNew(cells);
  std::string class_name = class_names_.empty() ? "" : class_names_.back();
  // Annotations are evaluated at definition time in the enclosing scope
  // (strings of their source under `from __future__ import annotations`).
  std::vector<ValueId> ann;
  if (auto* def = dyn_cast<FunctionDefStmt>(node)) {
    auto annotate = [&](std::string_view key, const Expr* a) {
      if (!a) return;
      ann.push_back(B().constStr(mangle(key)));
      if (m_.scopes_.future_annotations) {
        std::string_view src = m_.file_.text().substr(a->range.begin, a->range.end - a->range.begin);
        ann.push_back(B().constStr(std::string(src)));
      } else {
        ann.push_back(toObject(expr(const_cast<Expr*>(a))));
      }
    };
    if (args) {
      for (Arg* a : args->posonlyargs) annotate(a->arg, a->annotation);
      for (Arg* a : args->args) annotate(a->arg, a->annotation);
      if (args->vararg) annotate(args->vararg->arg, args->vararg->annotation);
      for (Arg* a : args->kwonlyargs) annotate(a->arg, a->annotation);
      if (args->kwarg) annotate(args->kwarg->arg, args->kwarg->annotation);
    }
    if (def->returns) annotate("return", def->returns);
  }
  FuncId fid = m_.functionFor(node, qual_prefix_ + name, class_name);
  ValueId fn = B().funcNew(fid, defaults, kwdefaults, closure);
  if (auto* def = dyn_cast<FunctionDefStmt>(node)) {
    if (!ann.empty()) B().pySetAttr(fn, "__annotations__", B().dictNew(ann));
    if (!def->body.empty())
      if (auto* doc = dyn_cast<ExprStmt>(def->body[0]))
        if (auto* c = dyn_cast<ConstantExpr>(doc->value); c && c->value.kind == Constant::Kind::Str)
          B().pySetAttr(fn, "__doc__", B().constStr(std::string(c->value.text)));
  }
  if (type_params.valid()) B().pySetAttr(fn, "__type_params__", type_params);
  scope_ = outer_scope;
  return fn;
}

// `math.sqrt(x)` when `math` is certainly the math module here (imported once
// at the top, before any code runs) and the program never stores a `sqrt`
// attribute: the f64 square root inline, with math's argument conversion.
std::optional<ValueId> FuncGen::mathCall(const CallExpr* e) {
  auto* attr = dyn_cast<AttributeExpr>(e->func);
  if (!attr || attr->attr != "sqrt" || e->args.size() != 1 || !e->keywords.empty() || isa<StarredExpr>(e->args[0]))
    return std::nullopt;
  auto* mod = dyn_cast<NameExpr>(attr->value);
  if (!mod || !m_.isKnownModule(mod->id, "math") || resolve(mangle(mod->id), scope_).kind != Storage::Global)
    return std::nullopt;
  if (!m_.facts_.attrNeverStored(attr->attr)) return std::nullopt;
  bool in_init = task_.node == &m_.module_;
  if (in_init && m_.known_modules_.at(std::string(mod->id)).second >= top_index_) return std::nullopt;
  ValueId x = expr(e->args[0]);
  switch (tyOf(x)) {
    case Ty::Float:
      break;
    case Ty::Int:
      x = B().unary(ir::Op::IntToFloat, x);
      break;
    default:
      x = B().emit(ir::Op::AsFloat, T().floatType(), {x});
      break;
  }
  return B().emit(ir::Op::FloatSqrt, T().floatType(), {x});
}

// The attribute load of a call `obj.name(...)` whose receiver `obj` the
// caller has evaluated: what expr(e->func) makes, at the attribute's
// position.
ValueId FuncGen::methodAttr(const AttributeExpr* attr, ValueId obj) {
  ir::SrcPos saved = B().pos();
  B().setPos(m_.posOf(attr));
  ValueId callee = getAttr(toObject(obj), attr->attr);
  B().setPos(saved);
  return callee;
}

// `x.append(v)` where x is an exact list (Ty::List: a list display, a
// proven list() result, a typed clone's guarded parameter): the builtin
// type's method cannot be replaced or shadowed by an instance attribute, so
// the call is list.append itself, done without the method lookup. Subclass
// instances never have Ty::List and keep the generic call.
std::optional<ValueId> FuncGen::listAppendCall(const CallExpr* e) {
  auto* attr = dyn_cast<AttributeExpr>(e->func);
  if (!attr || attr->attr != "append" || e->args.size() != 1 || !e->keywords.empty() || isa<StarredExpr>(e->args[0]))
    return std::nullopt;
  // Only a plain name's type is known before evaluating it: evaluating any
  // other expression here would be wasted if it were not a list.
  auto* n = dyn_cast<NameExpr>(attr->value);
  if (!n) return std::nullopt;
  ValueId obj = expr(attr->value);
  if (tyOf(obj) != Ty::List) {
    ValueId callee = methodAttr(attr, obj);  // before the argument, as Python evaluates them
    return B().pyCall(callee, {toObject(expr(e->args[0]))});
  }
  ValueId v = toObject(expr(e->args[0]));
  B().listAppend(obj, v);
  return B().constNone();
}

// `s.m(args)` for a method m of str whose result type is known
// (types::strMethodResult) and that no module class defines: when s turns
// out to be an exact str (Ty::Str), the result gets that type; str's
// methods cannot be replaced or shadowed. The call itself is the generic
// method call either way.
std::optional<ValueId> FuncGen::strMethodCall(const CallExpr* e) {
  auto* attr = dyn_cast<AttributeExpr>(e->func);
  if (!attr || !e->keywords.empty() || mangle(attr->attr) != attr->attr) return std::nullopt;
  Ty rt = types::strMethodResult(attr->attr);
  if (rt == Ty::Object || m_.method_defs_.count(attr->attr) || m_.facts_.float_attrs.count(std::string(attr->attr)))
    return std::nullopt;
  for (Expr* a : e->args)
    if (isa<StarredExpr>(a)) return std::nullopt;
  ValueId obj = expr(attr->value);
  ValueId callee = methodAttr(attr, obj);
  std::vector<ValueId> args;
  for (Expr* a : e->args) args.push_back(toObject(expr(a)));
  ValueId r = B().pyCall(callee, args);
  if (tyOf(obj) != Ty::Str) return r;
  return typedAs(r, rt);
}

// An object known to be of type t (a result CPython guarantees, an argument
// that passed its type.is test) in t's representation: a cast for the word
// types, an unbox for float and bool; an object stays as it is.
ValueId FuncGen::typedAs(ValueId v, Ty t) {
  switch (t) {
    case Ty::Int:
    case Ty::Str:
    case Ty::List:
      return B().cast(v, m_.irType(t));
    case Ty::Float:
    case Ty::Bool:
      return B().unbox(v, m_.irType(t));
    default:
      return v;
  }
}

// The index among the module's top-level statements of the one whose
// execution created this function (its def, or the def or class statement
// around it); -1 when there is none (module code) or it is not a def or
// class statement.
ptrdiff_t FuncGen::creatorIndex() const {
  const sema::Scope* s = task_.scope;
  while (s && s->parent && s->parent->kind != sema::ScopeKind::Module) s = s->parent;
  if (!s || !s->parent) return -1;
  auto it = m_.top_stmt_index_.find(s->node);
  return it == m_.top_stmt_index_.end() ? -1 : static_cast<ptrdiff_t>(it->second);
}

std::optional<ValueId> FuncGen::directCall(const CallExpr* e) {
  auto* n = dyn_cast<NameExpr>(e->func);
  if (!n || !e->keywords.empty()) return std::nullopt;
  const DirectFunc* d = m_.direct(n->id);
  if (!d || mangle(n->id) != n->id || resolve(std::string(n->id), scope_).kind != Storage::Global) return std::nullopt;
  // The def must have run before the call. That is certain when no code can
  // run before it; otherwise the global is read first: the name is bound by
  // this def only, so it is either unbound (NameError, as CPython raises) or
  // this function. A builtin of the same name would answer the read before
  // the def runs, so such a function needs certainty.
  // Inside a function, the top-level statement that created it (its def,
  // or the class or def around it) has started, so every top-level
  // statement before that one has run: a callee defined there is bound
  // (a function defined by that very statement, itself, too: its body runs
  // only once the def has bound it).
  bool in_init = task_.node == &m_.module_;
  bool certain = in_init
                     ? d->def_index < top_index_
                     : d->def_index < m_.first_exec_index_ || static_cast<ptrdiff_t>(d->def_index) <= creatorIndex();
  if (!certain && types::ModuleFacts::isBuiltinName(n->id)) return std::nullopt;
  const ir::Signature& sig = m_.out_.func(d->generic).sig;
  if (e->args.size() != sig.params.size()) return std::nullopt;
  for (Expr* a : e->args)
    if (isa<StarredExpr>(a)) return std::nullopt;
  if (!certain) B().globalLoad(std::string(n->id));
  std::vector<ValueId> args;
  for (Expr* a : e->args) args.push_back(expr(a));
  bool typed = d->clone.valid();
  for (size_t i = 0; typed && i < args.size(); ++i)
    if (d->clone_params[i] != Ty::Object && tyOf(args[i]) != d->clone_params[i]) typed = false;
  if (typed) {
    for (size_t i = 0; i < args.size(); ++i)
      if (d->clone_params[i] == Ty::Object) args[i] = toObject(args[i]);
    return B().callDirect(d->clone, args);
  }
  for (ValueId& a : args) a = toObject(a);
  return B().callDirect(d->generic, args);
}

// `C(args)` for a module class C with a known __init__ (planConstructors):
//
//   %c = global.load "C"; args...
//   type.is per typed parameter whose argument is not proven -> ^generic
//   %o = ctor.new %c [@C.__init__]        ; null unless %c's constructor
//   cond_br is_null %o, ^generic, ^fast    ; memo holds that __init__
//   ^fast: %r = call.direct @C.__init__$typed(%o, unboxed args...)
//          (the generic @C.__init__ with objects when there is no clone)
//          ctor.init_result %r; -> %o
//   ^generic: py.call %c, boxed args...
//
// Exact positional calls only: keywords, starred arguments and another
// count take the generic path, which raises CPython's errors.
std::optional<ValueId> FuncGen::ctorCall(const CallExpr* e) {
  auto* n = dyn_cast<NameExpr>(e->func);
  if (!n || !e->keywords.empty()) return std::nullopt;
  auto it = m_.ctor_classes_.find(n->id);
  if (it == m_.ctor_classes_.end()) return std::nullopt;
  if (mangle(n->id) != n->id || resolve(std::string(n->id), scope_).kind != Storage::Global) return std::nullopt;
  const DirectFunc& d = m_.direct_.at(it->second);
  const ir::Signature& sig = m_.out_.func(d.generic).sig;
  if (e->args.size() + 1 != sig.params.size()) return std::nullopt;
  for (Expr* a : e->args)
    if (isa<StarredExpr>(a)) return std::nullopt;
  ValueId callee = toObject(expr(e->func));
  std::vector<ValueId> args;
  for (Expr* a : e->args) args.push_back(expr(a));
  int result = hiddenVar(T().object());
  BlockId generic = newBlock(), join = newBlock();
  // The argument tests come first: a failed one (a type the annotations
  // did not expect) takes the generic path before anything is allocated.
  bool use_clone = false;
  std::vector<ValueId> conv = directArgs(d, args, 1, use_clone, generic);
  ir::Immediate imm;
  imm.func = d.generic;
  ValueId obj = B().emit(ir::Op::CtorNew, T().object(), {callee}, imm);
  BlockId fast = newBlock();
  condBr(B().isNull(obj), generic, fast);
  enter(fast);
  conv.insert(conv.begin(), obj);
  ValueId r = B().callDirect(use_clone ? d.clone : d.generic, conv);
  B().emit(ir::Op::CtorInitResult, {}, {toObject(r)});
  writeVar(result, obj);
  br(join);
  enter(generic);
  std::vector<ValueId> boxed;
  for (ValueId a : args) boxed.push_back(toObject(a));
  writeVar(result, B().pyCall(callee, boxed));
  br(join);
  enter(join);
  return readVar(result);
}

std::vector<ValueId> FuncGen::directArgs(const DirectFunc& d, const std::vector<ValueId>& args, size_t first,
                                         bool& use_clone, BlockId fail) {
  // Which arguments the typed clone can take as they are, and which need a
  // run-time test first; a statically wrong one rules the clone out.
  use_clone = d.clone.valid();
  std::vector<bool> test(args.size(), false);
  for (size_t i = 0; use_clone && i < args.size(); ++i) {
    Ty want = d.clone_params[i + first], have = tyOf(args[i]);
    if (want == Ty::Object || have == want) continue;
    if (have == Ty::Object || (have == Ty::FloatObj && want == Ty::Float))
      test[i] = true;
    else
      use_clone = false;
  }
  std::vector<ValueId> conv;
  for (size_t i = 0; i < args.size(); ++i) {
    ValueId a = args[i];
    Ty want = use_clone ? d.clone_params[i + first] : Ty::Object;
    if (want == Ty::Object) {
      conv.push_back(toObject(a));
      continue;
    }
    if (test[i]) {
      ir::Immediate t;
      t.text = typeTestName(want);
      ValueId ok = B().emit(ir::Op::TypeIs, T().boolType(), {a}, t);
      BlockId next = newBlock();
      condBr(ok, next, fail);
      enter(next);
      a = typedAs(a, want);
    }
    conv.push_back(a);
  }
  return conv;
}

// `x.m(args)` where m names methods of module classes (planMethodClones)
// whose positional parameters the call fills exactly (docs/decisions/
// 0051-direct-method-calls.md):
//
//   %m = py.getattr %x "m"; args...
//   %ok = method.is %m [@C.m]           ; per candidate def, at most 4
//   cond_br %ok, ^fast, ^next
//   ^fast: type.is tests of unproven typed arguments -> ^generic
//          %r = call.direct @C.m$typed(%x, args...) (or @C.m with objects)
//   ^generic: py.call %m, args...       ; the method site as before
//
// The guard holds only when the method site found a plain function on
// type(x) for an instance without that name in its __dict__, made from the
// def: calling it with x in front is what the generic call would do.
std::optional<ValueId> FuncGen::methodCall(const CallExpr* e) {
  auto* attr = dyn_cast<AttributeExpr>(e->func);
  if (!attr || !e->keywords.empty() || mangle(attr->attr) != attr->attr) return std::nullopt;
  for (Expr* a : e->args)
    if (isa<StarredExpr>(a)) return std::nullopt;
  std::vector<const DirectFunc*> cands = m_.methodCandidates(attr->attr, e->args.size());
  if (cands.empty()) return std::nullopt;
  // What expr(e->func) makes, with the receiver at hand for the direct calls.
  ValueId receiver = toObject(expr(attr->value));
  ValueId callee = methodAttr(attr, receiver);
  std::vector<ValueId> args;
  for (Expr* a : e->args) args.push_back(expr(a));
  bool fo = ModuleGen::floatMethodResult(cands);
  TypeId rtype = fo ? T().floatObjType() : T().object();
  int result = hiddenVar(rtype);
  BlockId generic = newBlock(), join = newBlock();
  for (size_t k = 0; k < cands.size(); ++k) {
    const DirectFunc& d = *cands[k];
    ir::Immediate imm;
    imm.func = d.generic;
    ValueId ok = B().emit(ir::Op::MethodIs, T().boolType(), {callee}, imm);
    BlockId fast = newBlock(), next = k + 1 < cands.size() ? newBlock() : generic;
    condBr(ok, fast, next);
    enter(fast);
    bool use_clone = false;
    std::vector<ValueId> conv = directArgs(d, args, 1, use_clone, generic);
    conv.insert(conv.begin(), receiver);
    ValueId r = B().callDirect(use_clone ? d.clone : d.generic, conv);
    writeVar(result, fo ? coerce(r, rtype) : toObject(r));
    br(join);
    if (next != generic) enter(next);
  }
  enter(generic);
  std::vector<ValueId> boxed;
  for (ValueId a : args) boxed.push_back(toObject(a));
  ValueId g = B().pyCall(callee, boxed);
  writeVar(result, fo ? coerce(g, rtype) : g);
  br(join);
  enter(join);
  return readVar(result);
}

ValueId FuncGen::call(const CallExpr* e) {
  auto* name = dyn_cast<NameExpr>(e->func);
  bool builtin = name && resolve(mangle(name->id), scope_).kind == Storage::Global && m_.facts_.isBuiltin(name->id);
  // A generator expression as the only argument of a builtin that consumes it at once.
  const sema::Scope* gen_scope =
      e->args.size() == 1 && e->args[0]->kind == NodeKind::GeneratorExp ? m_.scopeOf(e->args[0]) : nullptr;
  if (e->args.size() == 1 && e->keywords.empty() && e->args[0]->kind == NodeKind::GeneratorExp &&
      !(gen_scope && gen_scope->is_coroutine)) {
    auto* gen = cast<CompExpr>(e->args[0]);
    if (builtin && (name->id == "sum" || name->id == "any" || name->id == "all" || name->id == "list" ||
                    name->id == "tuple" || name->id == "sorted"))
      return genexpCall(e, gen, name->id);
    if (auto* attr = dyn_cast<AttributeExpr>(e->func); attr && attr->attr == "join") {
      auto* c = dyn_cast<ConstantExpr>(attr->value);
      if (c && c->value.kind == Constant::Kind::Str) return genexpCall(e, gen, "join");
    }
  }
  // locals() in a function: a new dict of the function's bound plain local
  // variables (best effort: cell and free variables are left out).
  bool is_locals = name && name->id == "locals" && resolve("locals", scope_).kind == Storage::Global &&
                   !m_.facts_.has_star_import && !m_.facts_.bindings.count("locals");
  if (is_locals && e->args.empty() && e->keywords.empty() && scope_ &&
      (scope_->kind == sema::ScopeKind::Function || scope_->kind == sema::ScopeKind::Lambda)) {
    ValueId d = B().dictNew({});
    for (const sema::Symbol& sym : scope_->symbols) {
      if (sym.binding != sema::Binding::Local) continue;
      if (!(sym.flags & (sema::kDefLocal | sema::kDefParam | sema::kDefImport))) continue;
      Storage s = resolve(sym.name, scope_);
      if (s.kind != Storage::Ssa) continue;
      ValueId v = readVar(s.var);
      BlockId have = newBlock(), join = newBlock();
      B().condBr(B().isNull(v), join, have);
      ssa_[have.index].preds.push_back(cur_);
      ssa_[join.index].preds.push_back(cur_);
      terminate();
      enter(have);
      B().dictSet(d, B().constStr(sym.name), toObject(v));
      br(join);
      enter(join);
    }
    return d;
  }
  if (is_locals && e->args.empty() && e->keywords.empty() && scope_ && scope_->kind == sema::ScopeKind::Module)
    return B().pyCall(B().builtinLoad("globals"), {});
  // Zero-argument super(): super(__class__, <first argument>).
  if (name && name->id == "super" && e->args.empty() && e->keywords.empty() && task_.scope &&
      task_.scope->lookup("__class__") && !m_.out_.func(task_.fid).params.empty()) {
    ValueId callee = loadName("super", e);
    ValueId cls = loadName("__class__", e);
    const sema::Scope* saved = scope_;
    scope_ = task_.scope;
    ValueId self = loadName(m_.out_.func(task_.fid).sig.params[0], e);
    scope_ = saved;
    return B().pyCall(callee, {cls, toObject(self)});
  }
  if (auto d = directCall(e)) return *d;
  if (auto m = mathCall(e)) return *m;
  if (auto a = listAppendCall(e)) return *a;
  if (auto c = ctorCall(e)) return *c;
  if (auto m = methodCall(e)) return *m;
  if (auto m = strMethodCall(e)) return *m;
  ValueId callee = toObject(expr(e->func));
  bool dynamic = false;
  for (Expr* a : e->args) dynamic |= isa<StarredExpr>(a);
  for (Keyword* k : e->keywords) dynamic |= k->arg.empty();
  ValueId result;
  if (!dynamic) {
    std::vector<ValueId> args;
    std::vector<std::string> names;
    for (Expr* a : e->args) args.push_back(toObject(expr(a)));
    for (Keyword* k : e->keywords) {
      args.push_back(toObject(expr(k->value)));
      names.emplace_back(k->arg);
    }
    result = B().pyCall(callee, args, names);
  } else {
    ValueId list = B().listNew({});
    for (Expr* a : e->args) {
      if (auto* st = dyn_cast<StarredExpr>(a))
        B().callStarArg(list, toObject(expr(st->value)), callee);
      else
        B().listAppend(list, toObject(expr(a)));
    }
    ValueId tuple = B().listToTuple(list);
    ValueId kwargs = constNull(T().object());
    if (!e->keywords.empty()) {
      kwargs = B().dictNew({});
      for (Keyword* k : e->keywords) {
        if (k->arg.empty()) {
          B().callKwArgs(kwargs, toObject(expr(k->value)), callee);
        } else {
          ValueId key = B().constStr(std::string(k->arg));
          B().callKwArg(kwargs, key, toObject(expr(k->value)), callee);
        }
      }
    }
    result = B().pyCallEx(callee, tuple, kwargs);
  }
  if (builtin && !dynamic) {
    return typedAs(result, types::builtinResult(name->id));
  }
  return result;
}

namespace {

// The attribute names the methods of a class assign on their first parameter
// (`self.x = ...`, augmented and annotated assignments, tuple/list unpacking,
// for and with targets), in source order, first occurrence first: the
// compiler's guess at the instance attributes, which the runtime lays out as
// fixed instance slots (`__taipan_slots__`, object.h "Instance slots").
// Nested functions and classes are not searched: their `self` is another
// variable.
class SelfAttrCollector {
 public:
  explicit SelfAttrCollector(std::vector<std::string>& out) : out_(out) {}

  void method(const FunctionDefStmt* f) {
    const Arguments* a = f->args;
    if (!a) return;
    const Arg* first = !a->posonlyargs.empty() ? a->posonlyargs[0] : !a->args.empty() ? a->args[0] : nullptr;
    if (!first) return;
    self_ = first->arg;
    stmts(f->body);
  }

 private:
  void add(std::string_view name) {
    for (const std::string& n : out_)
      if (n == name) return;
    out_.emplace_back(name);
  }
  void target(const Expr* t) {
    if (!t) return;
    if (auto* a = dyn_cast<AttributeExpr>(t)) {
      if (auto* n = dyn_cast<NameExpr>(a->value); n && n->id == self_) add(a->attr);
    } else if (auto* seq = dyn_cast<SequenceExpr>(t)) {
      for (const Expr* e : seq->elts) target(e);
    } else if (auto* st = dyn_cast<StarredExpr>(t)) {
      target(st->value);
    }
  }
  void stmts(const StmtList& body) {
    for (const Stmt* s : body) stmt(s);
  }
  void stmt(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::Assign:
        for (const Expr* t : cast<AssignStmt>(s)->targets) target(t);
        return;
      case NodeKind::AugAssign:
        target(cast<AugAssignStmt>(s)->target);
        return;
      case NodeKind::AnnAssign:
        if (cast<AnnAssignStmt>(s)->value) target(cast<AnnAssignStmt>(s)->target);
        return;
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = cast<ForStmt>(s);
        target(f->target);
        stmts(f->body);
        stmts(f->orelse);
        return;
      }
      case NodeKind::While:
        stmts(cast<WhileStmt>(s)->body);
        stmts(cast<WhileStmt>(s)->orelse);
        return;
      case NodeKind::If:
        stmts(cast<IfStmt>(s)->body);
        stmts(cast<IfStmt>(s)->orelse);
        return;
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = cast<WithStmt>(s);
        for (const WithItem* item : w->items) target(item->optional_vars);
        stmts(w->body);
        return;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = cast<TryStmt>(s);
        stmts(t->body);
        for (const ExceptHandler* h : t->handlers) stmts(h->body);
        stmts(t->orelse);
        stmts(t->finalbody);
        return;
      }
      case NodeKind::Match:
        for (const MatchCase* c : cast<MatchStmt>(s)->cases) stmts(c->body);
        return;
      default:
        return;
    }
  }

  std::vector<std::string>& out_;
  std::string_view self_;
};

// The instance attribute names of a class body's methods: __init__ first,
// then the other methods in source order. Static and class methods have no
// instance parameter and are skipped.
std::vector<std::string> instanceAttrNames(const ClassDefStmt* s) {
  std::vector<std::string> names;
  SelfAttrCollector collect(names);
  std::vector<const FunctionDefStmt*> methods;
  for (const Stmt* st : s->body) {
    auto* f = dyn_cast<FunctionDefStmt>(st);
    if (!f) continue;
    bool instance = true;
    for (const Expr* d : f->decorator_list)
      if (auto* n = dyn_cast<NameExpr>(d); n && (n->id == "staticmethod" || n->id == "classmethod")) instance = false;
    if (instance) methods.push_back(f);
  }
  for (const FunctionDefStmt* f : methods)
    if (f->name == "__init__") collect.method(f);
  for (const FunctionDefStmt* f : methods)
    if (f->name != "__init__") collect.method(f);
  return names;
}

}  // namespace

void FuncGen::classDef(const ClassDefStmt* s) {
  std::vector<ValueId> decorators;
  for (Expr* d : s->decorator_list) decorators.push_back(toObject(expr(d)));
  // A generic class (PEP 695): bases, keywords and body see the type
  // parameters, and typing.Generic[params] is the implicit last base.
  const sema::Scope* outer_scope = scope_;
  ValueId type_params;
  if (!s->type_params.empty()) type_params = typeParams(s->type_params);
  std::vector<ValueId> bases;
  for (Expr* b : s->bases) {
    if (isa<StarredExpr>(b)) {
      m_.unsupported(b, "starred base classes");
      return;
    }
    bases.push_back(toObject(expr(b)));
  }
  if (type_params.valid()) bases.push_back(B().pyGetItem(typingHelper("Generic"), type_params));
  ValueId bases_tuple = B().tupleNew(bases);
  // A class without bases and keywords is made by type from a plain dict;
  // otherwise the metaclass is only known at run time (explicit, or the
  // bases'), and so is the namespace its __prepare__ gives the body.
  bool generic = !bases.empty() || !s->keywords.empty();
  ValueId kw = B().constNone();
  if (!s->keywords.empty()) {
    kw = B().dictNew({});
    for (const Keyword* k : s->keywords) {
      if (k->arg.empty())
        B().dictUpdate(kw, toObject(expr(k->value)));
      else
        B().dictSet(kw, B().constStr(std::string(k->arg)), toObject(expr(k->value)));
    }
  }
  std::string name(s->name);
  std::string qualname = qual_prefix_ + name;
  ValueId name_v = B().constStr(name);
  ValueId ns = generic ? B().emit(ir::Op::ClassPrepare, {}, {name_v, bases_tuple, kw}) : B().dictNew({});
  auto nsSet = [&](const char* key, ValueId v) {
    if (generic)
      B().pySetItem(ns, B().constStr(key), v);
    else
      B().dictSet(ns, B().constStr(key), v);
  };
  nsSet("__module__", B().constStr(m_.out_.name));
  nsSet("__qualname__", B().constStr(qualname));
  if (type_params.valid()) nsSet("__type_params__", type_params);
  if (!s->body.empty())
    if (auto* doc = dyn_cast<ExprStmt>(s->body[0]))
      if (auto* c = dyn_cast<ConstantExpr>(doc->value); c && c->value.kind == Constant::Kind::Str)
        nsSet("__doc__", B().constStr(std::string(c->value.text)));
  for (const Stmt* st : s->body)
    if (auto* an = dyn_cast<AnnAssignStmt>(st); an && an->simple) {
      nsSet("__annotations__", B().dictNew({}));
      break;
    }

  const sema::Scope* cls_scope = m_.scopeOf(s);
  const sema::Scope* saved_scope = scope_;
  std::string saved_prefix = qual_prefix_;
  scope_ = cls_scope;
  qual_prefix_ = qualname + ".";
  class_names_.push_back(name);
  classes_.push_back({cls_scope, ns, generic});
  createCells(cls_scope);
  // A class statement in a loop starts from an empty namespace every time.
  for (const sema::Symbol& sym : cls_scope->symbols)
    if (sym.binding == sema::Binding::Local)
      writeVar(varFor(cls_scope, sym.name, T().object()), constNull(T().object()));
  auto saved_loops = loops_;
  loops_.clear();
  stmts(s->body);
  loops_ = saved_loops;
  ValueId class_cell;
  if (auto it = cells_.find({cls_scope, "__class__"}); it != cells_.end()) class_cell = it->second;
  // Instance slots for the attributes the methods assign (unless the class
  // lays out its instances itself with __slots__); names mangled as here.
  // A subclass of a class whose slots are known here lists the base's first
  // (the runtime skips names it already has, so the layout is the same).
  std::vector<std::string> slot_names;
  bool top = outer_scope && outer_scope->kind == sema::ScopeKind::Module;
  if (const sema::Symbol* sym = cls_scope->lookup("__slots__"); !sym || !(sym->flags & sema::kDefLocal)) {
    if (top && s->bases.size() == 1 && s->keywords.empty() && s->type_params.empty())
      if (auto* base = dyn_cast<NameExpr>(s->bases[0]))
        if (auto it = m_.class_slots_.find(std::string(base->id)); it != m_.class_slots_.end()) slot_names = it->second;
    for (const std::string& n : instanceAttrNames(s)) {
      std::string m = mangle(n);
      if (std::find(slot_names.begin(), slot_names.end(), m) == slot_names.end()) slot_names.push_back(m);
    }
  }
  if (auto it = m_.facts_.bindings.find(name); top && it != m_.facts_.bindings.end() && it->second == 1)
    m_.class_slots_[name] = slot_names;
  classes_.pop_back();
  class_names_.pop_back();
  qual_prefix_ = saved_prefix;
  scope_ = saved_scope;
  if (!live()) return;
  ValueId slots = B().constNone();
  if (!slot_names.empty()) {
    std::vector<ValueId> items;
    for (const std::string& n : slot_names) items.push_back(B().constStr(n));
    slots = B().tupleNew(items);
    if (!generic) B().dictSet(ns, B().constStr("__taipan_slots__"), slots);
  }
  ValueId cls;
  if (generic) {
    // The methods' __class__ cell reaches type.__new__ through the
    // namespace, as in CPython (metaclasses see it too).
    if (class_cell.valid()) B().pySetItem(ns, B().constStr("__classcell__"), class_cell);
    cls = B().emit(ir::Op::ClassBuild, {}, {name_v, bases_tuple, ns, kw, slots});
  } else {
    cls = B().classNew(name_v, bases_tuple, ns);
    if (class_cell.valid()) B().cellSet(class_cell, cls);
  }
  for (size_t i = decorators.size(); i-- > 0;) cls = B().pyCall(decorators[i], {cls});
  scope_ = outer_scope;
  storeName(name, cls);
}

ValueId FuncGen::typingHelper(const char* name) {
  ir::Immediate imm;
  imm.text = "typing";
  return B().pyGetAttr(B().emit(ir::Op::Import, {}, {}, imm), name);
}

// CPython runs a type-parameter scope as a hidden function; here it runs
// inline in the defining code (its names are variables or cells of this
// function, keyed by that scope), which behaves the same since the scope
// only binds the parameters. Bounds and constraints are evaluated eagerly
// (CPython evaluates them lazily on first access of __bound__/__constraints__).
ValueId FuncGen::typeParams(const TypeParamList& params) {
  const sema::Scope* tp_scope = m_.scopeOf(params[0]);
  TP_CHECK(tp_scope && tp_scope->kind == sema::ScopeKind::TypeParams, "irgen: type parameters without their scope");
  scope_ = tp_scope;
  createCells(tp_scope);
  std::vector<ValueId> items;
  for (const TypeParam* tp : params) {
    ValueId name = B().constStr(std::string(tp->name));
    ValueId v;
    if (tp->kind == NodeKind::TypeVar) {
      ValueId bound = B().constNone(), constraints = B().constNone();
      if (tp->bound && tp->bound->kind == NodeKind::Tuple)
        constraints = toObject(expr(tp->bound));
      else if (tp->bound)
        bound = toObject(expr(tp->bound));
      v = B().pyCall(typingHelper("_pep695_typevar"), {name, bound, constraints});
    } else {
      v = B().pyCall(typingHelper(tp->kind == NodeKind::ParamSpec ? "_pep695_paramspec" : "_pep695_typevartuple"),
                     {name});
    }
    storeName(std::string(tp->name), v);
    items.push_back(v);
  }
  return B().tupleNew(items);
}

// `type X[params] = value`: a typing.TypeAliasType whose value is computed by
// a hidden zero-argument function (the alias's own scope) on first access.
void FuncGen::typeAlias(const TypeAliasStmt* s) {
  std::string name(cast<NameExpr>(s->name)->id);
  // In a class body the value would also see the class's names (through
  // CPython's __classdict__ cell), which the hidden function here cannot.
  const sema::Scope* alias_scope = m_.scopeOf(s);
  const sema::Scope* owner = alias_scope->parent;
  if (owner && owner->kind == sema::ScopeKind::TypeParams) owner = owner->parent;
  if (owner && owner->kind == sema::ScopeKind::Class)
    for (const sema::Symbol& sym : alias_scope->symbols)
      if (const sema::Symbol* cs = owner->lookup(sym.name);
          sym.binding == sema::Binding::GlobalImplicit && cs && cs->binding == sema::Binding::Local) {
        m_.unsupported(s, "a type alias using a name of its class body");
        return;
      }
  const sema::Scope* outer_scope = scope_;
  ValueId type_params = s->type_params.empty() ? B().tupleNew({}) : typeParams(s->type_params);
  ValueId fn = makeFunction(s, nullptr, name);
  ValueId alias =
      B().pyCall(typingHelper("_pep695_alias"), {B().constStr(name), type_params, fn, B().constStr(m_.out_.name)});
  scope_ = outer_scope;
  storeName(name, alias);
}

}  // namespace taipan::irgen
