// Module facts: which module-level names are bound where. A builtin name that
// no scope of the module ever binds as a global (and no star import or
// dynamic namespace access can bind) is the builtin everywhere, so irgen can
// use builtin.load and the typed counted loop for `range`; a module function
// bound by exactly one top-level def can be called directly.
#include <array>

#include "compiler/ast/visit.h"
#include "compiler/types/types.h"

namespace taipan::types {

using namespace ast;

namespace {

constexpr std::array<std::string_view, 73> kBuiltins = {"abs",
                                                        "all",
                                                        "any",
                                                        "ascii",
                                                        "bin",
                                                        "bool",
                                                        "bytearray",
                                                        "bytes",
                                                        "callable",
                                                        "chr",
                                                        "classmethod",
                                                        "complex",
                                                        "delattr",
                                                        "dict",
                                                        "dir",
                                                        "divmod",
                                                        "enumerate",
                                                        "filter",
                                                        "float",
                                                        "format",
                                                        "frozenset",
                                                        "getattr",
                                                        "hasattr",
                                                        "hash",
                                                        "hex",
                                                        "id",
                                                        "input",
                                                        "int",
                                                        "isinstance",
                                                        "issubclass",
                                                        "iter",
                                                        "len",
                                                        "list",
                                                        "map",
                                                        "max",
                                                        "min",
                                                        "next",
                                                        "object",
                                                        "oct",
                                                        "ord",
                                                        "pow",
                                                        "print",
                                                        "property",
                                                        "range",
                                                        "repr",
                                                        "reversed",
                                                        "round",
                                                        "set",
                                                        "setattr",
                                                        "slice",
                                                        "sorted",
                                                        "staticmethod",
                                                        "str",
                                                        "sum",
                                                        "super",
                                                        "tuple",
                                                        "type",
                                                        "zip",
                                                        "ValueError",
                                                        "TypeError",
                                                        "KeyError",
                                                        "IndexError",
                                                        "ZeroDivisionError",
                                                        "RuntimeError",
                                                        "StopIteration",
                                                        "AttributeError",
                                                        "NameError",
                                                        "Exception",
                                                        "BaseException",
                                                        "AssertionError",
                                                        "NotImplementedError",
                                                        "OverflowError",
                                                        "ArithmeticError"};

class Collector {
 public:
  Collector(const sema::ScopeTree& scopes, ModuleFacts& facts) : scopes_(scopes), facts_(facts) {}

  void run(const Module& m) {
    scope_ = scopes_.module.get();
    visit(&m);
  }

 private:
  void bind(std::string_view name) {
    if (!scope_) return;
    bool global = scope_->kind == sema::ScopeKind::Module;
    if (const sema::Symbol* s = scope_->lookup(name)) {
      if (s->binding == sema::Binding::GlobalExplicit) global = true;
      if (scope_->kind != sema::ScopeKind::Module && s->binding == sema::Binding::GlobalImplicit) global = true;
    }
    if (global) facts_.bindings[std::string(name)]++;
  }

