// Finding the modules a program is made of: the imports of a module's AST,
// made absolute (relative imports inside packages), and the files they name
// under the main script's directory (sys.path[0]): `name.py`, or
// `name/__init__.py` for a package, one directory per dotted component. The
// driver compiles every module found into the one executable; see
// docs/decisions/0016-modules.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast/ast.h"

namespace taipan::driver {

// One module an import statement needs.
struct ImportRef {
  std::string name;               // absolute dotted name
  const ast::Node* at = nullptr;  // the alias or statement, for the diagnostic
  // Inside a `try` whose handlers catch ImportError (or a base of it): a
  // missing module stays a run-time ModuleNotFoundError.
  bool guarded = false;
  // `from pkg import name` may name a submodule pkg.name or just an
  // attribute of pkg: compiled when found, never an error when not.
  bool optional = false;
};

// Every module `module` imports, in source order, each enclosing package
// before its submodules (`import a.b.c` gives a, a.b, a.b.c). Relative
// imports that go beyond the top-level package are left out (they raise
// ImportError at run time).
std::vector<ImportRef> collectImports(const ast::Module& module, std::string_view module_name, bool is_package);

// Where module `name` lives under `root`: the package's __init__.py or the
// module's .py file, with `is_package` set; "" when there is none. A package
// directory wins over a module file of the same name, as in CPython.
std::string findModuleFile(const std::string& root, std::string_view name, bool& is_package);

// The modules the runtime provides itself (sys, math, typing, ...): never
// looked for on disk.
bool isRuntimeModule(std::string_view name);

// The directory of Taipan's standard library written in Python (the repo's
// stdlib/): $TAIPAN_STDLIB_DIR, else <bindir>/../lib/stdlib (the build tree)
// or <bindir>/../lib/taipan/stdlib (an install); "" when there is none.
// It is searched after the program's own directory, as CPython searches
// sys.path[0] before the standard library.
const std::string& stdlibDir();

}  // namespace taipan::driver

namespace taipan::driver {

// The names a module defines at module level, for the check that a program
// uses only what Taipan's standard library implements: defs, classes,
// assignment and loop targets, imports, and `global` names assigned in
// functions. `dynamic` is set when the module may define names the AST does
// not show (a star import, a module __getattr__, a call of globals()).
std::vector<std::string> moduleLevelNames(const ast::Module& module, bool& dynamic);

// A reference `x.attr` (loaded) where `x` is bound only by `import module`
// or `import module as x` in this module.
struct ModuleAttrRef {
  std::string module;
  std::string attr;
  const ast::Node* at = nullptr;
};
std::vector<ModuleAttrRef> collectModuleAttrRefs(const ast::Module& module);

}  // namespace taipan::driver
