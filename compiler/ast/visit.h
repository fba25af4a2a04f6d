// A generic traversal of the AST: forEachChild(node, f) calls f on each direct
// child node of `node`, in the order of the fields of its CPython class (the
// order of Python.asdl, which ast.iter_child_nodes follows), skipping absent
// optional children (a null Dict key, a missing `else` value). A pass writes by
// hand the node kinds it treats specially or visits in another order (as
// CPython's symtable and compiler do for assignments, calls, try statements,
// comprehensions, ...) and hands the rest to forEachChild.
#pragma once

#include "compiler/ast/ast.h"

namespace taipan::ast {

namespace visit_detail {

void each(auto& f, const Node* child) {
  if (child) f(child);
}
template <class T>
void each(auto& f, const ArenaList<T*>& children) {
  for (const Node* child : children)
    if (child) f(child);
}
void fields(auto& f, const auto&... children) { (each(f, children), ...); }

// The node-valued fields of each node struct, in CPython's order.
void children(const Module& n, auto& f) { fields(f, n.body); }
void children(const FunctionDefStmt& n, auto& f) {
  fields(f, n.args, n.body, n.decorator_list, n.returns, n.type_params);
}
void children(const ClassDefStmt& n, auto& f) {
  fields(f, n.bases, n.keywords, n.body, n.decorator_list, n.type_params);
}
void children(const ReturnStmt& n, auto& f) { fields(f, n.value); }
void children(const DeleteStmt& n, auto& f) { fields(f, n.targets); }
void children(const AssignStmt& n, auto& f) { fields(f, n.targets, n.value); }
void children(const TypeAliasStmt& n, auto& f) { fields(f, n.name, n.type_params, n.value); }
void children(const AugAssignStmt& n, auto& f) { fields(f, n.target, n.value); }
void children(const AnnAssignStmt& n, auto& f) { fields(f, n.target, n.annotation, n.value); }
void children(const ForStmt& n, auto& f) { fields(f, n.target, n.iter, n.body, n.orelse); }
void children(const WhileStmt& n, auto& f) { fields(f, n.test, n.body, n.orelse); }
void children(const IfStmt& n, auto& f) { fields(f, n.test, n.body, n.orelse); }
void children(const WithStmt& n, auto& f) { fields(f, n.items, n.body); }
void children(const MatchStmt& n, auto& f) { fields(f, n.subject, n.cases); }
void children(const RaiseStmt& n, auto& f) { fields(f, n.exc, n.cause); }
void children(const TryStmt& n, auto& f) { fields(f, n.body, n.handlers, n.orelse, n.finalbody); }
void children(const AssertStmt& n, auto& f) { fields(f, n.test, n.msg); }
void children(const ImportStmt& n, auto& f) { fields(f, n.names); }
void children(const ImportFromStmt& n, auto& f) { fields(f, n.names); }
void children(const NamesStmt&, auto&) {}
void children(const ExprStmt& n, auto& f) { fields(f, n.value); }
void children(const SimpleStmt&, auto&) {}
void children(const BoolOpExpr& n, auto& f) { fields(f, n.values); }
void children(const NamedExpr& n, auto& f) { fields(f, n.target, n.value); }
void children(const BinOpExpr& n, auto& f) { fields(f, n.left, n.right); }
void children(const UnaryOpExpr& n, auto& f) { fields(f, n.operand); }
void children(const LambdaExpr& n, auto& f) { fields(f, n.args, n.body); }
void children(const IfExpExpr& n, auto& f) { fields(f, n.test, n.body, n.orelse); }
void children(const DictExpr& n, auto& f) { fields(f, n.keys, n.values); }
void children(const SetExpr& n, auto& f) { fields(f, n.elts); }
void children(const CompExpr& n, auto& f) { fields(f, n.elt, n.value, n.generators); }  // DictComp: key, value
void children(const ValueExpr& n, auto& f) { fields(f, n.value); }
void children(const CompareExpr& n, auto& f) { fields(f, n.left, n.comparators); }
void children(const CallExpr& n, auto& f) { fields(f, n.func, n.args, n.keywords); }
void children(const FormattedValueExpr& n, auto& f) { fields(f, n.value, n.format_spec); }
void children(const JoinedStrExpr& n, auto& f) { fields(f, n.values); }
void children(const ConstantExpr&, auto&) {}
void children(const AttributeExpr& n, auto& f) { fields(f, n.value); }
void children(const SubscriptExpr& n, auto& f) { fields(f, n.value, n.slice); }
void children(const StarredExpr& n, auto& f) { fields(f, n.value); }
void children(const NameExpr&, auto&) {}
void children(const SequenceExpr& n, auto& f) { fields(f, n.elts); }
void children(const SliceExpr& n, auto& f) { fields(f, n.lower, n.upper, n.step); }
void children(const MatchValuePattern& n, auto& f) { fields(f, n.value); }
void children(const MatchSingletonPattern&, auto&) {}
void children(const MatchSequencePattern& n, auto& f) { fields(f, n.patterns); }
void children(const MatchMappingPattern& n, auto& f) { fields(f, n.keys, n.patterns); }
void children(const MatchClassPattern& n, auto& f) { fields(f, n.cls, n.patterns, n.kwd_patterns); }
void children(const MatchStarPattern&, auto&) {}
void children(const MatchAsPattern& n, auto& f) { fields(f, n.pattern); }
void children(const MatchOrPattern& n, auto& f) { fields(f, n.patterns); }
void children(const Comprehension& n, auto& f) { fields(f, n.target, n.iter, n.ifs); }
void children(const ExceptHandler& n, auto& f) { fields(f, n.type, n.body); }
void children(const Arguments& n, auto& f) {
  fields(f, n.posonlyargs, n.args, n.vararg, n.kwonlyargs, n.kw_defaults, n.kwarg, n.defaults);
}
void children(const Arg& n, auto& f) { fields(f, n.annotation); }
void children(const Keyword& n, auto& f) { fields(f, n.value); }
void children(const Alias&, auto&) {}
void children(const WithItem& n, auto& f) { fields(f, n.context_expr, n.optional_vars); }
void children(const MatchCase& n, auto& f) { fields(f, n.pattern, n.guard, n.body); }
void children(const TypeParam& n, auto& f) { fields(f, n.bound); }

}  // namespace visit_detail

// Calls f(const Node*) on each direct child of `n`, in CPython's field order.
template <class F>
void forEachChild(const Node* n, F&& f) {
  switch (n->kind) {
#define TP_NODE(Kind, Struct, Category) \
  case NodeKind::Kind:                  \
    return visit_detail::children(*cast<Struct>(n), f);
#include "compiler/ast/nodes.def"
  }
}

}  // namespace taipan::ast
