// The IR's text form, read by taipan-opt and the golden IR tests and shown by
// `taipan build --emit=ir`. Printing then parsing then printing gives the same
// bytes: every field of Module/Function/Signature/Block/Inst/Immediate that
// affects the program is written out (values and blocks are renumbered in
// textual order, so IDs of deleted instructions do not survive).
//
//   module "__main__" file "x.py" init @__main__
//   func @fib(%n) -> object [name "fib", qualname "fib", params (n), line 1] {
//   ^0(%n: int):
//     %0: int = const.int 2 line 2
//     %1: bool = int.lt %n, %0
//     cond_br %1, ^1, ^2(%n)
//   ...
//     %5: object = py.call %f, %a, %b [kw "x"] unwind ^7 line 4
//   }
//
// An instruction is `[%result: type =] op [primary] [operands and successors]
// [[attributes]] [unwind ^b] [line N]`; the primary immediate is the op's main
// immediate (const.int digits, py.binop kind, attribute name, @function), the
// attributes hold any other non-default immediate field (`text`/`kw`, `i`,
// `i2`, `f`, `func`). `;` starts a comment.
#pragma once

#include <string>
#include <string_view>

#include "compiler/ir/ir.h"

namespace taipan::ir {

std::string printModule(const Module& module);
std::string printFunction(const Module& module, FuncId func);
std::string printType(const TypeStore& types, TypeId type);  // same as TypeStore::print

// Parses a whole module into `out` (which should be freshly constructed).
// On failure returns false with `error` = "line:col: message".
bool parseModule(std::string_view text, Module& out, std::string& error);

// Text helpers shared by the printer and parser (and the tests).
std::string quoteString(std::string_view bytes);
std::string formatFloat(double v);

}  // namespace taipan::ir
