// The abstract syntax tree: the parser's output and the input of every later
// front-end phase. Its shape is exactly CPython 3.12's `ast` module (see
// nodes.def), so that `--emit=ast` can print what `ast.dump` prints. Nodes are
// plain structs allocated in the Module's Arena; they are never destroyed, so
// they hold only trivially destructible members (pointers, string_views into
// the arena or the source, ArenaLists). Positions are byte ranges into the
// decoded source (SourceFile maps them to lines and columns).
//
// Conventions: an optional child is a null pointer; an optional identifier is
// an empty string_view; `ctx` fields are set by the parser (Store/Del for
// targets) exactly as CPython sets them.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>

#include "compiler/base/arena.h"
#include "compiler/source/source_file.h"

namespace taipan::ast {

enum class NodeKind : uint8_t {
#define TP_NODE(Kind, Struct, Category) Kind,
#include "compiler/ast/nodes.def"
};

// The CPython class name of a kind: "FunctionDef", "comprehension", ...
std::string_view kindName(NodeKind kind);

using Ident = std::string_view;

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

std::string_view contextName(ExprContext c);   // "Load"
std::string_view boolOpName(BoolOpKind k);     // "And"
std::string_view binOpName(BinOpKind k);       // "Add"
std::string_view unaryOpName(UnaryOpKind k);   // "USub"
std::string_view cmpOpName(CmpOpKind k);       // "NotEq"

// Compile-time kind tables used by classof() below.
constexpr int kNumNodeKinds = 0
#define TP_NODE(Kind, Struct, Category) +1
#include "compiler/ast/nodes.def"
    ;
constexpr std::string_view structNameOf(NodeKind k) {
  switch (k) {
#define TP_NODE(Kind, Struct, Category) \
  case NodeKind::Kind:                  \
    return #Struct;
#include "compiler/ast/nodes.def"
  }
  return "";
}
constexpr std::string_view categoryOf(NodeKind k) {
  switch (k) {
#define TP_NODE(Kind, Struct, Category) \
  case NodeKind::Kind:                  \
    return #Category;
#include "compiler/ast/nodes.def"
  }
  return "";
}
constexpr std::array<bool, kNumNodeKinds> kindMask(std::string_view name, bool category) {
  std::array<bool, kNumNodeKinds> m{};
  for (int i = 0; i < kNumNodeKinds; ++i)
    m[i] = (category ? categoryOf(static_cast<NodeKind>(i)) : structNameOf(static_cast<NodeKind>(i))) == name;
  return m;
}
#define TP_CLASSOF(Struct)                                           \
  static bool classof(NodeKind k) {                                  \
    static constexpr auto mask = ::taipan::ast::kindMask(#Struct, false); \
    return mask[static_cast<int>(k)];                                \
  }
#define TP_CLASSOF_CATEGORY(Category)                                 \
  static bool classof(NodeKind k) {                                   \
    static constexpr auto mask = ::taipan::ast::kindMask(#Category, true); \
    return mask[static_cast<int>(k)];                                 \
  }

struct Node {
  NodeKind kind;
  SrcRange range;
};

struct Stmt : Node { TP_CLASSOF_CATEGORY(Stmt) };
struct Expr : Node { TP_CLASSOF_CATEGORY(Expr) };
struct Pattern : Node { TP_CLASSOF_CATEGORY(Pattern) };

using StmtList = ArenaList<Stmt*>;
using ExprList = ArenaList<Expr*>;
using PatternList = ArenaList<Pattern*>;
using IdentList = ArenaList<Ident>;

// A constant value as CPython's ast.Constant holds it.
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  // Int: canonical decimal digits (optionally with a leading '-');
  // Str: UTF-8, lone surrogates encoded as 3-byte sequences; Bytes: raw bytes.
  std::string_view text;
  // Float: the value. Complex: the imaginary part (the real part is 0).
  double number = 0.0;
};

// ---- helper nodes (CPython's lower-case classes) ----

struct Arg : Node { TP_CLASSOF(Arg)
  Ident arg;
  Expr* annotation = nullptr;
};

struct Arguments : Node { TP_CLASSOF(Arguments)
  ArenaList<Arg*> posonlyargs;
  ArenaList<Arg*> args;
  Arg* vararg = nullptr;
  ArenaList<Arg*> kwonlyargs;
  ExprList kw_defaults;  // same length as kwonlyargs; null where no default
  Arg* kwarg = nullptr;
  ExprList defaults;     // for the last len(defaults) of posonlyargs+args
};

struct Keyword : Node { TP_CLASSOF(Keyword)
  Ident arg;  // empty for **kwargs
  Expr* value = nullptr;
};

struct Alias : Node { TP_CLASSOF(Alias)
  Ident name;  // dotted name, e.g. "os.path", or "*"
  Ident asname;
};

struct WithItem : Node { TP_CLASSOF(WithItem)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct Comprehension : Node { TP_CLASSOF(Comprehension)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  bool is_async = false;
};

struct ExceptHandler : Node { TP_CLASSOF(ExceptHandler)
  Expr* type = nullptr;
  Ident name;
  StmtList body;
};

struct MatchCase : Node { TP_CLASSOF(MatchCase)
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  StmtList body;
};

// TypeVar (with optional bound), ParamSpec, TypeVarTuple (PEP 695).
struct TypeParam : Node { TP_CLASSOF(TypeParam)
  Ident name;
  Expr* bound = nullptr;  // TypeVar only
};
using TypeParamList = ArenaList<TypeParam*>;

struct Module : Node { TP_CLASSOF(Module)
  StmtList body;
};

// ---- statements ----

struct FunctionDefStmt : Stmt { TP_CLASSOF(FunctionDefStmt)  // FunctionDef, AsyncFunctionDef
  Ident name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
  TypeParamList type_params;
};

struct ClassDefStmt : Stmt { TP_CLASSOF(ClassDefStmt)
  Ident name;
  ExprList bases;
  ArenaList<Keyword*> keywords;
  StmtList body;
  ExprList decorator_list;
  TypeParamList type_params;
};

struct ReturnStmt : Stmt { TP_CLASSOF(ReturnStmt) Expr* value = nullptr; };
struct DeleteStmt : Stmt { TP_CLASSOF(DeleteStmt) ExprList targets; };
struct AssignStmt : Stmt { TP_CLASSOF(AssignStmt)
  ExprList targets;
  Expr* value = nullptr;
};
struct TypeAliasStmt : Stmt { TP_CLASSOF(TypeAliasStmt)
  Expr* name = nullptr;  // a Name in Store context
  TypeParamList type_params;
  Expr* value = nullptr;
};
struct AugAssignStmt : Stmt { TP_CLASSOF(AugAssignStmt)
  Expr* target = nullptr;
  BinOpKind op;
  Expr* value = nullptr;
};
struct AnnAssignStmt : Stmt { TP_CLASSOF(AnnAssignStmt)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;  // target is a plain name not in parentheses
};
struct ForStmt : Stmt { TP_CLASSOF(ForStmt)  // For, AsyncFor
  Expr* target = nullptr;
  Expr* iter = nullptr;
  StmtList body;
  StmtList orelse;
};
struct WhileStmt : Stmt { TP_CLASSOF(WhileStmt)
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;
};
struct IfStmt : Stmt { TP_CLASSOF(IfStmt)
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;  // an elif is a single nested IfStmt here
};
struct WithStmt : Stmt { TP_CLASSOF(WithStmt)  // With, AsyncWith
  ArenaList<WithItem*> items;
  StmtList body;
};
struct MatchStmt : Stmt { TP_CLASSOF(MatchStmt)
  Expr* subject = nullptr;
  ArenaList<MatchCase*> cases;
};
struct RaiseStmt : Stmt { TP_CLASSOF(RaiseStmt)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
struct TryStmt : Stmt { TP_CLASSOF(TryStmt)  // Try, TryStar
  StmtList body;
  ArenaList<ExceptHandler*> handlers;
  StmtList orelse;
  StmtList finalbody;
};
struct AssertStmt : Stmt { TP_CLASSOF(AssertStmt)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct ImportStmt : Stmt { TP_CLASSOF(ImportStmt) ArenaList<Alias*> names; };
struct ImportFromStmt : Stmt { TP_CLASSOF(ImportFromStmt)
  Ident module;  // empty for `from . import x`
  ArenaList<Alias*> names;
  int level = 0;
};
struct NamesStmt : Stmt { TP_CLASSOF(NamesStmt) IdentList names; };  // Global, Nonlocal
struct ExprStmt : Stmt { TP_CLASSOF(ExprStmt) Expr* value = nullptr; };
struct SimpleStmt : Stmt { TP_CLASSOF(SimpleStmt)};                    // Pass, Break, Continue

// ---- expressions ----

struct BoolOpExpr : Expr { TP_CLASSOF(BoolOpExpr)
  BoolOpKind op;
  ExprList values;
};
struct NamedExpr : Expr { TP_CLASSOF(NamedExpr)
  Expr* target = nullptr;
  Expr* value = nullptr;
};
struct BinOpExpr : Expr { TP_CLASSOF(BinOpExpr)
  Expr* left = nullptr;
  BinOpKind op;
  Expr* right = nullptr;
};
struct UnaryOpExpr : Expr { TP_CLASSOF(UnaryOpExpr)
  UnaryOpKind op;
  Expr* operand = nullptr;
};
struct LambdaExpr : Expr { TP_CLASSOF(LambdaExpr)
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExpExpr : Expr { TP_CLASSOF(IfExpExpr)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct DictExpr : Expr { TP_CLASSOF(DictExpr)
  ExprList keys;  // null key for a `**mapping` entry
  ExprList values;
};
struct SetExpr : Expr { TP_CLASSOF(SetExpr) ExprList elts; };
struct CompExpr : Expr { TP_CLASSOF(CompExpr)  // ListComp, SetComp, GeneratorExp: elt; DictComp: key=elt, value
  Expr* elt = nullptr;
  Expr* value = nullptr;
  ArenaList<Comprehension*> generators;
};
struct ValueExpr : Expr { TP_CLASSOF(ValueExpr) Expr* value = nullptr; };  // Await, Yield (value optional), YieldFrom
struct CompareExpr : Expr { TP_CLASSOF(CompareExpr)
  Expr* left = nullptr;
  ArenaList<CmpOpKind> ops;
  ExprList comparators;
};
struct CallExpr : Expr { TP_CLASSOF(CallExpr)
  Expr* func = nullptr;
  ExprList args;
  ArenaList<Keyword*> keywords;
};
struct FormattedValueExpr : Expr { TP_CLASSOF(FormattedValueExpr)
  Expr* value = nullptr;
  int conversion = -1;            // -1, or 's', 'r', 'a'
  Expr* format_spec = nullptr;    // a JoinedStr or null
};
struct JoinedStrExpr : Expr { TP_CLASSOF(JoinedStrExpr) ExprList values; };
struct ConstantExpr : Expr { TP_CLASSOF(ConstantExpr)
  Constant value;
  bool kind_u = false;  // kind='u' (the first string part had a u prefix)
};
struct AttributeExpr : Expr { TP_CLASSOF(AttributeExpr)
  Expr* value = nullptr;
  Ident attr;
  ExprContext ctx = ExprContext::Load;
};
struct SubscriptExpr : Expr { TP_CLASSOF(SubscriptExpr)
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct StarredExpr : Expr { TP_CLASSOF(StarredExpr)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct NameExpr : Expr { TP_CLASSOF(NameExpr)
  Ident id;
  ExprContext ctx = ExprContext::Load;
};
struct SequenceExpr : Expr { TP_CLASSOF(SequenceExpr)  // List, Tuple
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};
struct SliceExpr : Expr { TP_CLASSOF(SliceExpr)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---- patterns ----

struct MatchValuePattern : Pattern { TP_CLASSOF(MatchValuePattern) Expr* value = nullptr; };
struct MatchSingletonPattern : Pattern { TP_CLASSOF(MatchSingletonPattern) Constant value; };  // None, True, False
struct MatchSequencePattern : Pattern { TP_CLASSOF(MatchSequencePattern) PatternList patterns; };
struct MatchMappingPattern : Pattern { TP_CLASSOF(MatchMappingPattern)
  ExprList keys;
  PatternList patterns;
  Ident rest;
};
struct MatchClassPattern : Pattern { TP_CLASSOF(MatchClassPattern)
  Expr* cls = nullptr;
  PatternList patterns;
  IdentList kwd_attrs;
  PatternList kwd_patterns;
};
struct MatchStarPattern : Pattern { TP_CLASSOF(MatchStarPattern) Ident name; };
struct MatchAsPattern : Pattern { TP_CLASSOF(MatchAsPattern)
  Pattern* pattern = nullptr;
  Ident name;
};
struct MatchOrPattern : Pattern { TP_CLASSOF(MatchOrPattern) PatternList patterns; };

// ---- casting ----

// Kind tests for each struct, e.g. isa<ForStmt>(node) is true for For and
// AsyncFor; isa<Expr>(node) for every expression kind.
template <class T>
bool isa(const Node* n) {
  return T::classof(n->kind);
}

template <class T>
T* dyn_cast(Node* n) {
  return n && isa<T>(n) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* dyn_cast(const Node* n) {
  return n && isa<T>(n) ? static_cast<const T*>(n) : nullptr;
}
template <class T>
T* cast(Node* n) {
  return static_cast<T*>(n);
}
template <class T>
const T* cast(const Node* n) {
  return static_cast<const T*>(n);
}

// CPython's name for an expression's kind in messages such as "cannot assign
// to %s" (_PyPegen_get_expr_name): "function call", "literal", "None", ...
std::string_view exprDescription(const Expr* e);

// A parsed file: the tree and the arena that owns it.
struct ParsedModule {
  const SourceFile* file = nullptr;
  std::unique_ptr<Arena> arena = std::make_unique<Arena>();
  Module* module = nullptr;  // null when parsing failed before producing a tree
};

}  // namespace taipan::ast
