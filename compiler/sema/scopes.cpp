// Symbol-table construction and analysis, following CPython 3.11's symtable
// rules. Pass 1 (Builder) walks the AST once, creating a Scope per module,
// class, function, lambda and comprehension and recording how each name is
// used there (the DEF_* flags); it raises the errors CPython's first pass
// raises. Pass 2 (analyzeBlock) resolves every name to local, cell, free or
// global, propagating free variables outwards and skipping class scopes, and
// raises the declaration errors (`nonlocal` without a binding, ...). Also the
// --emit=scopes dump and the ordering of all sema errors (ErrorSink).
#include "compiler/sema/scopes.h"

#include <algorithm>
#include <unordered_set>

#include "compiler/ast/visit.h"
#include "compiler/base/check.h"
#include "compiler/sema/sema_internal.h"

namespace taipan::sema {

using namespace ast;

const Symbol* Scope::lookup(std::string_view name) const {
  auto it = index.find(std::string(name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

// ---- ErrorSink ----

void ErrorSink::add(Stage stage, diag::Kind kind, SrcRange range, std::string message) {
  errors_.push_back(Pending{stage, errors_.size(), kind, range, std::move(message)});
}

void ErrorSink::flush(const SourceFile& file, diag::DiagnosticEngine& diags) {
  if (errors_.empty()) return;
  // CPython's first error: the earliest phase, and within a phase the first
  // found (each of our walks visits in CPython's order).
  size_t first = 0;
  for (size_t i = 1; i < errors_.size(); ++i)
    if (errors_[i].stage < errors_[first].stage) first = i;
  std::vector<Pending> rest;
  for (size_t i = 0; i < errors_.size(); ++i)
    if (i != first) rest.push_back(errors_[i]);
  std::stable_sort(rest.begin(), rest.end(), [](const Pending& a, const Pending& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return a.stage < b.stage;
  });
  std::vector<const Pending*> order{&errors_[first]};
  for (const Pending& p : rest) order.push_back(&p);
  std::vector<const Pending*> done;
  for (const Pending* p : order) {
    bool dup = std::any_of(done.begin(), done.end(), [&](const Pending* q) {
      return q->kind == p->kind && q->range.begin == p->range.begin && q->message == p->message;
    });
    if (dup) continue;
    done.push_back(p);
    diags.report(p->kind, &file, p->range, p->message);
  }
  errors_.clear();
}

namespace {

constexpr uint32_t kDefBound = kDefLocal | kDefParam | kDefImport;

// CPython's FunctionBlock: functions, lambdas and comprehensions.
bool isFunctionBlock(ScopeKind k) {
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}
// Scopes whose locals are visible to nested functions (all but module and class).
bool isFunctionLike(ScopeKind k) { return k != ScopeKind::Module && k != ScopeKind::Class; }

// Private name mangling: `__x` inside class `C` is `_C__x`.
std::string mangle(std::string_view private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if ((name.size() >= 2 && name.substr(name.size() - 2) == "__") || name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t i = private_name.find_first_not_of('_');
  if (i == std::string_view::npos) return std::string(name);
  std::string out = "_";
  out += private_name.substr(i);
  out += name;
  return out;
}

// ---- pass 1 ----

class Builder {
 public:
  Builder(ScopeTree& tree, const SourceFile& file, ErrorSink& errors) : tree_(tree), file_(file), errors_(errors) {}

  void run(const Module* module) {
    tree_.module = std::make_unique<Scope>();
    Scope* top = tree_.module.get();
    top->kind = ScopeKind::Module;
    top->name = "top";
    top->node = module;
    top->line = 0;
    tree_.scope_of[module] = top;
    global_ = top;
    frames_.push_back(Frame{top});
    visitStmts(module->body);
    frames_.pop_back();
  }

 private:
  struct Frame {
    Scope* scope;
    int comp_iter_expr = 0;         // inside a comprehension's iterable expression
    bool comp_iter_target = false;  // visiting a comprehension's iteration target
  };

  Scope* cur() { return frames_.back().scope; }
  Frame& frame() { return frames_.back(); }

  void error(diag::Kind kind, SrcRange range, std::string message) {
    errors_.add(ErrorSink::kSymtable, kind, range, std::move(message));
  }

  uint32_t lineOf(const Node* n) { return file_.lineCol(n->range.begin).line; }

  Scope* enter(ScopeKind kind, std::string name, const Node* node, bool detached = false) {
    auto s = std::make_unique<Scope>();
    Scope* parent = cur();
    s->kind = kind;
    s->name = std::move(name);
    s->node = node;
    s->line = lineOf(node);
    s->parent = parent;
    s->is_nested = parent->is_nested || isFunctionBlock(parent->kind);
    Scope* raw = s.get();
    if (detached) {
      tree_.detached.push_back(std::move(s));
    } else {
      parent->children.push_back(std::move(s));
      tree_.scope_of[node] = raw;
    }
    // A scope opened inside a comprehension's iterable (a lambda, a nested
    // comprehension) is still inside it for the walrus rule.
    frames_.push_back(Frame{raw, frame().comp_iter_expr});
    return raw;
  }
  void exit() { frames_.pop_back(); }

  Symbol* find(Scope* s, const std::string& name) {
    auto it = s->index.find(name);
    return it == s->index.end() ? nullptr : &s->symbols[it->second];
  }
  uint32_t flagsOf(Scope* s, const std::string& name) {
    Symbol* sym = find(s, name);
    return sym ? sym->flags : 0;
  }
  Symbol& symbolFor(Scope* s, const std::string& name, SrcRange range) {
    auto it = s->index.find(name);
    if (it != s->index.end()) return s->symbols[it->second];
    s->index.emplace(name, s->symbols.size());
    s->symbols.push_back(Symbol{name, 0, Binding::Local, range});
    return s->symbols.back();
  }

  // symtable_add_def: records `flag` for (the mangled) `name` in `scope`.
  void addDef(std::string_view name, uint32_t flag, SrcRange range, Scope* scope = nullptr) {
    bool in_current = scope == nullptr || scope == cur();
    if (!scope) scope = cur();
    std::string mangled = mangle(private_, name);
    Symbol& sym = symbolFor(scope, mangled, range);
    if ((flag & kDefParam) && (sym.flags & kDefParam)) {
      error(diag::Kind::DuplicateArgument, range,
            "duplicate argument '" + std::string(name) + "' in function definition");
      return;
    }
    uint32_t val = sym.flags | flag;
    if (in_current && frame().comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal)) {
        error(diag::Kind::ComprehensionBinding, range,
              "comprehension inner loop cannot rebind assignment expression target '" + std::string(name) + "'");
        return;
      }
      val |= kDefCompIter;
    }
    sym.flags = val;
    if ((flag & kDefGlobal) && !(flag & kDefParam)) {
      // A `global` declaration anywhere also marks the module's symbol.
      Symbol& g = symbolFor(global_, mangled, range);
      g.flags |= flag;
    }
  }

  void recordDirective(std::string_view name, SrcRange range) {
    cur()->directives.emplace_back(mangle(private_, name), range);
  }

  // ---- statements ----

  void visitStmts(const StmtList& body) {
    for (Stmt* s : body) visitStmt(s);
  }

  void visitExprs(const ExprList& list) {
    for (Expr* e : list)
      if (e) visitExpr(e);
  }

  // A node that records nothing itself: its children in field order (the
  // fields of keywords, with-items and match cases as if they were its own).
  void visitChildren(const Node* n) {
    forEachChild(n, [&](const Node* c) {
      if (auto* e = dyn_cast<Expr>(c))
        visitExpr(e);
      else if (auto* s = dyn_cast<Stmt>(c))
        visitStmt(s);
      else if (auto* p = dyn_cast<Pattern>(c))
        visitPattern(p);
      else
        visitChildren(c);
    });
  }

  void visitStmt(const Stmt* s) {
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
        visitFunctionDef(cast<FunctionDefStmt>(s));
        break;
      case NodeKind::ClassDef:
        visitClassDef(cast<ClassDefStmt>(s));
        break;
      case NodeKind::Return: {
        auto* r = cast<ReturnStmt>(s);
        if (r->value) {
          visitExpr(r->value);
          cur()->returns_value = true;
        }
        break;
      }
      case NodeKind::Delete:
      case NodeKind::Assign:
      case NodeKind::AugAssign:
      case NodeKind::For:
      case NodeKind::AsyncFor:
      case NodeKind::While:
      case NodeKind::If:
      case NodeKind::With:
      case NodeKind::AsyncWith:
      case NodeKind::Match:
      case NodeKind::Raise:
      case NodeKind::Assert:
      case NodeKind::Expr:
      case NodeKind::Pass:
      case NodeKind::Break:
      case NodeKind::Continue:
        visitChildren(s);
        break;
      case NodeKind::TypeAlias:
        visitTypeAlias(cast<TypeAliasStmt>(s));
        break;
      case NodeKind::AnnAssign:
        visitAnnAssign(cast<AnnAssignStmt>(s));
        break;
      case NodeKind::Try:
      case NodeKind::TryStar: {
        // CPython's order: body, else, handlers, finally.
        auto* t = cast<TryStmt>(s);
        visitStmts(t->body);
        visitStmts(t->orelse);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) visitExpr(h->type);
          if (!h->name.empty()) addDef(h->name, kDefLocal, h->range);
          visitStmts(h->body);
        }
        visitStmts(t->finalbody);
        break;
      }
      case NodeKind::Import:
        for (Alias* a : cast<ImportStmt>(s)->names) visitAlias(a);
        break;
      case NodeKind::ImportFrom:
        for (Alias* a : cast<ImportFromStmt>(s)->names) visitAlias(a);
        break;
      case NodeKind::Global:
      case NodeKind::Nonlocal:
        visitDeclaration(cast<NamesStmt>(s), s->kind == NodeKind::Global);
        break;
      default:
        TP_FATAL("scopes: unexpected statement kind " + std::string(kindName(s->kind)));
    }
  }

  void visitDeclaration(const NamesStmt* s, bool is_global) {
    for (Ident name : s->names) {
      uint32_t cur_flags = flagsOf(cur(), mangle(private_, name));
      if (cur_flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string n(name);
        const char* what = is_global ? "global" : "nonlocal";
        if (cur_flags & kDefParam) {
          error(diag::Kind::NameBothParameterAndGlobal, s->range, "name '" + n + "' is parameter and " + what);
        } else if (cur_flags & kUse) {
          error(diag::Kind::NameUsedBeforeDeclaration, s->range,
                "name '" + n + "' is used prior to " + what + " declaration");
        } else if (cur_flags & kDefAnnot) {
          error(diag::Kind::AnnotatedGlobalOrNonlocal, s->range, "annotated name '" + n + "' can't be " + what);
        } else {
          error(diag::Kind::NameUsedBeforeDeclaration, s->range,
                "name '" + n + "' is assigned to before " + what + " declaration");
        }
        continue;
      }
      addDef(name, is_global ? kDefGlobal : kDefNonlocal, s->range);
      recordDirective(name, s->range);
    }
  }

  void visitAlias(const Alias* a) {
    Ident name = a->asname.empty() ? a->name : a->asname;
    if (name == "*") {
      if (cur()->kind != ScopeKind::Module)
        error(diag::Kind::ImportStarNotAtModuleLevel, a->range, "import * only allowed at module level");
      return;
    }
    size_t dot = name.find('.');
    addDef(dot == std::string_view::npos ? name : name.substr(0, dot), kDefImport, a->range);
  }

  void visitAnnAssign(const AnnAssignStmt* s) {
    if (auto* target = dyn_cast<NameExpr>(s->target)) {
      uint32_t cur_flags = flagsOf(cur(), mangle(private_, target->id));
      if ((cur_flags & (kDefGlobal | kDefNonlocal)) && cur() != global_ && s->simple) {
        bool g = cur_flags & kDefGlobal;
        error(diag::Kind::AnnotatedGlobalOrNonlocal, s->range,
              "annotated name '" + std::string(target->id) + "' can't be " + (g ? "global" : "nonlocal"));
      } else if (s->simple) {
        addDef(target->id, kDefAnnot | kDefLocal, target->range);
      } else if (s->value) {
        addDef(target->id, kDefLocal, target->range);
      }
    } else {
      visitExpr(s->target);
    }
    visitAnnotation(s->annotation);
    if (s->value) visitExpr(s->value);
  }

  // An annotation: evaluated in the current scope, or (3.11 with
  // `from __future__ import annotations`) in a detached scope of its own.
  void visitAnnotation(const Expr* annotation) {
    if (tree_.future_annotations) enter(ScopeKind::Annotation, "_annotation", annotation, /*detached=*/true);
    visitExpr(annotation);
    if (tree_.future_annotations) exit();
  }

  void visitArgAnnotations(const ArenaList<Arg*>& args) {
    for (Arg* a : args)
      if (a->annotation) visitExpr(a->annotation);
  }

  void visitAnnotations(const Node* owner, const Arguments* a, const Expr* returns) {
    if (tree_.future_annotations) enter(ScopeKind::Annotation, "_annotation", owner, /*detached=*/true);
    visitArgAnnotations(a->posonlyargs);
    visitArgAnnotations(a->args);
    if (a->vararg && a->vararg->annotation) visitExpr(a->vararg->annotation);
    if (a->kwarg && a->kwarg->annotation) visitExpr(a->kwarg->annotation);
    visitArgAnnotations(a->kwonlyargs);
    if (tree_.future_annotations) exit();
    if (returns) visitAnnotation(returns);
  }

  void visitParams(const Arguments* a) {
    for (Arg* p : a->posonlyargs) addDef(p->arg, kDefParam, p->range);
    for (Arg* p : a->args) addDef(p->arg, kDefParam, p->range);
    for (Arg* p : a->kwonlyargs) addDef(p->arg, kDefParam, p->range);
    if (a->vararg) {
      addDef(a->vararg->arg, kDefParam, a->vararg->range);
      cur()->has_varargs = true;
    }
    if (a->kwarg) {
      addDef(a->kwarg->arg, kDefParam, a->kwarg->range);
      cur()->has_varkeywords = true;
    }
  }

  // PEP 695 (3.12): type parameters live in their own function-like scope
  // between the enclosing scope and the function or class.
  // The scope is keyed by the first type parameter's node (the owner's node
  // keys the function, class or alias scope itself).
  void enterTypeParams(std::string_view owner, const Node* owner_node, const TypeParamList& params) {
    Scope* scope = enter(ScopeKind::TypeParams, "<generic parameters of " + std::string(owner) + ">", params[0]);
    scope->line = lineOf(owner_node);
    for (TypeParam* tp : params) {
      addDef(tp->name, kDefLocal, tp->range);
      if (tp->bound) visitExpr(tp->bound);
    }
  }

  void visitFunctionDef(const FunctionDefStmt* s) {
    addDef(s->name, kDefLocal, s->range);
    visitExprs(s->args->defaults);
    visitExprs(s->args->kw_defaults);
    bool generic = !s->type_params.empty();
    if (!generic) visitAnnotations(s, s->args, s->returns);
    visitExprs(s->decorator_list);
    if (generic) {
      enterTypeParams(s->name, s, s->type_params);
      visitAnnotations(s, s->args, s->returns);
    }
    Scope* scope = enter(ScopeKind::Function, std::string(s->name), s);
    if (s->kind == NodeKind::AsyncFunctionDef) scope->is_coroutine = true;
    visitParams(s->args);
    visitStmts(s->body);
    exit();
    if (generic) exit();
  }

  void visitClassDef(const ClassDefStmt* s) {
    addDef(s->name, kDefLocal, s->range);
    bool generic = !s->type_params.empty();
    if (generic) {
      // 3.12: decorators outside, bases and keywords inside the type-parameter scope.
      visitExprs(s->decorator_list);
      enterTypeParams(s->name, s, s->type_params);
      visitExprs(s->bases);
      for (Keyword* k : s->keywords) visitExpr(k->value);
    } else {
      visitExprs(s->bases);
      for (Keyword* k : s->keywords) visitExpr(k->value);
      visitExprs(s->decorator_list);
    }
    enter(ScopeKind::Class, std::string(s->name), s);
    std::string_view saved = private_;
    private_ = s->name;
    visitStmts(s->body);
    private_ = saved;
    exit();
    if (generic) exit();
  }

  void visitTypeAlias(const TypeAliasStmt* s) {
    auto* name = dyn_cast<NameExpr>(s->name);
    TP_CHECK(name, "type alias name is not a Name");
    visitExpr(s->name);
    bool generic = !s->type_params.empty();
    if (generic) enterTypeParams(name->id, s, s->type_params);
    enter(ScopeKind::TypeAlias, std::string(name->id), s);
    visitExpr(s->value);
    exit();
    if (generic) exit();
  }

  // ---- expressions ----

  void checkAnnotationBlock(const Expr* e, const char* what) {
    if (cur()->kind == ScopeKind::Annotation)
      error(diag::Kind::AnnotationScope, e->range, std::string("'") + what + "' can not be used within an annotation");
  }

  void visitExpr(const Expr* e) {
    switch (e->kind) {
      case NodeKind::BoolOp:
      case NodeKind::BinOp:
      case NodeKind::UnaryOp:
      case NodeKind::IfExp:
      case NodeKind::Dict:
      case NodeKind::Set:
      case NodeKind::Compare:
      case NodeKind::Call:
      case NodeKind::FormattedValue:
      case NodeKind::JoinedStr:
      case NodeKind::Constant:
      case NodeKind::Attribute:
      case NodeKind::Subscript:
      case NodeKind::Starred:
      case NodeKind::Slice:
      case NodeKind::List:
      case NodeKind::Tuple:
        visitChildren(e);
        break;
      case NodeKind::NamedExpr:
        checkAnnotationBlock(e, "named expression");
        visitNamedExpr(cast<NamedExpr>(e));
        break;
      case NodeKind::Lambda: {
        auto* l = cast<LambdaExpr>(e);
        visitExprs(l->args->defaults);
        visitExprs(l->args->kw_defaults);
        enter(ScopeKind::Lambda, "lambda", e);
        visitParams(l->args);
        visitExpr(l->body);
        exit();
        break;
      }
      case NodeKind::ListComp:
        visitComprehension(cast<CompExpr>(e), "listcomp", ComprehensionKind::List);
        break;
      case NodeKind::SetComp:
        visitComprehension(cast<CompExpr>(e), "setcomp", ComprehensionKind::Set);
        break;
      case NodeKind::DictComp:
        visitComprehension(cast<CompExpr>(e), "dictcomp", ComprehensionKind::Dict);
        break;
      case NodeKind::GeneratorExp:
        visitComprehension(cast<CompExpr>(e), "genexpr", ComprehensionKind::Generator);
        break;
      case NodeKind::Await:
        checkAnnotationBlock(e, "await expression");
        visitExpr(cast<ValueExpr>(e)->value);
        cur()->is_coroutine = true;
        break;
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        checkAnnotationBlock(e, "yield expression");
        auto* v = cast<ValueExpr>(e);
        if (v->value) visitExpr(v->value);
        cur()->is_generator = true;
        if (cur()->comprehension != ComprehensionKind::None) {
          static const char* const kWhere[] = {"", "list comprehension", "set comprehension", "dict comprehension",
                                               "generator expression"};
          error(diag::Kind::YieldInComprehension, e->range,
                std::string("'yield' inside ") + kWhere[static_cast<int>(cur()->comprehension)]);
        }
        break;
      }
      case NodeKind::Name: {
        auto* n = cast<NameExpr>(e);
        addDef(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, e->range);
        // super() needs the __class__ cell of the enclosing class.
        if (n->ctx == ExprContext::Load && isFunctionBlock(cur()->kind) && n->id == "super")
          addDef("__class__", kUse, e->range);
        break;
      }
      default:
        TP_FATAL("scopes: unexpected expression kind " + std::string(kindName(e->kind)));
    }
  }

