// The SyntaxErrors that CPython's code generator (compile.c) raises after the
// symbol table is built: statements and expressions that are only valid in a
// function, an async function or a loop, starred assignment targets, late
// `from __future__` imports, a bare `except:` that is not last, assignments to
// __debug__, and the match-pattern errors that ast.parse lets through
// (unreachable cases, several starred names, names or keys repeated). The walk
// follows the compiler's order (decorators and defaults before a function
// body; a class body before its bases; a comprehension's body before its
// outermost iterable) so the first error found is CPython's.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/ast/dump.h"
#include "compiler/ast/visit.h"
#include "compiler/base/check.h"
#include "compiler/sema/sema_internal.h"

namespace taipan::sema {

using namespace ast;

namespace {

// One code unit being compiled (module, class body, function, lambda,
// comprehension) and its stack of enclosing blocks (CPython's fblocks),
// reduced to what the checks need.
struct Unit {
  enum Kind { Module, Class, Function, AsyncFunction, Lambda, Comprehension } kind;
  const Scope* scope;
  enum Block { Loop, ExceptStar, Other };
  std::vector<Block> blocks;

  bool isFunctionBlock() const { return kind != Module && kind != Class; }
};

class Checker {
 public:
  Checker(const ScopeTree& tree, const SourceFile& file, uint32_t future_line, ErrorSink& errors)
      : tree_(tree), file_(file), future_line_(future_line), errors_(errors) {}

  void run(const ast::Module* module) {
    units_.push_back(Unit{Unit::Module, tree_.module.get(), {}});
    visitStmts(module->body);
    units_.pop_back();
  }

 private:
  Unit& unit() { return units_.back(); }

  void error(diag::Kind kind, const Node* at, std::string message) {
    errors_.add(ErrorSink::kCompile, kind, at->range, std::move(message));
  }

  const Scope* scopeOf(const Node* n) {
    auto it = tree_.scope_of.find(n);
    return it == tree_.scope_of.end() ? nullptr : it->second;
  }

  // Runs `body` as the code of a new unit.
  template <class F>
  void inUnit(Unit::Kind kind, const Node* node, F body) {
    units_.push_back(Unit{kind, scopeOf(node), {}});
    body();
    units_.pop_back();
  }

  // Runs `body` inside a block of the current unit; CPython allows at most
  // 20 nested blocks (CO_MAXBLOCKS) per code unit.
  template <class F>
  void inBlock(Unit::Block block, const Node* at, F body) {
    if (unit().blocks.size() >= 20) {
      error(diag::Kind::TooDeeplyNested, at, "too many statically nested blocks");
      return;
    }
    unit().blocks.push_back(block);
    body();
    unit().blocks.pop_back();
  }

  // validate_keywords: no keyword twice, none named __debug__. A repeat is
  // reported at the keyword, __debug__ at the call or class (`owner`), which
  // is where CPython's location points when it checks names.
  void validateKeywords(const ArenaList<Keyword*>& keywords, const Node* owner) {
    for (uint32_t i = 0; i < keywords.size(); ++i) {
      Keyword* k = keywords[i];
      if (k->arg.empty()) continue;
      forbiddenName(k->arg, owner, ExprContext::Store);
      for (uint32_t j = i + 1; j < keywords.size(); ++j) {
        if (keywords[j]->arg == k->arg) {
          error(diag::Kind::InvalidArguments, keywords[j], "keyword argument repeated: " + std::string(k->arg));
          return;
        }
      }
    }
  }

  // compiler_unwind_fblock_stack: an except* handler may not be left by
  // break/continue/return. Returns false after reporting that.
  bool unwind(const Node* at, bool to_loop, bool& found_loop) {
    found_loop = false;
    auto& blocks = unit().blocks;
    for (size_t i = blocks.size(); i-- > 0;) {
      if (blocks[i] == Unit::ExceptStar) {
        error(diag::Kind::ControlFlowInExceptStar, at,
              "'break', 'continue' and 'return' cannot appear in an except* block");
        return false;
      }
      if (to_loop && blocks[i] == Unit::Loop) {
        found_loop = true;
        return true;
      }
    }
    return true;
  }

  void forbiddenName(Ident name, const Node* at, ExprContext ctx) {
    if (name != "__debug__") return;
    if (ctx == ExprContext::Store) error(diag::Kind::AssignToDebug, at, "cannot assign to __debug__");
    if (ctx == ExprContext::Del) error(diag::Kind::AssignToDebug, at, "cannot delete __debug__");
  }