  void visit(const Node* n) {
    switch (n->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = cast<FunctionDefStmt>(n);
        bind(f->name);
        for (Expr* d : f->decorator_list) visit(d);
        visitArgsDefaults(f->args);
        args_.push_back(f->args);
        enter(n, [&] {
          for (Stmt* s : f->body) visit(s);
        });
        args_.pop_back();
        return;
      }
      case NodeKind::Assign: {
        auto* a = cast<AssignStmt>(n);
        for (Expr* t : a->targets)
          if (auto* at = dyn_cast<AttributeExpr>(t)) {
            if (floatish(a->value)) facts_.float_attrs.insert(std::string(at->attr));
            storeSite(at, a->value, nullptr);
          }
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = cast<AugAssignStmt>(n);
        if (auto* at = dyn_cast<AttributeExpr>(a->target)) storeSite(at, a->value, &a->op);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = cast<AnnAssignStmt>(n);
        if (auto* at = dyn_cast<AttributeExpr>(a->target); at && a->value) storeSite(at, a->value, nullptr);
        break;
      }
      case NodeKind::ClassDef: {
        auto* c = cast<ClassDefStmt>(n);
        bind(c->name);
        for (Expr* d : c->decorator_list) visit(d);
        for (Expr* b : c->bases) visit(b);
        for (Keyword* k : c->keywords) visit(k->value);
        enter(n, [&] {
          for (Stmt* s : c->body) visit(s);
        });
        return;
      }
      case NodeKind::Lambda: {
        auto* l = cast<LambdaExpr>(n);
        visitArgsDefaults(l->args);
        enter(n, [&] { visit(l->body); });
        return;
      }
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp: {
        auto* c = cast<CompExpr>(n);
        visit(c->generators[0]->iter);
        enter(n, [&] {
          for (uint32_t i = 0; i < c->generators.size(); ++i) {
            Comprehension* g = c->generators[i];
            visit(g->target);
            if (i) visit(g->iter);
            for (Expr* e : g->ifs) visit(e);
          }
          if (c->elt) visit(c->elt);
          if (c->value) visit(c->value);
        });
        return;
      }
      case NodeKind::Attribute: {
        auto* a = cast<AttributeExpr>(n);
        if (a->ctx != ExprContext::Load) {
          facts_.stored_attrs.insert(std::string(a->attr));
          // Any other store (del, unpacking, a for or with target) is untyped.
          if (!typed_targets_.count(a)) sites_.push_back({a->attr, nullptr, nullptr, nullptr});
        }
        if (a->attr == "__dict__" || a->attr == "__setattr__" || a->attr == "__class__") facts_.dynamic_attrs = true;
        break;
      }
      case NodeKind::Name: {
        auto* nm = cast<NameExpr>(n);
        if (nm->id == "setattr" || nm->id == "delattr") facts_.dynamic_attrs = true;
        if (nm->ctx != ExprContext::Load) bind(nm->id);
        if (nm->id == "globals" || nm->id == "vars" || nm->id == "exec" || nm->id == "eval" || nm->id == "locals" ||
            nm->id == "__import__" || nm->id == "__builtins__")
          facts_.uses_dynamic_namespace = true;
        return;
      }
      case NodeKind::Import:
        for (Alias* a : cast<ImportStmt>(n)->names) {
          std::string_view nm = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          bind(nm);
          if (a->name == "builtins") facts_.uses_dynamic_namespace = true;
        }
        return;
      case NodeKind::ImportFrom:
        for (Alias* a : cast<ImportFromStmt>(n)->names) {
          if (a->name == "*")
            facts_.has_star_import = true;
          else
            bind(a->asname.empty() ? a->name : a->asname);
        }
        if (cast<ImportFromStmt>(n)->module == "builtins") facts_.uses_dynamic_namespace = true;
        return;
      case NodeKind::ExceptHandler: {
        auto* h = cast<ExceptHandler>(n);
        if (!h->name.empty()) bind(h->name);
        break;
      }
      // Names a match pattern captures.
      case NodeKind::MatchAs:
        if (!cast<MatchAsPattern>(n)->name.empty()) bind(cast<MatchAsPattern>(n)->name);
        break;
      case NodeKind::MatchStar:
        if (!cast<MatchStarPattern>(n)->name.empty()) bind(cast<MatchStarPattern>(n)->name);
        break;
      case NodeKind::MatchMapping:
        if (!cast<MatchMappingPattern>(n)->rest.empty()) bind(cast<MatchMappingPattern>(n)->rest);
        break;
      default:
        break;
    }
    forEachChild(n, [&](const Node* c) { visit(c); });
  }

  void storeSite(const AttributeExpr* target, const Expr* value, const BinOpKind* aug) {
    typed_targets_.insert(target);
    sites_.push_back({target->attr, value, aug, args_.empty() ? nullptr : args_.back()});
  }

 public:
  // ModuleFacts::attr_types: a fixpoint over the store sites, each typed by
  // syntax (constants, annotated parameters, arithmetic, the predicted
  // attributes themselves, len/ord).
  void predictAttrTypes() {
    std::unordered_map<std::string, Ty> types;
    for (int round = 0; round < 8; ++round) {
      std::unordered_map<std::string, Ty> next;
      for (const StoreSite& s : sites_) {
        Ty t = s.value ? siteType(s.value, s.args, types) : Ty::Object;
        if (s.aug && t != Ty::Never) {
          auto it = types.find(std::string(s.attr));
          Ty cur = it == types.end() ? Ty::Never : it->second;
          t = cur == Ty::Never ? Ty::Never : binopResult(cur, *s.aug, t);
        }
        Ty& slot = next.try_emplace(std::string(s.attr), Ty::Never).first->second;
        slot = join(slot, t);
      }
      if (next == types) break;
      types = std::move(next);
    }
    for (const auto& [name, t] : types)
      if (t == Ty::Int || t == Ty::Str || t == Ty::Bool || t == Ty::List) facts_.attr_types[name] = t;
  }