  void visitNamedExpr(const NamedExpr* e) {
    if (frame().comp_iter_expr > 0) {
      error(diag::Kind::ComprehensionBinding, e->range,
            "assignment expression cannot be used in a comprehension iterable expression");
      return;
    }
    if (cur()->comprehension != ComprehensionKind::None && !extendNamedExprScope(e->target)) return;
    visitExpr(e->value);
    visitExpr(e->target);
  }

  // A walrus target inside a comprehension binds in the nearest enclosing
  // function or module scope; returns false after an error.
  bool extendNamedExprScope(const Expr* target) {
    auto* name = dyn_cast<NameExpr>(target);
    if (!name) return true;  // the parser only allows names
    std::string id(name->id);
    for (size_t i = frames_.size(); i-- > 0;) {
      Scope* s = frames_[i].scope;
      if (s->comprehension != ComprehensionKind::None) {
        if (flagsOf(s, mangle(private_, id)) & kDefCompIter) {
          error(diag::Kind::ComprehensionBinding, target->range,
                "assignment expression cannot rebind comprehension iteration variable '" + id + "'");
          return false;
        }
        continue;
      }
      if (isFunctionBlock(s->kind) || s->kind == ScopeKind::TypeParams || s->kind == ScopeKind::TypeAlias) {
        bool global = flagsOf(s, mangle(private_, id)) & kDefGlobal;
        addDef(id, global ? kDefGlobal : kDefNonlocal, target->range);
        recordDirective(id, target->range);
        addDef(id, kDefLocal, target->range, s);
        return true;
      }
      if (s->kind == ScopeKind::Module) {
        addDef(id, kDefGlobal, target->range);
        recordDirective(id, target->range);
        addDef(id, kDefGlobal, target->range, s);
        return true;
      }
      if (s->kind == ScopeKind::Class) {
        error(diag::Kind::ComprehensionBinding, target->range,
              "assignment expression within a comprehension cannot be used in a class body");
        return false;
      }
      // An annotation scope: keep looking outwards.
    }
    return true;
  }

