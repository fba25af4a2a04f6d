// Names of node kinds and operators, and the isa<> kind tests, all derived
// from nodes.def so that adding a node kind means editing one table.
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

}  // namespace taipan::ast