  // ---- statements ----

  void visitStmts(const StmtList& body) {
    for (Stmt* s : body) visitStmt(s);
  }
  void visitExprs(const ExprList& list) {
    for (Expr* e : list)
      if (e) visitExpr(e);
  }
  // A node with nothing of its own to check: its children in field order.
  void visitChildren(const Node* n) {
    forEachChild(n, [&](const Node* c) {
      if (auto* s = dyn_cast<Stmt>(c))
        visitStmt(s);
      else
        visitExpr(cast<Expr>(c));
    });
  }

  void visitArgAnnotations(const Arguments* a) {
    for (auto* list : {&a->posonlyargs, &a->args})
      for (Arg* p : *list)
        if (p->annotation) visitExpr(p->annotation);
    if (a->vararg && a->vararg->annotation) {
      // `*args: *Ts` (PEP 646) unpacks its annotation.
      Expr* ann = a->vararg->annotation;
      auto* st = dyn_cast<StarredExpr>(ann);
      visitExpr(st ? st->value : ann);
    }
    for (Arg* p : a->kwonlyargs)
      if (p->annotation) visitExpr(p->annotation);
    if (a->kwarg && a->kwarg->annotation) visitExpr(a->kwarg->annotation);
  }

  // Reported at the function or lambda, as CPython does.
  void checkDebugArgs(const Arguments* a, const Node* at) {
    for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (Arg* p : *list) forbiddenName(p->arg, at, ExprContext::Store);
    if (a->vararg) forbiddenName(a->vararg->arg, at, ExprContext::Store);
    if (a->kwarg) forbiddenName(a->kwarg->arg, at, ExprContext::Store);
  }

  void visitFunctionDef(const FunctionDefStmt* s) {
    checkDebugArgs(s->args, s);
    visitExprs(s->decorator_list);
    visitExprs(s->args->defaults);
    visitExprs(s->args->kw_defaults);
    if (!tree_.future_annotations) {
      visitArgAnnotations(s->args);
      if (s->returns) visitExpr(s->returns);
    }
    bool async = s->kind == NodeKind::AsyncFunctionDef;
    inUnit(async ? Unit::AsyncFunction : Unit::Function, s, [&] { visitStmts(s->body); });
    forbiddenName(s->name, s, ExprContext::Store);
  }

