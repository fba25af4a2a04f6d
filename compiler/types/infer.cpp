// Local variable guesses for one function body: a fixpoint over the
// assignments of the function's own scope, with the expression rules of
// types.cpp. Nested functions and classes bind `object`; comprehension
// bodies are not entered (their variables belong to their own scopes).
#include "compiler/types/types.h"

namespace taipan::types {

using namespace ast;

namespace {

class LocalInference {
 public:
  LocalInference(const sema::Scope& scope, const ModuleFacts& facts, CallResultFn call_result, const void* ctx)
      : scope_(scope), facts_(facts), call_result_(call_result), ctx_(ctx) {}

  FunctionTypes run(const StmtList& body, const std::unordered_map<std::string, Ty>& params) {
    for (const auto& [name, t] : params) env_[name] = t;
    for (int round = 0; round < 20; ++round) {
      changed_ = false;
      result_ = Ty::Never;
      stmts(body);
      bool falls_off = body.empty() || !(isa<ReturnStmt>(body.back()) || isa<RaiseStmt>(body.back()));
      if (falls_off) result_ = join(result_, Ty::None);
      if (!changed_) break;
    }
    FunctionTypes out;
    for (const auto& [name, t] : env_) out.locals[name] = t == Ty::Never ? Ty::Object : varType(t);
    out.result = result_ == Ty::Never ? Ty::Object : varType(result_);
    return out;
  }

 private:
  bool isLocal(std::string_view name) const {
    const sema::Symbol* s = scope_.lookup(name);
    return s && (s->binding == sema::Binding::Local || s->binding == sema::Binding::Cell);
  }

  void assign(std::string_view name, Ty t) {
    if (!isLocal(name)) return;
    Ty& slot = env_[std::string(name)];
    Ty j = join(slot, t);
    if (j != slot) {
      slot = j;
      changed_ = true;
    }
  }

  void assignTarget(const Expr* target, Ty t) {
    if (auto* n = dyn_cast<NameExpr>(target)) return assign(n->id, t);
    if (auto* s = dyn_cast<SequenceExpr>(target)) {
      for (Expr* e : s->elts) assignTarget(e, Ty::Object);
      return;
    }
    if (auto* s = dyn_cast<StarredExpr>(target)) return assignTarget(s->value, Ty::Object);
    expr(target);
  }

  Ty nameType(std::string_view name) {
    if (!isLocal(name)) return Ty::Object;
    auto it = env_.find(std::string(name));
    return it == env_.end() ? Ty::Never : it->second;
  }

