// Unit tests for scope analysis (compiler/sema): symbol flags and bindings as
// CPython 3.11's symtable computes them, and the compile-time errors sema
// reports (message, line, order). Sources go through the real lexer and
// parser; expectations were taken from python3's symtable and compile().
#include "compiler/sema/scopes.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"

namespace taipan::sema {
namespace {

struct Analyzed {
  std::unique_ptr<SourceFile> file;
  ast::ParsedModule parsed;
  diag::DiagnosticEngine diags;
  ScopeTree tree;
  std::vector<std::string> errors;  // "line: message"
};

std::unique_ptr<Analyzed> analyze(const std::string& src) {
  auto a = std::make_unique<Analyzed>();
  SourceFile::LoadError err;
  a->file = SourceFile::fromBytes("t.py", src, err);
  EXPECT_TRUE(a->file);
  auto tokens = lex::tokenize(*a->file, a->diags);
  a->parsed = parse::parseModule(tokens, a->diags);
  EXPECT_FALSE(a->diags.hasErrors()) << "parse error in test source";
  a->tree = analyzeScopes(a->parsed.module, *a->file, a->diags);
  for (const auto& d : a->diags.diagnostics())
    a->errors.push_back(std::to_string(a->file->lineCol(d.range.begin).line) + ": " + d.message);
  return a;
}

const Scope* child(const Scope* s, const std::string& name) {
  for (const auto& c : s->children)
    if (c->name == name) return c.get();
  ADD_FAILURE() << "no child scope " << name << " in " << s->name;
  return nullptr;
}

std::string describe(const Scope* s, const std::string& name) {
  const Symbol* sym = s->lookup(name);
  if (!sym) return "<none>";
  return std::string(bindingName(sym->binding)) + "/" + std::to_string(sym->flags);
}

std::string firstError(const std::string& src) {
  auto a = analyze(src);
  return a->errors.empty() ? "" : a->errors[0];
}

TEST(Scopes, LocalsGlobalsAndParams) {
  auto a = analyze("x = 1\ndef f(a, *b, c, **d):\n    y = a + x\n    return y\n");
  const Scope* top = a->tree.module.get();
  EXPECT_EQ(describe(top, "x"), "local/" + std::to_string(kDefLocal));
  const Scope* f = child(top, "f");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->kind, ScopeKind::Function);
  EXPECT_EQ(describe(f, "a"), "local/" + std::to_string(kDefParam | kUse));
  EXPECT_EQ(describe(f, "x"), "global implicit/" + std::to_string(kUse));
  EXPECT_TRUE(f->has_varargs);
  EXPECT_TRUE(f->has_varkeywords);
  // Parameter order: positional, keyword-only, *args, **kwargs.
  std::vector<std::string> names;
  for (const Symbol& s : f->symbols) names.push_back(s.name);
  EXPECT_EQ(names, (std::vector<std::string>{"a", "c", "b", "d", "y", "x"}));
}

TEST(Scopes, CellsAndFreeVariables) {
  auto a = analyze("def f():\n    x = 1\n    def g():\n        def h():\n            return x\n");
  const Scope* f = child(a->tree.module.get(), "f");
  const Scope* g = child(f, "g");
  const Scope* h = child(g, "h");
  EXPECT_EQ(f->lookup("x")->binding, Binding::Cell);
  EXPECT_EQ(g->lookup("x")->binding, Binding::Free);  // passes through g
  EXPECT_EQ(g->lookup("x")->flags, 0u);
  EXPECT_EQ(h->lookup("x")->binding, Binding::Free);
  EXPECT_TRUE(h->is_nested);
}

TEST(Scopes, ClassScopesAreSkipped) {
  auto a = analyze("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
  const Scope* f = child(a->tree.module.get(), "f");
  const Scope* c = child(f, "C");
  EXPECT_EQ(f->lookup("x")->binding, Binding::Cell);
  EXPECT_EQ(c->lookup("x")->flags, kDefLocal | kDefFreeClass);
  EXPECT_EQ(child(c, "m")->lookup("x")->binding, Binding::Free);
}

TEST(Scopes, SuperMakesClassCell) {
  auto a = analyze("class C:\n    def m(self):\n        super().m()\n");
  const Scope* c = child(a->tree.module.get(), "C");
  EXPECT_TRUE(c->needs_class_closure);
  EXPECT_EQ(child(c, "m")->lookup("__class__")->binding, Binding::Free);
}

TEST(Scopes, Mangling) {
  auto a = analyze("class _C:\n    __x = 1\n    __y__ = 2\n");
  const Scope* c = child(a->tree.module.get(), "_C");
  EXPECT_TRUE(c->lookup("_C__x"));
  EXPECT_TRUE(c->lookup("__y__"));
}

TEST(Scopes, Comprehensions) {
  auto a = analyze("def f(xs):\n    return [y for x in xs if (y := x)]\n");
  const Scope* f = child(a->tree.module.get(), "f");
  const Scope* comp = child(f, "listcomp");
  ASSERT_TRUE(comp);
  EXPECT_EQ(comp->comprehension, ComprehensionKind::List);
  EXPECT_EQ(comp->symbols[0].name, ".0");
  EXPECT_EQ(comp->lookup("x")->flags, kDefLocal | kUse | kDefCompIter);
  EXPECT_EQ(comp->lookup("y")->binding, Binding::Free);
  EXPECT_EQ(f->lookup("y")->binding, Binding::Cell);
  // The first iterable is evaluated in f.
  EXPECT_TRUE(f->lookup("xs")->flags & kUse);
  EXPECT_FALSE(comp->lookup("xs"));
}

TEST(Scopes, GlobalMarksModuleSymbol) {
  auto a = analyze("def f():\n    global g\n    g = 1\n");
  EXPECT_EQ(describe(a->tree.module.get(), "g"), "global explicit/" + std::to_string(kDefGlobal));
  EXPECT_EQ(child(a->tree.module.get(), "f")->lookup("g")->binding, Binding::GlobalExplicit);
}

TEST(Scopes, FutureAnnotationsHidesAnnotations) {
  auto a = analyze("from __future__ import annotations\ndef f(a: T) -> U: pass\n");
  EXPECT_FALSE(a->tree.module->lookup("T"));
  auto b = analyze("def f(a: T) -> U: pass\n");
  EXPECT_TRUE(b->tree.module->lookup("T"));
}

TEST(Scopes, Dump) {
  auto a = analyze("def f(a):\n    return lambda: a\n");
  EXPECT_EQ(dumpScopes(a->tree),
            "module top (line 0)\n"
            "  f: local, assigned\n"
            "  function f (line 1)\n"
            "    a: cell, param\n"
            "    function lambda (line 2)\n"
            "      a: free, used\n");
}

TEST(ScopeErrors, Declarations) {
  EXPECT_EQ(firstError("nonlocal x\n"), "1: nonlocal declaration not allowed at module level");
  EXPECT_EQ(firstError("def f():\n    nonlocal x\n"), "2: no binding for nonlocal 'x' found");
  EXPECT_EQ(firstError("def f(x):\n    global x\n"), "2: name 'x' is parameter and global");
  EXPECT_EQ(firstError("def f():\n    x = 1\n    global x\n"), "3: name 'x' is assigned to before global declaration");
  EXPECT_EQ(firstError("def f():\n    print(x)\n    global x\n"), "3: name 'x' is used prior to global declaration");
  EXPECT_EQ(firstError("def f():\n    global x\n    x: int = 3\n"), "3: annotated name 'x' can't be global");
  EXPECT_EQ(firstError("def f(x, x): pass\n"), "1: duplicate argument 'x' in function definition");
  EXPECT_EQ(firstError("def f():\n    from os import *\n"), "2: import * only allowed at module level");
}

TEST(ScopeErrors, Comprehensions) {
  EXPECT_EQ(firstError("[(yield) for x in y]\n"), "1: 'yield' inside list comprehension");
  EXPECT_EQ(firstError("def f(): [i := 0 for i in range(5)]\n"),
            "1: assignment expression cannot rebind comprehension iteration variable 'i'");
  EXPECT_EQ(firstError("class C: [y := 0 for i in range(5)]\n"),
            "1: assignment expression within a comprehension cannot be used in a class body");
  EXPECT_EQ(firstError("[i for i in (lambda: (j := range(5)))()]\n"),
            "1: assignment expression cannot be used in a comprehension iterable expression");
}

TEST(ScopeErrors, CompilerChecks) {
  EXPECT_EQ(firstError("return 1\n"), "1: 'return' outside function");
  EXPECT_EQ(firstError("def f(): await x\n"), "1: 'await' outside async function");
  EXPECT_EQ(firstError("for x in y: pass\nelse: break\n"), "2: 'break' outside loop");
  EXPECT_EQ(firstError("for x in y:\n    try: pass\n    except* E: continue\n"),
            "3: 'break', 'continue' and 'return' cannot appear in an except* block");
  EXPECT_EQ(firstError("a, *b, *c = d\n"), "1: multiple starred expressions in assignment");
  EXPECT_EQ(firstError("x = 1\nfrom __future__ import annotations\n"),
            "2: from __future__ imports must occur at the beginning of the file");
  EXPECT_EQ(firstError("def f(): [x async for x in y]\n"),
            "1: asynchronous comprehension outside of an asynchronous function");
  EXPECT_EQ(firstError("f(a=1, a=2)\n"), "1: keyword argument repeated: a");
}

TEST(ScopeErrors, AllErrorsCpythonFirst) {
  // CPython reports the symtable error (line 3) before the compiler's (line 1);
  // we report both, CPython's first.
  auto a = analyze("return 1\ndef f():\n    nonlocal q\nbreak\n");
  ASSERT_EQ(a->errors.size(), 3u);
  EXPECT_EQ(a->errors[0], "3: no binding for nonlocal 'q' found");
  EXPECT_EQ(a->errors[1], "1: 'return' outside function");
  EXPECT_EQ(a->errors[2], "4: 'break' outside loop");
}

}  // namespace
}  // namespace taipan::sema