  void visitComprehension(const CompExpr* e, const char* name, ComprehensionKind kind) {
    bool is_generator = kind == ComprehensionKind::Generator;
    TP_CHECK(!e->generators.empty(), "comprehension without generators");
    Comprehension* outermost = e->generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    frame().comp_iter_expr++;
    visitExpr(outermost->iter);
    frame().comp_iter_expr--;
    Scope* scope = enter(ScopeKind::Comprehension, name, e);
    scope->comprehension = kind;
    if (outermost->is_async) scope->is_coroutine = true;
    addDef(".0", kDefParam, e->range);  // the outermost iterator, passed as an argument
    frame().comp_iter_target = true;
    visitExpr(outermost->target);
    frame().comp_iter_target = false;
    visitExprs(outermost->ifs);
    for (uint32_t i = 1; i < e->generators.size(); ++i) {
      Comprehension* g = e->generators[i];
      frame().comp_iter_target = true;
      visitExpr(g->target);
      frame().comp_iter_target = false;
      frame().comp_iter_expr++;
      visitExpr(g->iter);
      frame().comp_iter_expr--;
      visitExprs(g->ifs);
      if (g->is_async) scope->is_coroutine = true;
    }
    if (e->value) visitExpr(e->value);  // CPython visits a dict comprehension's value before its key
    visitExpr(e->elt);
    scope->is_generator = is_generator;
    bool is_async = scope->is_coroutine && !is_generator;
    exit();
    if (is_async) cur()->is_coroutine = true;
  }