  void visitClassDef(const ClassDefStmt* s) {
    visitExprs(s->decorator_list);
    inUnit(Unit::Class, s, [&] { visitStmts(s->body); });
    validateKeywords(s->keywords, s);
    visitElements(s->bases);
    for (Keyword* k : s->keywords) visitExpr(k->value);
    forbiddenName(s->name, s, ExprContext::Store);
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
        if (!unit().isFunctionBlock()) {
          error(diag::Kind::InvalidOutsideFunction, s, "'return' outside function");
        } else if (r->value && unit().scope && unit().scope->is_coroutine && unit().scope->is_generator) {
          error(diag::Kind::AsyncOutsideAsyncFunction, s, "'return' with value in async generator");
        } else {
          // CPython's location here: a constant value on the return's line,
          // else the statement.
          const Node* at = s;
          if (r->value && r->value->kind == NodeKind::Constant &&
              file_.lineCol(r->value->range.begin).line == file_.lineCol(s->range.begin).line)
            at = r->value;
          bool loop;
          unwind(at, false, loop);
        }
        if (r->value) visitExpr(r->value);
        break;
      }
      case NodeKind::Delete:
        for (Expr* t : cast<DeleteStmt>(s)->targets) visitTarget(t);
        break;
      case NodeKind::Assign: {
        auto* a = cast<AssignStmt>(s);
        visitExpr(a->value);
        for (Expr* t : a->targets) visitTarget(t);
        break;
      }
      case NodeKind::TypeAlias: {
        auto* t = cast<TypeAliasStmt>(s);
        visitExpr(t->value);
        visitTarget(t->name);
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = cast<AugAssignStmt>(s);
        visitAugTarget(a->target);
        visitExpr(a->value);
        break;
      }
      case NodeKind::AnnAssign:
        visitAnnAssign(cast<AnnAssignStmt>(s));
        break;
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = cast<ForStmt>(s);
        if (s->kind == NodeKind::AsyncFor && unit().kind != Unit::AsyncFunction) {
          error(diag::Kind::AsyncOutsideAsyncFunction, s, "'async for' outside async function");
          break;
        }
        visitExpr(f->iter);
        inBlock(Unit::Loop, s, [&] {
          visitTarget(f->target);
          visitStmts(f->body);
        });
        visitStmts(f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = cast<WhileStmt>(s);
        visitExpr(w->test);
        inBlock(Unit::Loop, s, [&] { visitStmts(w->body); });
        visitStmts(w->orelse);
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = cast<WithStmt>(s);
        if (s->kind == NodeKind::AsyncWith && unit().kind != Unit::AsyncFunction) {
          error(diag::Kind::AsyncOutsideAsyncFunction, s, "'async with' outside async function");
          break;
        }
        visitWithItems(w, 0);
        break;
      }
      case NodeKind::Match: {
        auto* m = cast<MatchStmt>(s);
        visitExpr(m->subject);
        for (uint32_t i = 0; i < m->cases.size(); ++i) {
          MatchCase* c = m->cases[i];
          visitCasePattern(c->pattern, c->guard != nullptr || i + 1 == m->cases.size());
          if (c->guard) visitExpr(c->guard);
          visitStmts(c->body);
        }
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar:
        visitTry(cast<TryStmt>(s), s->kind == NodeKind::TryStar);
        break;
      case NodeKind::Import:
        // Imported names are stored at the statement's location.
        for (Alias* a : cast<ImportStmt>(s)->names) {
          Ident name = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          forbiddenName(name, s, ExprContext::Store);
        }
        break;
      case NodeKind::ImportFrom: {
        auto* f = cast<ImportFromStmt>(s);
        if (f->module == "__future__" && file_.lineCol(s->range.begin).line > future_line_) {
          error(diag::Kind::MisplacedFutureImport, s,
                "from __future__ imports must occur at the beginning of the file");
          break;
        }
        for (Alias* a : f->names)
          if (a->name != "*") forbiddenName(a->asname.empty() ? a->name : a->asname, s, ExprContext::Store);
        break;
      }
      case NodeKind::If:
      case NodeKind::Raise:
      case NodeKind::Assert:
      case NodeKind::Expr:
      case NodeKind::Global:
      case NodeKind::Nonlocal:
      case NodeKind::Pass:
        visitChildren(s);
        break;
      case NodeKind::Break:
      case NodeKind::Continue: {
        bool loop;
        if (!unwind(s, true, loop)) break;
        if (!loop) {
          error(diag::Kind::InvalidOutsideLoop, s,
                s->kind == NodeKind::Break ? "'break' outside loop" : "'continue' not properly in loop");
        }
        break;
      }
      default:
        TP_FATAL("checks: unexpected statement kind " + std::string(kindName(s->kind)));
    }
  }

  // Each item of `with a, b:` is its own nested block.
  void visitWithItems(const WithStmt* w, uint32_t i) {
    if (i == w->items.size()) {
      visitStmts(w->body);
      return;
    }
    WithItem* item = w->items[i];
    visitExpr(item->context_expr);
    inBlock(Unit::Other, w, [&] {
      if (item->optional_vars) visitTarget(item->optional_vars);
      visitWithItems(w, i + 1);
    });
  }

  // compiler_try_finally / compiler_try_except: the body, then `else`, then
  // the handlers (inside a handler block and a cleanup block each), then
  // `finally`.
  void visitTry(const TryStmt* t, bool star) {
    auto try_except = [&] {
      if (t->handlers.empty()) {
        visitStmts(t->body);
        return;
      }
      inBlock(Unit::Other, t, [&] { visitStmts(t->body); });
      visitStmts(t->orelse);
      inBlock(star ? Unit::ExceptStar : Unit::Other, t, [&] {
        uint32_t n = t->handlers.size();
        for (uint32_t i = 0; i < n; ++i) {
          ExceptHandler* h = t->handlers[i];
          if (!h->type && i + 1 < n) {
            error(diag::Kind::DefaultExceptNotLast, h, "default 'except:' must be last");
            return;
          }
          if (h->type) visitExpr(h->type);
          if (!h->name.empty()) forbiddenName(h->name, h, ExprContext::Store);
          inBlock(Unit::Other, h, [&] { visitStmts(h->body); });
        }
      });
    };
    if (t->finalbody.empty()) {
      try_except();
      return;
    }
    inBlock(Unit::Other, t, try_except);
    inBlock(Unit::Other, t, [&] { visitStmts(t->finalbody); });
  }

