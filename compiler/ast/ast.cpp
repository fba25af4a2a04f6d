// Names of node kinds and operators, derived from nodes.def so that adding a
// node kind means editing one table, and CPython's description of an
// expression kind for error messages.
#include "compiler/ast/ast.h"

namespace taipan::ast {

std::string_view kindName(NodeKind kind) {
  switch (kind) {
#define TP_NODE(Kind, Struct, Category) \
  case NodeKind::Kind:                  \
    return #Kind;
#include "compiler/ast/nodes.def"
  }
  return "?";
}

std::string_view contextName(ExprContext c) {
  static constexpr std::string_view names[] = {"Load", "Store", "Del"};
  return names[static_cast<int>(c)];
}
std::string_view boolOpName(BoolOpKind k) {
  static constexpr std::string_view names[] = {"And", "Or"};
  return names[static_cast<int>(k)];
}
std::string_view binOpName(BinOpKind k) {
  static constexpr std::string_view names[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                               "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return names[static_cast<int>(k)];
}
std::string_view unaryOpName(UnaryOpKind k) {
  static constexpr std::string_view names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(k)];
}
std::string_view cmpOpName(CmpOpKind k) {
  static constexpr std::string_view names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return names[static_cast<int>(k)];
}

std::string_view exprDescription(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute:
      return "attribute";
    case NodeKind::Subscript:
      return "subscript";
    case NodeKind::Starred:
      return "starred";
    case NodeKind::Name:
      return "name";
    case NodeKind::List:
      return "list";
    case NodeKind::Tuple:
      return "tuple";
    case NodeKind::Lambda:
      return "lambda";
    case NodeKind::Call:
      return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
      return "expression";
    case NodeKind::GeneratorExp:
      return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return "yield expression";
    case NodeKind::Await:
      return "await expression";
    case NodeKind::ListComp:
      return "list comprehension";
    case NodeKind::SetComp:
      return "set comprehension";
    case NodeKind::DictComp:
      return "dict comprehension";
    case NodeKind::Dict:
      return "dict literal";
    case NodeKind::Set:
      return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      return "f-string expression";
    case NodeKind::Constant:
      switch (cast<ConstantExpr>(e)->value.kind) {
        case Constant::Kind::None:
          return "None";
        case Constant::Kind::True:
          return "True";
        case Constant::Kind::False:
          return "False";
        case Constant::Kind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    case NodeKind::Compare:
      return "comparison";
    case NodeKind::IfExp:
      return "conditional expression";
    case NodeKind::NamedExpr:
      return "named expression";
    default:
      // CPython raises SystemError here; no target the parser checks gets here.
      return "expression";
  }
}

}  // namespace taipan::ast