  Ty expr(const Expr* e) {
    if (!e) return Ty::None;
    switch (e->kind) {
      case NodeKind::Constant:
        return constantType(cast<ConstantExpr>(e)->value);
      case NodeKind::Name:
        return nameType(cast<NameExpr>(e)->id);
      case NodeKind::BinOp: {
        auto* b = cast<BinOpExpr>(e);
        Ty l = expr(b->left);
        return binopResult(l, b->op, expr(b->right));
      }
      case NodeKind::UnaryOp: {
        auto* u = cast<UnaryOpExpr>(e);
        return unaryResult(u->op, expr(u->operand));
      }
      case NodeKind::Compare: {
        auto* c = cast<CompareExpr>(e);
        Ty l = expr(c->left);
        Ty out = Ty::Never;
        for (uint32_t i = 0; i < c->ops.size(); ++i) {
          Ty r = expr(c->comparators[i]);
          out = join(out, compareResult(l, c->ops[i], r));
          l = r;
        }
        return out;
      }
      case NodeKind::BoolOp: {
        Ty out = Ty::Never;
        for (Expr* v : cast<BoolOpExpr>(e)->values) out = join(out, expr(v));
        return out;
      }
      case NodeKind::IfExp: {
        auto* i = cast<IfExpExpr>(e);
        expr(i->test);
        return join(expr(i->body), expr(i->orelse));
      }
      case NodeKind::NamedExpr: {
        auto* n = cast<NamedExpr>(e);
        Ty t = expr(n->value);
        assignTarget(n->target, t);
        return t;
      }
      case NodeKind::JoinedStr: {
        // A concatenation is an exact str; a lone {x} is format()'s result.
        const auto& values = cast<JoinedStrExpr>(e)->values;
        for (Expr* v : values) expr(v);
        return values.size() == 1 && !isa<ConstantExpr>(values[0]) ? Ty::Object : Ty::Str;
      }
      case NodeKind::Call: {
        auto* c = cast<CallExpr>(e);
        std::vector<Ty> args;
        bool simple = c->keywords.empty();
        for (Expr* a : c->args) {
          if (isa<StarredExpr>(a)) simple = false;
          args.push_back(expr(a));
        }
        for (Keyword* k : c->keywords) expr(k->value);
        if (auto* n = dyn_cast<NameExpr>(c->func); n && simple && !isLocal(n->id)) {
          if (facts_.isBuiltin(n->id)) return builtinResult(n->id);
          if (call_result_) return call_result_(ctx_, n->id, args);
        }
        if (auto* a = dyn_cast<AttributeExpr>(c->func); a && simple && c->keywords.empty()) {
          if (expr(a->value) == Ty::Str) return strMethodResult(a->attr);
          return method_result_ ? method_result_(ctx_, a->attr, c->args.size()) : Ty::Object;
        }
        expr(c->func);
        return Ty::Object;
      }
      case NodeKind::Subscript: {
        // Any item or slice of an exact str is an exact str.
        auto* s = cast<SubscriptExpr>(e);
        Ty v = expr(s->value);
        Ty k = expr(s->slice);
        // A speculative copy's item load of a list with a predicted item
        // type (irgen/spec.cpp, decision 0081).
        if (item_types_ && v == Ty::List && k == Ty::Int && s->ctx == ExprContext::Load && !isa<SliceExpr>(s->slice))
          if (auto* n = dyn_cast<NameExpr>(s->value))
            if (auto it = item_types_->find(std::string(n->id)); it != item_types_->end()) return it->second;
        return v == Ty::Str ? Ty::Str : Ty::Object;
      }
      case NodeKind::Attribute: {
        auto* a = cast<AttributeExpr>(e);
        expr(a->value);
        auto* n = dyn_cast<NameExpr>(a->value);
        if (self_attrs_ && a->ctx == ExprContext::Load && n && n->id == self_name_) {
          auto it = self_attrs_->find(std::string(a->attr));
          if (it != self_attrs_->end()) return it->second;
        }
        // An attribute the program stores floats in is read as a floatobj
        // (irgen getAttr, py.getattr_fo): a local assigned from it keeps the
        // float unboxed (`x = self.x` before a loop).
        if (a->ctx == ExprContext::Load && facts_.float_attrs.count(std::string(a->attr))) return Ty::FloatObj;
        return Ty::Object;
      }
      case NodeKind::ListComp:
        return Ty::List;
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp:
      case NodeKind::Lambda:
        return Ty::Object;
      case NodeKind::List:
        if (cast<SequenceExpr>(e)->ctx != ExprContext::Load) {
          forEachExprChild(e);
          return Ty::Object;
        }
        for (Expr* x : cast<SequenceExpr>(e)->elts) {
          if (isa<StarredExpr>(x))
            expr(cast<StarredExpr>(x)->value);
          else
            expr(x);
        }
        return Ty::List;
      default:
        forEachExprChild(e);
        return Ty::Object;
    }
  }

  void forEachExprChild(const Expr* e) {
    switch (e->kind) {
      case NodeKind::Attribute:
        expr(cast<AttributeExpr>(e)->value);
        break;
      case NodeKind::Subscript:
        expr(cast<SubscriptExpr>(e)->value);
        expr(cast<SubscriptExpr>(e)->slice);
        break;
      case NodeKind::List:
      case NodeKind::Tuple:
        for (Expr* x : cast<SequenceExpr>(e)->elts) expr(x);
        break;
      case NodeKind::Starred:
        expr(cast<StarredExpr>(e)->value);
        break;
      default:
        break;
    }
  }

  bool isIntRange(const Expr* iter) {
    auto* c = dyn_cast<CallExpr>(iter);
    if (!c || !c->keywords.empty() || c->args.empty() || c->args.size() > 3) return false;
    auto* n = dyn_cast<NameExpr>(c->func);
    if (!n || n->id != "range" || isLocal("range") || !facts_.isBuiltin("range")) return false;
    // irgen's counted loop converts any bounds (as range() does); the step
    // must be a nonzero int constant.
    for (Expr* a : c->args)
      if (isa<StarredExpr>(a)) return false;
    for (Expr* a : c->args) expr(a);
    return c->args.size() < 3 || constantStep(c->args[2]) != 0;
  }

  // A match pattern: its captures become object; value, key and class
  // expressions are visited.
  void pattern(const Pattern* p) {
    switch (p->kind) {
      case NodeKind::MatchValue:
        expr(cast<MatchValuePattern>(p)->value);
        return;
      case NodeKind::MatchSequence:
        for (Pattern* q : cast<MatchSequencePattern>(p)->patterns) pattern(q);
        return;
      case NodeKind::MatchMapping: {
        auto* m = cast<MatchMappingPattern>(p);
        for (Expr* k : m->keys) expr(k);
        for (Pattern* q : m->patterns) pattern(q);
        if (!m->rest.empty()) assign(m->rest, Ty::Object);
        return;
      }
      case NodeKind::MatchClass: {
        auto* c = cast<MatchClassPattern>(p);
        expr(c->cls);
        for (Pattern* q : c->patterns) pattern(q);
        for (Pattern* q : c->kwd_patterns) pattern(q);
        return;
      }
      case NodeKind::MatchStar:
        if (!cast<MatchStarPattern>(p)->name.empty()) assign(cast<MatchStarPattern>(p)->name, Ty::Object);
        return;
      case NodeKind::MatchAs: {
        auto* a = cast<MatchAsPattern>(p);
        if (a->pattern) pattern(a->pattern);
        if (!a->name.empty()) assign(a->name, Ty::Object);
        return;
      }
      case NodeKind::MatchOr:
        for (Pattern* q : cast<MatchOrPattern>(p)->patterns) pattern(q);
        return;
      default:
        return;
    }
  }