  void visitAnnAssign(const AnnAssignStmt* s) {
    bool evaluated = !tree_.future_annotations && (unit().kind == Unit::Module || unit().kind == Unit::Class);
    if (auto* n = dyn_cast<NameExpr>(s->target)) {
      forbiddenName(n->id, n, ExprContext::Store);
      if (s->value) visitExpr(s->value);
    } else {
      if (s->value) {
        visitExpr(s->value);
        visitTarget(s->target);
      } else if (auto* a = dyn_cast<AttributeExpr>(s->target)) {
        visitExpr(a->value);
      } else if (auto* sub = dyn_cast<SubscriptExpr>(s->target)) {
        visitExpr(sub->value);
        visitExpr(sub->slice);
      }
    }
    if (evaluated) visitExpr(s->annotation);
  }

  // ---- targets ----

  // An assignment target (Store or Del context).
  void visitTarget(const Expr* e) {
    switch (e->kind) {
      case NodeKind::Name: {
        auto* n = cast<NameExpr>(e);
        forbiddenName(n->id, e, n->ctx);
        break;
      }
      case NodeKind::Attribute: {
        auto* a = cast<AttributeExpr>(e);
        visitExpr(a->value);
        forbiddenName(a->attr, e, a->ctx);
        break;
      }
      case NodeKind::Subscript: {
        auto* s = cast<SubscriptExpr>(e);
        visitExpr(s->value);
        visitExpr(s->slice);
        break;
      }
      case NodeKind::List:
      case NodeKind::Tuple: {
        auto* seq = cast<SequenceExpr>(e);
        if (seq->ctx == ExprContext::Store) {
          bool seen_star = false;
          uint32_t n = seq->elts.size();
          for (uint32_t i = 0; i < n; ++i) {
            if (seq->elts[i]->kind != NodeKind::Starred) continue;
            if (seen_star) {
              error(diag::Kind::InvalidStarredExpression, e, "multiple starred expressions in assignment");
              return;
            }
            if (i >= (1u << 8) || n - i - 1 >= (0x7fffffffu >> 8)) {
              error(diag::Kind::InvalidStarredExpression, e, "too many expressions in star-unpacking assignment");
              return;
            }
            seen_star = true;
          }
        }
        for (Expr* elt : seq->elts) {
          if (auto* st = dyn_cast<StarredExpr>(elt); st && seq->ctx == ExprContext::Store)
            visitTarget(st->value);
          else
            visitTarget(elt);
        }
        break;
      }
      case NodeKind::Starred:
        if (cast<StarredExpr>(e)->ctx == ExprContext::Store)
          error(diag::Kind::InvalidStarredExpression, e, "starred assignment target must be in a list or tuple");
        else
          error(diag::Kind::InvalidStarredExpression, e, "can't use starred expression here");
        break;
      default:
        visitExpr(e);  // the parser rejects the rest; stay robust
    }
  }

  void visitAugTarget(const Expr* e) {
    if (auto* n = dyn_cast<NameExpr>(e)) {
      forbiddenName(n->id, e, ExprContext::Store);
    } else if (auto* a = dyn_cast<AttributeExpr>(e)) {
      visitExpr(a->value);
      forbiddenName(a->attr, e, ExprContext::Store);
    } else {
      visitTarget(e);
    }
  }

  // ---- expressions ----

  // Elements of displays and call arguments may be starred.
  void visitElements(const ExprList& list) {
    for (Expr* e : list) {
      if (auto* st = dyn_cast<StarredExpr>(e); st && st->ctx == ExprContext::Load)
        visitExpr(st->value);
      else
        visitExpr(e);
    }
  }

