// Printers for the AST: `dumpAst` prints exactly what CPython 3.11's
// `ast.dump(ast.parse(src))` prints (one line, no attributes), which is what
// `--emit=ast` shows and what the conformance tests compare. Nodes that exist
// only in 3.12 (TypeAlias, TypeVar, ParamSpec, TypeVarTuple) print in 3.12's
// format, and `type_params` is printed only when non-empty (3.11 has no such
// field); see docs/decisions/0003-ast-dump-format.md.
#pragma once

#include <string>

#include "compiler/ast/ast.h"

namespace taipan::ast {

std::string dumpAst(const Module* module);
std::string dumpNode(const Node* node);

// Python's repr() of constants, as ast.dump prints them.
std::string reprConstant(const Constant& c);
std::string reprStr(std::string_view wtf8);      // 'abc', "it's", '\x00', '\ud800'
std::string reprBytes(std::string_view bytes);   // b'\x00abc'
std::string reprFloat(double v);                 // 1.0, 1e+16, inf, nan
std::string reprComplexImag(double imag);        // 1j, 1.5j, infj

}  // namespace taipan::ast
