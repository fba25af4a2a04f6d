// Scope analysis (CPython's symtable): one symbol table per module, class,
// function, lambda, comprehension (and PEP 695 annotation/type-parameter
// scopes), each symbol classified as local, global (explicit or implicit),
// nonlocal, free or cell, with CPython's rules: class scopes are skipped by
// nested functions, comprehension iteration variables are local to the
// comprehension, walrus targets bind in the enclosing function, a `__class__`
// cell exists when a method uses super() or __class__. Reports the errors
// CPython's symtable raises at compile time.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"

namespace taipan::sema {

enum class ScopeKind : uint8_t { Module, Class, Function, Lambda, Comprehension, Annotation, TypeParams, TypeAlias };

// Which comprehension a Comprehension scope is (CPython names its scope
// "listcomp", "setcomp", "dictcomp" or "genexpr").
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// How a name resolves in its scope (CPython's _ST_SCOPE values).
enum class Binding : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

// Flags as in CPython's symtable: DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, ...
enum SymbolFlags : uint32_t {
  kDefGlobal = 1 << 0,     // `global` statement
  kDefLocal = 1 << 1,      // assigned in this scope
  kDefParam = 1 << 2,      // parameter
  kDefNonlocal = 1 << 3,   // `nonlocal` statement
  kUse = 1 << 4,           // read in this scope
  kDefFree = 1 << 5,       // used here, bound in an enclosing function
  kDefFreeClass = 1 << 6,  // free variable from a class scope
  kDefImport = 1 << 7,     // bound by import
  kDefAnnot = 1 << 8,      // annotated
  kDefCompIter = 1 << 9,   // comprehension iteration variable
};

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  Binding binding = Binding::Local;
  SrcRange first_use;  // where the name first appears in this scope
};

struct Scope {
  ScopeKind kind;
  std::string name;  // "top", function/class name, "<lambda>", "<listcomp>", ...
  const ast::Node* node = nullptr;
  uint32_t line = 0;
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;
  std::vector<Symbol> symbols;  // in order of first appearance
  std::unordered_map<std::string, size_t> index;
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_varargs = false;
  bool has_varkeywords = false;
  bool is_nested = false;
  bool needs_class_closure = false;  // has a __class__ cell
  ComprehensionKind comprehension = ComprehensionKind::None;
  bool returns_value = false;  // has `return <expr>`
  bool has_free = false;       // some name here is free (or implicitly global while nested)
  bool child_free = false;     // some nested scope has free names
  // `global`/`nonlocal` statements (and walrus targets promoted out of a
  // comprehension) in order: the name and where the directive is; errors about
  // a name's declaration point at its first directive.
  std::vector<std::pair<std::string, SrcRange>> directives;

  const Symbol* lookup(std::string_view name) const;
};

struct ScopeTree {
  std::unique_ptr<Scope> module;
  // The scope a node (Module, FunctionDef, ClassDef, Lambda, comprehension
  // expression) introduces.
  std::unordered_map<const ast::Node*, Scope*> scope_of;
  // Scopes that CPython 3.11 builds but keeps out of the tree: with
  // `from __future__ import annotations` each annotation is analysed in its
  // own detached "_annotation" scope (only for its errors).
  std::vector<std::unique_ptr<Scope>> detached;
  bool future_annotations = false;
};

// Builds the symbol tables; reports scope errors to `diags`.
ScopeTree analyzeScopes(const ast::Module* module, const SourceFile& file, diag::DiagnosticEngine& diags);

// Text form for --emit=scopes (documented in docs/cli.md). One block per
// scope, children indented under their parent:
//   <type> <name> (line N)        type is module, class or function (as
//                                 symtable's get_type(); lambdas and
//                                 comprehensions are functions named
//                                 "lambda", "listcomp", ...)
//     <symbol>: <binding>[, <flag>...]
// binding: local, cell, free, global explicit, global implicit; flags in this
// order: param, assigned, global, nonlocal, used, def_free, free_class,
// imported, annotated, comp_iter. Symbols are listed in symtable order (first
// appearance); free names only passing through a scope come last, sorted.
// tools/scopes_compare.py renders python3's symtable module the same way.
std::string dumpScopes(const ScopeTree& tree);

// The text of one scope kind / binding as used by dumpScopes.
std::string_view bindingName(Binding b);

}  // namespace taipan::sema