  void visitExpr(const Expr* e) {
    switch (e->kind) {
      case NodeKind::BoolOp:
      case NodeKind::BinOp:
      case NodeKind::UnaryOp:
      case NodeKind::IfExp:
      case NodeKind::Compare:
      case NodeKind::FormattedValue:
      case NodeKind::JoinedStr:
      case NodeKind::Constant:
      case NodeKind::Subscript:
      case NodeKind::Slice:
        visitChildren(e);
        break;
      case NodeKind::NamedExpr: {
        auto* n = cast<NamedExpr>(e);
        visitExpr(n->value);
        visitTarget(n->target);
        break;
      }
      case NodeKind::Lambda: {
        auto* l = cast<LambdaExpr>(e);
        checkDebugArgs(l->args, e);
        visitExprs(l->args->defaults);
        visitExprs(l->args->kw_defaults);
        inUnit(Unit::Lambda, e, [&] { visitExpr(l->body); });
        break;
      }
      case NodeKind::Dict: {
        auto* d = cast<DictExpr>(e);
        for (uint32_t i = 0; i < d->values.size(); ++i) {
          if (i < d->keys.size() && d->keys[i]) visitExpr(d->keys[i]);
          visitExpr(d->values[i]);
        }
        break;
      }
      case NodeKind::Set:
        visitElements(cast<SetExpr>(e)->elts);
        break;
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::DictComp:
      case NodeKind::GeneratorExp:
        visitComprehension(cast<CompExpr>(e));
        break;
      case NodeKind::Await: {
        if (!unit().isFunctionBlock()) {
          error(diag::Kind::InvalidOutsideFunction, e, "'await' outside function");
        } else if (unit().kind != Unit::AsyncFunction && unit().kind != Unit::Comprehension) {
          error(diag::Kind::AsyncOutsideAsyncFunction, e, "'await' outside async function");
        }
        visitExpr(cast<ValueExpr>(e)->value);
        break;
      }
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        auto* v = cast<ValueExpr>(e);
        if (!unit().isFunctionBlock()) {
          error(diag::Kind::InvalidOutsideFunction, e, "'yield' outside function");
        } else if (e->kind == NodeKind::YieldFrom && unit().kind == Unit::AsyncFunction) {
          error(diag::Kind::AsyncOutsideAsyncFunction, e, "'yield from' inside async function");
        }
        if (v->value) visitExpr(v->value);
        break;
      }
      case NodeKind::Call: {
        auto* c = cast<CallExpr>(e);
        visitExpr(c->func);
        validateKeywords(c->keywords, e);
        visitElements(c->args);
        for (Keyword* k : c->keywords) visitExpr(k->value);
        break;
      }
      case NodeKind::Attribute: {
        auto* a = cast<AttributeExpr>(e);
        if (a->ctx != ExprContext::Load) {
          visitTarget(e);
        } else {
          visitExpr(a->value);
        }
        break;
      }
      case NodeKind::Starred:
        visitTarget(e);  // a starred expression outside a display or call
        break;
      case NodeKind::Name: {
        auto* n = cast<NameExpr>(e);
        forbiddenName(n->id, e, n->ctx);
        break;
      }
      case NodeKind::List:
      case NodeKind::Tuple: {
        auto* seq = cast<SequenceExpr>(e);
        if (seq->ctx != ExprContext::Load)
          visitTarget(e);
        else
          visitElements(seq->elts);
        break;
      }
      default:
        TP_FATAL("checks: unexpected expression kind " + std::string(kindName(e->kind)));
    }
  }

  void visitComprehension(const CompExpr* e) {
    const Scope* scope = scopeOf(e);
    Unit::Kind outer = unit().kind;
    bool async_outside = scope && scope->is_coroutine && e->kind != NodeKind::GeneratorExp &&
                         outer != Unit::AsyncFunction && outer != Unit::Comprehension;
    inUnit(Unit::Comprehension, e, [&] {
      if (async_outside) {
        error(diag::Kind::AsyncOutsideAsyncFunction, e,
              "asynchronous comprehension outside of an asynchronous function");
        return;
      }
      for (uint32_t i = 0; i < e->generators.size(); ++i) {
        Comprehension* g = e->generators[i];
        if (i > 0) visitExpr(g->iter);
        visitTarget(g->target);
        visitExprs(g->ifs);
      }
      visitExpr(e->elt);
      if (e->value) visitExpr(e->value);
    });
    if (!async_outside) visitExpr(e->generators[0]->iter);
  }

  // ---- patterns ----
  //
  // compiler_pattern and its helpers: ast.parse accepts these patterns, only
  // the code generator rejects them. CPython stops at the first error and
  // reports it at the pattern it compiled last (each pattern moves the
  // location; expressions restore it), which `last_pattern_` tracks. Patterns
  // CPython never compiles (wildcards in sequence and class patterns) do not
  // move it. Each visit returns false after an error, abandoning the case.

