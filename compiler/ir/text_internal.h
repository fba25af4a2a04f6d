// Private to printer.cpp and parser.cpp: which immediate each op writes as its
// "primary" (right after the op name), and the character classes of names.
#pragma once

#include <string_view>

#include "compiler/ir/ir.h"

namespace taipan::ir::text_detail {

enum class Primary { None, Digits, Float, Bool, Text, BinOp, UnaryOp, Cmp, Func, LineNum };

inline Primary primaryOf(Op op) {
  switch (op) {
    case Op::ConstInt:
      return Primary::Digits;
    case Op::ConstFloat:
      return Primary::Float;
    case Op::ConstBool:
      return Primary::Bool;
    case Op::ConstStr:
    case Op::ConstBytes:
    case Op::PyGetAttr:
    case Op::PySetAttr:
    case Op::PyDelAttr:
    case Op::GlobalLoad:
    case Op::GlobalStore:
    case Op::GlobalDel:
    case Op::BuiltinLoad:
    case Op::CellGet:
    case Op::CheckBound:
      return Primary::Text;
    case Op::PyBinOp:
      return Primary::BinOp;
    case Op::PyUnaryOp:
      return Primary::UnaryOp;
    case Op::PyCompare:
      return Primary::Cmp;
    case Op::FuncNew:
    case Op::CallDirect:
    case Op::CtorNew:
    case Op::MethodIs:
      return Primary::Func;
    case Op::SetLine:
      return Primary::LineNum;
    default:
      return Primary::None;
  }
}

// The attribute key for Immediate::text when it is not the primary.
inline std::string_view textKey(Op op) { return op == Op::PyCall ? "kw" : "text"; }

// Characters of an unquoted value name, block label or function label.
inline bool isNameChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}
inline bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
// A name printed without quotes: name chars only, not starting with a digit.
inline bool isPlain(std::string_view s) {
  if (s.empty() || isDigit(s[0])) return false;
  for (unsigned char c : s)
    if (!isNameChar(c)) return false;
  return true;
}
// Class type names may also hold dots ("mod.Point").
inline bool isClassNameChar(unsigned char c) { return isNameChar(c) || c == '.'; }

}  // namespace taipan::ir::text_detail