  void stmts(const StmtList& body) {
    for (Stmt* s : body) stmt(s);
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::Assign: {
        auto* a = cast<AssignStmt>(s);
        Ty t = expr(a->value);
        for (Expr* target : a->targets) assignTarget(target, t);
        return;
      }
      case NodeKind::AnnAssign: {
        auto* a = cast<AnnAssignStmt>(s);
        if (a->value) assignTarget(a->target, expr(a->value));
        return;
      }
      case NodeKind::AugAssign: {
        auto* a = cast<AugAssignStmt>(s);
        Ty r = expr(a->value);
        if (auto* n = dyn_cast<NameExpr>(a->target))
          assign(n->id, binopResult(nameType(n->id), a->op, r));
        else
          expr(a->target);
        return;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = cast<ForStmt>(s);
        bool int_range = isIntRange(f->iter);
        Ty it = int_range ? Ty::Int : expr(f->iter);
        // range() counts ints; an exact str gives exact one-character strs.
        assignTarget(f->target, int_range ? Ty::Int : it == Ty::Str ? Ty::Str : Ty::Object);
        stmts(f->body);
        stmts(f->orelse);
        return;
      }
      case NodeKind::While: {
        auto* w = cast<WhileStmt>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        return;
      }
      case NodeKind::If: {
        auto* i = cast<IfStmt>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        return;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = cast<TryStmt>(s);
        stmts(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (!h->name.empty()) assign(h->name, Ty::Object);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        return;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = cast<WithStmt>(s);
        for (WithItem* item : w->items) {
          expr(item->context_expr);
          if (item->optional_vars) assignTarget(item->optional_vars, Ty::Object);
        }
        stmts(w->body);
        return;
      }
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
        assign(cast<FunctionDefStmt>(s)->name, Ty::Object);
        return;
      case NodeKind::ClassDef:
        assign(cast<ClassDefStmt>(s)->name, Ty::Object);
        return;
      case NodeKind::TypeAlias:
        if (auto* n = dyn_cast<NameExpr>(cast<TypeAliasStmt>(s)->name)) assign(n->id, Ty::Object);
        return;
      case NodeKind::Import:
        for (Alias* a : cast<ImportStmt>(s)->names)
          assign(a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname, Ty::Object);
        return;
      case NodeKind::ImportFrom:
        for (Alias* a : cast<ImportFromStmt>(s)->names) assign(a->asname.empty() ? a->name : a->asname, Ty::Object);
        return;
      case NodeKind::Return: {
        auto* r = cast<ReturnStmt>(s);
        result_ = join(result_, r->value ? expr(r->value) : Ty::None);
        return;
      }
      case NodeKind::Expr:
        expr(cast<ExprStmt>(s)->value);
        return;
      case NodeKind::Match: {
        // Captured names hold objects; the case bodies are like if branches.
        auto* m = cast<MatchStmt>(s);
        expr(m->subject);
        for (const MatchCase* c : m->cases) {
          pattern(c->pattern);
          if (c->guard) expr(c->guard);
          stmts(c->body);
        }
        return;
      }
      default:
        return;
    }
  }

  const sema::Scope& scope_;
  const ModuleFacts& facts_;
  CallResultFn call_result_;
  const void* ctx_;

 public:
  MethodResultFn method_result_ = nullptr;
  const std::unordered_map<std::string, Ty>* self_attrs_ = nullptr;
  const std::unordered_map<std::string, Ty>* item_types_ = nullptr;
  std::string_view self_name_;
  std::unordered_map<std::string, Ty> env_;
  Ty result_ = Ty::Never;
  bool changed_ = false;
};

}  // namespace

FunctionTypes inferFunction(const StmtList& body, const sema::Scope& scope, const ModuleFacts& facts,
                            const std::unordered_map<std::string, Ty>& params, CallResultFn call_result,
                            const void* ctx, const std::unordered_map<std::string, Ty>* self_attrs,
                            std::string_view self_name, MethodResultFn method_result,
                            const std::unordered_map<std::string, Ty>* item_types) {
  LocalInference li(scope, facts, call_result, ctx);
  li.method_result_ = method_result;
  li.self_attrs_ = self_attrs;
  li.item_types_ = item_types;
  li.self_name_ = self_name;
  return li.run(body, params);
}

}  // namespace taipan::types