  // A wildcard `_` (WILDCARD_CHECK) and a starred wildcard `*_`.
  static bool isWildcard(const Pattern* p) {
    auto* a = dyn_cast<MatchAsPattern>(p);
    return a && !a->pattern && a->name.empty();
  }
  static bool isStarWildcard(const Pattern* p) {
    auto* s = dyn_cast<MatchStarPattern>(p);
    return s && s->name.empty();
  }

  // The value of a literal pattern key after CPython's constant folding
  // (-1 and 1+2j become constants): its repr, and an identity under which
  // keys compare equal exactly when the Python values do (1 == 1.0 == True
  // == 1+0j, 0 == -0.0). Returns false if the key does not fold to a constant
  // (an f-string, an attribute, or an int too large to add to a complex).
  static bool foldKey(const Expr* key, std::string& repr, std::string& identity) {
    if (auto* c = dyn_cast<ConstantExpr>(key)) {
      const Constant& v = c->value;
      repr = reprConstant(v);
      switch (v.kind) {
        case Constant::Kind::Str:
          identity = "s:" + std::string(v.text);
          return true;
        case Constant::Kind::Bytes:
          identity = "b:" + std::string(v.text);
          return true;
        case Constant::Kind::None:
        case Constant::Kind::Ellipsis:
          identity = repr;
          return true;
        default:
          break;
      }
    }
    // Numbers, as a complex value (re, im); ints keep their exact digits.
    std::string int_text;
    double re = 0, im = 0;
    bool is_int = false, is_complex = false;
    if (!foldNumber(key, int_text, re, im, is_int, is_complex)) return false;
    if (is_int) {
      identity = "n:" + int_text;
      if (repr.empty()) repr = identity.substr(2);
      return true;
    }
    if (is_complex && key->kind != NodeKind::Constant) repr = reprComplex(re, im);
    if (!is_complex && key->kind != NodeKind::Constant) repr = reprFloat(re);
    if (im != 0 || std::isnan(im)) {
      identity = "c:" + reprFloat(re == 0 ? 0.0 : re) + "," + reprFloat(im);
    } else if (std::isfinite(re) && re == std::floor(re)) {
      char buf[400];
      snprintf(buf, sizeof buf, "%.0f", re == 0 ? 0.0 : re);  // exact for integral doubles
      identity = "n:" + std::string(buf);
    } else {
      identity = "f:" + reprFloat(re);
    }
    return true;
  }

  // Folds a signed number or complex literal; False/True count as ints.
  static bool foldNumber(const Expr* e, std::string& int_text, double& re, double& im, bool& is_int, bool& is_complex) {
    if (auto* c = dyn_cast<ConstantExpr>(e)) {
      const Constant& v = c->value;
      switch (v.kind) {
        case Constant::Kind::True:
        case Constant::Kind::False:
        case Constant::Kind::Int:
          is_int = true;
          int_text = v.kind == Constant::Kind::Int ? std::string(v.text) : v.kind == Constant::Kind::True ? "1" : "0";
          return true;
        case Constant::Kind::Float:
          re = v.number;
          return true;
        case Constant::Kind::Complex:
          is_complex = true;
          im = v.number;
          return true;
        default:
          return false;
      }
    }
    if (auto* u = dyn_cast<UnaryOpExpr>(e); u && u->op == UnaryOpKind::USub) {
      if (!foldNumber(u->operand, int_text, re, im, is_int, is_complex)) return false;
      if (is_int && int_text != "0") int_text = int_text[0] == '-' ? int_text.substr(1) : "-" + int_text;
      re = -re;  // -(1j) is complex(-0.0, -1.0), but -(1.0) has no imaginary part
      if (is_complex) im = -im;
      return true;
    }
    if (auto* b = dyn_cast<BinOpExpr>(e); b && (b->op == BinOpKind::Add || b->op == BinOpKind::Sub)) {
      // real +/- imaginary: the real part becomes complex(float(real), 0.0).
      std::string left_int;
      double lre = 0, lim = 0, rre = 0, rim = 0;
      bool l_int = false, l_complex = false, r_int = false, r_complex = false;
      if (!foldNumber(b->left, left_int, lre, lim, l_int, l_complex)) return false;
      if (!foldNumber(b->right, int_text, rre, rim, r_int, r_complex)) return false;
      if (l_int) {
        // float(int) overflows past ~1.8e308; CPython then leaves the BinOp unfolded.
        std::string digits = left_int[0] == '-' ? left_int.substr(1) : left_int;
        if (digits.size() > 308) return false;
        lre = std::strtod(left_int.c_str(), nullptr);
        if (std::isinf(lre)) return false;
      }
      bool add = b->op == BinOpKind::Add;
      re = add ? lre + rre : lre - rre;
      im = add ? lim + rim : lim - rim;
      is_int = false;
      is_complex = true;
      return true;
    }
    return false;
  }