 private:
  Ty siteType(const Expr* e, const Arguments* args, const std::unordered_map<std::string, Ty>& attrs) const {
    if (auto* c = dyn_cast<ConstantExpr>(e)) return constantType(c->value);
    // A list display or comprehension always makes an exact list.
    if (e->kind == NodeKind::ListComp || e->kind == NodeKind::List) return Ty::List;
    if (auto* nm = dyn_cast<NameExpr>(e)) {
      if (args)
        for (const auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
          for (Arg* p : *list)
            if (p->arg == nm->id) return annotationType(p->annotation);
      return Ty::Object;
    }
    if (auto* a = dyn_cast<AttributeExpr>(e); a && isa<NameExpr>(a->value)) {
      auto it = attrs.find(std::string(a->attr));
      return it == attrs.end() ? Ty::Never : it->second;
    }
    if (auto* b = dyn_cast<BinOpExpr>(e)) {
      Ty l = siteType(b->left, args, attrs), r = siteType(b->right, args, attrs);
      return l == Ty::Never || r == Ty::Never ? Ty::Never : binopResult(l, b->op, r);
    }
    if (auto* u = dyn_cast<UnaryOpExpr>(e)) {
      Ty t = siteType(u->operand, args, attrs);
      return t == Ty::Never ? t : unaryResult(u->op, t);
    }
    if (auto* c = dyn_cast<CallExpr>(e)) {
      auto* f = dyn_cast<NameExpr>(c->func);
      if (f && c->args.size() == 1 && c->keywords.empty() && (f->id == "len" || f->id == "ord") &&
          facts_.isBuiltin(f->id))
        return Ty::Int;
    }
    return Ty::Object;
  }

  struct StoreSite {
    std::string_view attr;
    const Expr* value;      // null: a store of unknown type
    const BinOpKind* aug;   // an augmented assignment's operator
    const Arguments* args;  // the enclosing def's parameters
  };
  std::vector<StoreSite> sites_;
  std::unordered_set<const AttributeExpr*> typed_targets_;

  // A syntactic guess that `e` is a float (for attribute hints only).
  bool floatish(const Expr* e) const {
    if (auto* c = dyn_cast<ConstantExpr>(e)) return c->value.kind == Constant::Kind::Float;
    if (auto* u = dyn_cast<UnaryOpExpr>(e)) return floatish(u->operand);
    if (auto* b = dyn_cast<BinOpExpr>(e)) return b->op == BinOpKind::Div || floatish(b->left) || floatish(b->right);
    if (auto* c = dyn_cast<CallExpr>(e)) {
      auto* f = dyn_cast<NameExpr>(c->func);
      return f && f->id == "float";
    }
    if (auto* nm = dyn_cast<NameExpr>(e); nm && !args_.empty() && args_.back()) {
      const Arguments* a = args_.back();
      for (const auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
        for (Arg* p : *list)
          if (p->arg == nm->id) return annotationType(p->annotation) == Ty::Float;
    }
    return false;
  }

  void visitArgsDefaults(const Arguments* a) {
    if (!a) return;
    for (Expr* d : a->defaults) visit(d);
    for (Expr* d : a->kw_defaults)
      if (d) visit(d);
  }

  template <class F>
  void enter(const Node* n, F&& f) {
    const sema::Scope* saved = scope_;
    auto it = scopes_.scope_of.find(n);
    scope_ = it == scopes_.scope_of.end() ? nullptr : it->second;
    f();
    scope_ = saved;
  }

  const sema::ScopeTree& scopes_;
  std::vector<const Arguments*> args_;  // parameters of the enclosing defs
  ModuleFacts& facts_;
  const sema::Scope* scope_ = nullptr;
};

}  // namespace

bool ModuleFacts::isBuiltin(std::string_view name) const {
  if (has_star_import || uses_dynamic_namespace) return false;
  bool known = false;
  for (std::string_view b : kBuiltins) known |= b == name;
  return known && bindings.find(std::string(name)) == bindings.end();
}

bool ModuleFacts::isBuiltinName(std::string_view name) {
  for (std::string_view b : kBuiltins)
    if (b == name) return true;
  return false;
}

bool ModuleFacts::boundOnlyBy(std::string_view name) const {
  if (has_star_import || uses_dynamic_namespace) return false;
  auto it = bindings.find(std::string(name));
  return it != bindings.end() && it->second == 1;
}

ModuleFacts analyzeModule(const Module& module, const sema::ScopeTree& scopes) {
  ModuleFacts facts;
  Collector c(scopes, facts);
  c.run(module);
  c.predictAttrTypes();
  return facts;
}

}  // namespace taipan::types