  // ---- patterns ----

  // Subpatterns and value expressions in field order; then a capture binds
  // its name.
  void visitPattern(const Pattern* p) {
    visitChildren(p);
    Ident name;
    if (auto* s = dyn_cast<MatchStarPattern>(p))
      name = s->name;
    else if (auto* m = dyn_cast<MatchMappingPattern>(p))
      name = m->rest;
    else if (auto* a = dyn_cast<MatchAsPattern>(p))
      name = a->name;
    if (!name.empty()) addDef(name, kDefLocal, p->range);
  }

  ScopeTree& tree_;
  const SourceFile& file_;
  ErrorSink& errors_;
  Scope* global_ = nullptr;
  std::vector<Frame> frames_;
  std::string_view private_;  // the enclosing class's name, for mangling
};

// ---- pass 2 ----

using NameSet = std::unordered_set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(ErrorSink& errors) : errors_(errors) {}

  // analyze_block: `bound` is null for the module (nothing encloses it).
  void analyzeBlock(Scope* s, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newbound, newglobal, newfree;
    if (s->kind == ScopeKind::Class) {
      // Class bindings are invisible to nested functions: pass down only what
      // the class itself sees.
      newglobal = global;
      if (bound) newbound = *bound;
    }
    size_t n = s->symbols.size();
    for (size_t i = 0; i < n; ++i) analyzeName(s, s->symbols[i], bound, local, free, global);
    if (s->kind != ScopeKind::Class) {
      if (isFunctionLike(s->kind)) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (auto& child : s->children) {
      NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
      analyzeBlock(child.get(), &child_bound, child_free, child_global);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) s->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (isFunctionLike(s->kind)) {
      // Locals used by nested functions become cells.
      for (Symbol& sym : s->symbols) {
        if (sym.binding == Binding::Local && newfree.erase(sym.name)) sym.binding = Binding::Cell;
      }
    } else if (s->kind == ScopeKind::Class) {
      if (newfree.erase("__class__")) s->needs_class_closure = true;
    }
    updateSymbols(s, bound, newfree);
    free.insert(newfree.begin(), newfree.end());
  }

 private:
  void directiveError(Scope* s, const std::string& name, diag::Kind kind, std::string message) {
    SrcRange where{};
    for (auto& [dname, range] : s->directives) {
      if (dname == name) {
        where = range;
        break;
      }
    }
    errors_.add(ErrorSink::kAnalyze, kind, where, std::move(message));
  }

  void analyzeName(Scope* s, Symbol& sym, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string& name = sym.name;
    uint32_t flags = sym.flags;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal)
        directiveError(s, name, diag::Kind::NameBothGlobalAndNonlocal, "name '" + name + "' is nonlocal and global");
      sym.binding = Binding::GlobalExplicit;
      global.insert(name);
      // Nested scopes must not see an enclosing binding through it.
      if (bound) bound->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound) {
        directiveError(s, name, diag::Kind::NonlocalAtModuleLevel, "nonlocal declaration not allowed at module level");
      } else if (!bound->count(name)) {
        directiveError(s, name, diag::Kind::NoBindingForNonlocal, "no binding for nonlocal '" + name + "' found");
      }
      sym.binding = Binding::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      sym.binding = Binding::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      sym.binding = Binding::Free;
      s->has_free = true;
      free.insert(name);
      return;
    }
    if (!global.count(name) && s->is_nested) s->has_free = true;
    sym.binding = Binding::GlobalImplicit;
  }

  // update_symbols: names free in nested scopes pass through this one.
  void updateSymbols(Scope* s, const NameSet* bound, const NameSet& free) {
    std::vector<std::string> pass_through;
    for (const std::string& name : free) {
      auto it = s->index.find(name);
      if (it != s->index.end()) {
        Symbol& sym = s->symbols[it->second];
        // A method's free variable that the class itself binds or declares.
        if (s->kind == ScopeKind::Class && (sym.flags & (kDefBound | kDefGlobal))) sym.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // global
      pass_through.push_back(name);
    }
    std::sort(pass_through.begin(), pass_through.end());
    for (std::string& name : pass_through) {
      s->index.emplace(name, s->symbols.size());
      s->symbols.push_back(Symbol{name, 0, Binding::Free, {}});
    }
  }

  ErrorSink& errors_;
};