  // complex.__repr__: `1j` when the real part is +0.0, else `(re+imj)`.
  static std::string reprComplex(double re, double im) {
    auto part = [](double v) {
      std::string s = reprComplexImag(v);
      s.pop_back();  // the 'j'
      return s;
    };
    if (re == 0 && !std::signbit(re)) return part(im) + "j";
    std::string imag = part(im);
    if (imag[0] != '-') imag = "+" + imag;
    return "(" + part(re) + imag + "j)";
  }

  bool patternError(std::string message) {
    error(diag::Kind::InvalidPattern, last_pattern_, std::move(message));
    return false;
  }

  // pattern_helper_store_name: a capture may not be __debug__ or be bound
  // twice in one case pattern.
  bool storeName(Ident name) {
    if (name.empty()) return true;
    if (name == "__debug__") {
      error(diag::Kind::AssignToDebug, last_pattern_, "cannot assign to __debug__");
      return false;
    }
    for (const std::string& n : *stores_) {
      if (n == name) return patternError("multiple assignments to name '" + std::string(name) + "' in pattern");
    }
    stores_->push_back(std::string(name));
    return true;
  }

  // compiler_match: an irrefutable case pattern must be guarded, last, or both.
  void visitCasePattern(const Pattern* p, bool allow_irrefutable) {
    std::vector<std::string> stores;
    stores_ = &stores;
    visitPattern(p, allow_irrefutable);
    stores_ = nullptr;
  }

  // compiler_pattern_subpattern: nested patterns may be irrefutable.
  bool visitSubpattern(const Pattern* p) { return visitPattern(p, true); }

  bool visitPattern(const Pattern* p, bool allow_irrefutable) {
    last_pattern_ = p;
    switch (p->kind) {
      case NodeKind::MatchValue: {
        Expr* value = cast<MatchValuePattern>(p)->value;
        std::string repr, identity;
        if (value->kind != NodeKind::Attribute && !foldKey(value, repr, identity))
          return patternError("patterns may only match literals and attribute lookups");
        visitExpr(value);
        return true;
      }
      case NodeKind::MatchSingleton:
        return true;
      case NodeKind::MatchSequence:
        return visitSequencePattern(cast<MatchSequencePattern>(p));
      case NodeKind::MatchStar:
        return storeName(cast<MatchStarPattern>(p)->name);
      case NodeKind::MatchMapping:
        return visitMappingPattern(cast<MatchMappingPattern>(p));
      case NodeKind::MatchClass:
        return visitClassPattern(cast<MatchClassPattern>(p));
      case NodeKind::MatchAs: {
        auto* a = cast<MatchAsPattern>(p);
        if (!a->pattern) {
          if (!allow_irrefutable) {
            if (a->name.empty()) return patternError("wildcard makes remaining patterns unreachable");
            return patternError("name capture '" + std::string(a->name) + "' makes remaining patterns unreachable");
          }
          return storeName(a->name);
        }
        return visitPattern(a->pattern, allow_irrefutable) && storeName(a->name);
      }
      case NodeKind::MatchOr:
        return visitOrPattern(cast<MatchOrPattern>(p), allow_irrefutable);
      default:
        TP_FATAL("checks: unexpected pattern kind " + std::string(kindName(p->kind)));
    }
  }

