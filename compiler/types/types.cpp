// The expression type rules and the local-variable guesses of the first
// inference pass (see types.h). Everything here is deliberately simple and
// conservative: a type other than Object is produced only where CPython's
// semantics guarantee it (int + int is an int; int / int is a float).
#include "compiler/types/types.h"

#include <array>

namespace taipan::types {

using namespace ast;

std::string_view tyName(Ty t) {
  static constexpr std::array<std::string_view, 7> kNames = {"never", "int", "float", "bool", "None", "str",
                                                             "object"};
  return kNames[static_cast<int>(t)];
}

Ty join(Ty a, Ty b) {
  if (a == Ty::Never) return b;
  if (b == Ty::Never) return a;
  return a == b ? a : Ty::Object;
}

Ty varType(Ty t) { return t == Ty::Int || t == Ty::Float || t == Ty::Bool ? t : Ty::Object; }

Ty constantType(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::Int: return Ty::Int;
    case Constant::Kind::Float: return Ty::Float;
    case Constant::Kind::True:
    case Constant::Kind::False: return Ty::Bool;
    case Constant::Kind::None: return Ty::None;
    case Constant::Kind::Str: return Ty::Str;
    default: return Ty::Object;
  }
}

namespace {
bool isNum(Ty t) { return t == Ty::Int || t == Ty::Float; }
}  // namespace

Ty binopResult(Ty l, BinOpKind op, Ty r) {
  if (l == Ty::Never || r == Ty::Never) return Ty::Never;
  if (l == Ty::Int && r == Ty::Int) {
    switch (op) {
      case BinOpKind::Add:
      case BinOpKind::Sub:
      case BinOpKind::Mult:
      case BinOpKind::FloorDiv:
      case BinOpKind::Mod:
      case BinOpKind::BitAnd:
      case BinOpKind::BitOr:
      case BinOpKind::BitXor:
      case BinOpKind::LShift:
      case BinOpKind::RShift: return Ty::Int;
      case BinOpKind::Div: return Ty::Float;
      default: return Ty::Object;  // ** may give a float, @ is unsupported
    }
  }
  if (isNum(l) && isNum(r)) {  // at least one float
    switch (op) {
      case BinOpKind::Add:
      case BinOpKind::Sub:
      case BinOpKind::Mult:
      case BinOpKind::Div:
      case BinOpKind::FloorDiv:
      case BinOpKind::Mod: return Ty::Float;
      default: return Ty::Object;  // ** may give a complex
    }
  }
  if (l == Ty::Str && op == BinOpKind::Add && r == Ty::Str) return Ty::Str;
  if (l == Ty::Str && op == BinOpKind::Mult && r == Ty::Int) return Ty::Str;
  return Ty::Object;
}

Ty unaryResult(UnaryOpKind op, Ty t) {
  if (op == UnaryOpKind::Not) return Ty::Bool;
  if (t == Ty::Never) return Ty::Never;
  if (t == Ty::Int) return Ty::Int;
  if (t == Ty::Float && op != UnaryOpKind::Invert) return Ty::Float;
  return Ty::Object;
}

Ty compareResult(Ty l, CmpOpKind op, Ty r) {
  if (op == CmpOpKind::Is || op == CmpOpKind::IsNot) return Ty::Bool;
  if (l == Ty::Never || r == Ty::Never) return Ty::Never;
  if (op == CmpOpKind::In || op == CmpOpKind::NotIn) return Ty::Object;
  if ((l == Ty::Int && r == Ty::Int) || (l == Ty::Float && r == Ty::Float)) return Ty::Bool;
  return Ty::Object;
}

Ty builtinResult(std::string_view name) {
  if (name == "len" || name == "int" || name == "ord" || name == "hash" || name == "id") return Ty::Int;
  if (name == "float") return Ty::Float;
  if (name == "str" || name == "repr" || name == "chr" || name == "ascii") return Ty::Str;
  if (name == "bool" || name == "isinstance" || name == "callable" || name == "issubclass") return Ty::Bool;
  return Ty::Object;
}

Ty annotationType(const Expr* annotation) {
  const auto* n = dyn_cast<NameExpr>(annotation);
  if (!n) return Ty::Object;
  if (n->id == "int") return Ty::Int;
  if (n->id == "float") return Ty::Float;
  if (n->id == "bool") return Ty::Bool;
  return Ty::Object;
}

}  // namespace taipan::types