// ---- dump ----

const char* typeName(ScopeKind k) {
  switch (k) {
    case ScopeKind::Module:
      return "module";
    case ScopeKind::Class:
      return "class";
    case ScopeKind::Function:
    case ScopeKind::Lambda:
    case ScopeKind::Comprehension:
      return "function";
    case ScopeKind::Annotation:
      return "annotation";
    case ScopeKind::TypeParams:
      return "type parameters";
    case ScopeKind::TypeAlias:
      return "type alias";
  }
  return "?";
}

void dumpScope(const Scope& s, int depth, std::string& out) {
  std::string indent(depth * 2, ' ');
  out += indent + typeName(s.kind) + " " + s.name + " (line " + std::to_string(s.line) + ")\n";
  static const std::pair<uint32_t, const char*> kFlagNames[] = {
      {kDefParam, "param"},     {kDefLocal, "assigned"},     {kDefGlobal, "global"},        {kDefNonlocal, "nonlocal"},
      {kUse, "used"},           {kDefFree, "def_free"},      {kDefFreeClass, "free_class"}, {kDefImport, "imported"},
      {kDefAnnot, "annotated"}, {kDefCompIter, "comp_iter"},
  };
  for (const Symbol& sym : s.symbols) {
    out += indent + "  " + sym.name + ": " + std::string(bindingName(sym.binding));
    for (auto& [flag, name] : kFlagNames)
      if (sym.flags & flag) out += std::string(", ") + name;
    out += "\n";
  }
  for (const auto& child : s.children) dumpScope(*child, depth + 1, out);
}

}  // namespace

std::string_view bindingName(Binding b) {
  switch (b) {
    case Binding::Local:
      return "local";
    case Binding::GlobalExplicit:
      return "global explicit";
    case Binding::GlobalImplicit:
      return "global implicit";
    case Binding::Free:
      return "free";
    case Binding::Cell:
      return "cell";
  }
  return "?";
}

ScopeTree analyzeScopes(const ast::Module* module, const SourceFile& file, diag::DiagnosticEngine& diags) {
  setCurrentPhase("sema");
  ScopeTree tree;
  ErrorSink errors;
  uint32_t future_line = 0;
  tree.future_annotations = checkFutureImports(module, file, errors, future_line);
  Builder(tree, file, errors).run(module);
  NameSet free, global;
  Analyzer(errors).analyzeBlock(tree.module.get(), nullptr, free, global);
  checkCompileErrors(module, tree, file, future_line, errors);
  errors.flush(file, diags);
  return tree;
}

std::string dumpScopes(const ScopeTree& tree) {
  std::string out;
  if (tree.module) dumpScope(*tree.module, 0, out);
  return out;
}

}  // namespace taipan::sema