  bool visitSequencePattern(const MatchSequencePattern* p) {
    int64_t star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (uint32_t i = 0; i < p->patterns.size(); ++i) {
      const Pattern* q = p->patterns[i];
      if (q->kind == NodeKind::MatchStar) {
        if (star >= 0) return patternError("multiple starred names in sequence pattern");
        star_wildcard = isStarWildcard(q);
        only_wildcard &= star_wildcard;
        star = i;
        continue;
      }
      only_wildcard &= isWildcard(q);
    }
    // `[_, *_]` needs no subpatterns; with `*_` the others are subscripted
    // (wildcards skipped); otherwise everything is unpacked, and
    // UNPACK_EX encodes the names before the star in one byte.
    if (only_wildcard) return true;
    if (!star_wildcard && star >= (1 << 8))
      return patternError("too many expressions in star-unpacking sequence pattern");
    for (uint32_t i = 0; i < p->patterns.size(); ++i) {
      const Pattern* q = p->patterns[i];
      if (star_wildcard && (isWildcard(q) || i == star)) continue;
      if (!visitSubpattern(q)) return false;
    }
    return true;
  }

  bool visitMappingPattern(const MatchMappingPattern* p) {
    if (p->keys.empty() && p->rest.empty()) return true;
    std::vector<std::string> seen;
    for (Expr* key : p->keys) {
      std::string repr, identity;
      if (foldKey(key, repr, identity)) {
        if (std::find(seen.begin(), seen.end(), identity) != seen.end())
          return patternError("mapping pattern checks duplicate key (" + repr + ")");
        seen.push_back(identity);
      } else if (key->kind != NodeKind::Attribute) {
        return patternError("mapping pattern keys may only match literals and attribute lookups");
      }
      visitExpr(key);
    }
    for (Pattern* q : p->patterns) {
      if (!visitSubpattern(q)) return false;
    }
    return storeName(p->rest);
  }

  bool visitClassPattern(const MatchClassPattern* p) {
    // validate_kwd_attrs: errors point at the keyword's pattern, since the
    // attribute names carry no location.
    for (uint32_t i = 0; i < p->kwd_attrs.size(); ++i) {
      last_pattern_ = p->kwd_patterns[i];
      if (p->kwd_attrs[i] == "__debug__") {
        error(diag::Kind::AssignToDebug, last_pattern_, "cannot assign to __debug__");
        return false;
      }
      for (uint32_t j = i + 1; j < p->kwd_attrs.size(); ++j) {
        if (p->kwd_attrs[j] == p->kwd_attrs[i]) {
          last_pattern_ = p->kwd_patterns[j];
          return patternError("attribute name repeated in class pattern: " + std::string(p->kwd_attrs[i]));
        }
      }
    }
    last_pattern_ = p;
    visitExpr(p->cls);
    for (const ArenaList<Pattern*>* list : {&p->patterns, &p->kwd_patterns}) {
      for (Pattern* q : *list) {
        if (!isWildcard(q) && !visitSubpattern(q)) return false;
      }
    }
    return true;
  }

  // compiler_pattern_or: only the last alternative may be irrefutable, and
  // every alternative must bind the same names as the first.
  bool visitOrPattern(const MatchOrPattern* p, bool allow_irrefutable) {
    std::vector<std::string>* outer = stores_;
    std::vector<std::string> control;
    bool ok = true;
    for (uint32_t i = 0; i < p->patterns.size() && ok; ++i) {
      std::vector<std::string> alt;
      stores_ = &alt;
      ok = visitPattern(p->patterns[i], allow_irrefutable && i + 1 == p->patterns.size());
      if (!ok) break;
      if (i == 0) {
        control = alt;
        continue;
      }
      bool same = alt.size() == control.size();
      for (const std::string& n : control) same = same && std::find(alt.begin(), alt.end(), n) != alt.end();
      if (!same) ok = patternError("alternative patterns bind different names");
    }
    stores_ = outer;
    if (!ok) return false;
    for (const std::string& n : control) {
      if (std::find(stores_->begin(), stores_->end(), n) != stores_->end())
        return patternError("multiple assignments to name '" + n + "' in pattern");
      stores_->push_back(n);
    }
    return true;
  }

  const ScopeTree& tree_;
  const SourceFile& file_;
  uint32_t future_line_;
  ErrorSink& errors_;
  std::vector<Unit> units_;
  std::vector<std::string>* stores_ = nullptr;  // names bound by the current case pattern
  const Node* last_pattern_ = nullptr;          // CPython reports pattern errors at the last pattern compiled
};

}  // namespace

void checkCompileErrors(const ast::Module* module, const ScopeTree& tree, const SourceFile& file, uint32_t future_line,
                        ErrorSink& errors) {
  Checker(tree, file, future_line, errors).run(module);
}

}  // namespace taipan::sema
