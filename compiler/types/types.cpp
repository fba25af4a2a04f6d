// The expression type rules and the local-variable guesses of the first
// inference pass (see types.h). Everything here is deliberately simple and
// conservative: a type other than Object is produced only where CPython's
// semantics guarantee it (int + int is an int; int / int is a float).
#include "compiler/types/types.h"

#include <array>
#include <functional>
#include <unordered_set>

#include "compiler/ast/visit.h"

namespace taipan::types {

using namespace ast;

std::string_view tyName(Ty t) {
  static constexpr std::array<std::string_view, 9> kNames = {"never", "int",    "float",        "bool", "None",
                                                             "str",   "object", "float|object", "list"};
  return kNames[static_cast<int>(t)];
}

Ty join(Ty a, Ty b) {
  if (a == Ty::Never) return b;
  if (b == Ty::Never) return a;
  if (a == b) return a;
  if (a == Ty::Float || a == Ty::FloatObj || b == Ty::Float || b == Ty::FloatObj) return Ty::FloatObj;
  return Ty::Object;
}

Ty varType(Ty t) {
  return t == Ty::Int || t == Ty::Float || t == Ty::Bool || t == Ty::FloatObj || t == Ty::List || t == Ty::Str
             ? t
             : Ty::Object;
}

Ty constantType(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::Int:
      return Ty::Int;
    case Constant::Kind::Float:
      return Ty::Float;
    case Constant::Kind::True:
    case Constant::Kind::False:
      return Ty::Bool;
    case Constant::Kind::None:
      return Ty::None;
    case Constant::Kind::Str:
      return Ty::Str;
    default:
      return Ty::Object;
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
      case BinOpKind::RShift:
        return Ty::Int;
      case BinOpKind::Div:
        return Ty::Float;
      default:
        return Ty::Object;  // ** may give a float, @ is unsupported
    }
  }
  if (isNum(l) && isNum(r)) {  // at least one float
    switch (op) {
      case BinOpKind::Add:
      case BinOpKind::Sub:
      case BinOpKind::Mult:
      case BinOpKind::Div:
      case BinOpKind::FloorDiv:
      case BinOpKind::Mod:
        return Ty::Float;
      default:
        return Ty::Object;  // ** may give a complex
    }
  }
  if ((l == Ty::List && op == BinOpKind::Mult && r == Ty::Int) ||
      (l == Ty::Int && op == BinOpKind::Mult && r == Ty::List) ||
      (l == Ty::List && op == BinOpKind::Add && r == Ty::List))
    return Ty::List;
  // Float arithmetic with an operand of unknown type: the result is most
  // likely a float, kept unboxed when it is one.
  bool lf = l == Ty::Float || l == Ty::FloatObj, rf = r == Ty::Float || r == Ty::FloatObj;
  if ((lf || rf) && (op == BinOpKind::Add || op == BinOpKind::Sub || op == BinOpKind::Mult || op == BinOpKind::Div))
    return Ty::FloatObj;
  if (l == Ty::Str && op == BinOpKind::Add && r == Ty::Str) return Ty::Str;
  if (l == Ty::Str && op == BinOpKind::Mult && r == Ty::Int) return Ty::Str;
  if (l == Ty::Int && op == BinOpKind::Mult && r == Ty::Str) return Ty::Str;
  return Ty::Object;
}

Ty unaryResult(UnaryOpKind op, Ty t) {
  if (op == UnaryOpKind::Not) return Ty::Bool;
  if (t == Ty::Never) return Ty::Never;
  if (t == Ty::Int) return Ty::Int;
  if (t == Ty::Float && op != UnaryOpKind::Invert) return Ty::Float;
  if (t == Ty::FloatObj && op == UnaryOpKind::USub) return Ty::FloatObj;
  return Ty::Object;
}

Ty compareResult(Ty l, CmpOpKind op, Ty r) {
  if (op == CmpOpKind::Is || op == CmpOpKind::IsNot) return Ty::Bool;
  if (l == Ty::Never || r == Ty::Never) return Ty::Never;
  // Two exact strs compare (and test containment) without user code.
  if (l == Ty::Str && r == Ty::Str) return Ty::Bool;
  if (op == CmpOpKind::In || op == CmpOpKind::NotIn) return Ty::Object;
  if ((l == Ty::Int && r == Ty::Int) || (l == Ty::Float && r == Ty::Float)) return Ty::Bool;
  return Ty::Object;
}

Ty builtinResult(std::string_view name) {
  if (name == "len" || name == "int" || name == "ord" || name == "hash" || name == "id") return Ty::Int;
  if (name == "float") return Ty::Float;
  // str(), repr() and ascii() may return an instance of a str subclass (a
  // __str__/__repr__ result is not converted), so only chr() is an exact str.
  if (name == "chr") return Ty::Str;
  if (name == "bool" || name == "isinstance" || name == "callable" || name == "issubclass") return Ty::Bool;
  if (name == "list" || name == "sorted") return Ty::List;
  return Ty::Object;
}

Ty strMethodResult(std::string_view name) {
  static const std::unordered_set<std::string_view> kStr = {
      "lower",      "upper", "strip",    "lstrip",       "rstrip",       "replace",  "capitalize",
      "casefold",   "title", "swapcase", "center",       "ljust",        "rjust",    "zfill",
      "expandtabs", "join",  "format",   "removeprefix", "removesuffix", "translate"};
  static const std::unordered_set<std::string_view> kBool = {
      "startswith", "endswith",  "isdigit",   "isalpha", "isalnum",      "isspace",     "islower",
      "isupper",    "isdecimal", "isnumeric", "isascii", "isidentifier", "isprintable", "istitle"};
  if (kStr.count(name)) return Ty::Str;
  if (kBool.count(name)) return Ty::Bool;
  if (name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count") return Ty::Int;
  if (name == "split" || name == "rsplit" || name == "splitlines") return Ty::List;
  return Ty::Object;
}

namespace {
// The item type of a `list[T]`/`List[T]` annotation (annotationType of T),
// else Object.
Ty listAnnotationItem(const Expr* a) {
  auto* s = a ? dyn_cast<SubscriptExpr>(a) : nullptr;
  if (!s) return Ty::Object;
  auto* base = dyn_cast<NameExpr>(s->value);
  if (!base || (base->id != "List" && base->id != "list")) return Ty::Object;
  return annotationType(s->slice);
}
// Each parameter of a def with its annotation's list item type.
void forEachListParam(const Arguments* args, const std::function<void(const std::string&, Ty)>& f) {
  if (!args) return;
  for (const auto* list : {&args->posonlyargs, &args->args, &args->kwonlyargs})
    for (Arg* p : *list) f(std::string(p->arg), listAnnotationItem(p->annotation));
}
// Each plain assignment of a function's own scope (nested defs, classes and
// lambdas are not entered).
void forEachOwnAssign(const Node* n, const std::function<void(const AssignStmt*)>& f) {
  if (auto* a = dyn_cast<AssignStmt>(n)) f(a);
  if (n->kind == NodeKind::FunctionDef || n->kind == NodeKind::AsyncFunctionDef || n->kind == NodeKind::ClassDef ||
      n->kind == NodeKind::Lambda)
    return;
  forEachChild(n, [&](const Node* c) { forEachOwnAssign(c, f); });
}
bool isFloatConst(const Expr* e) {
  if (auto* u = dyn_cast<UnaryOpExpr>(e)) return isFloatConst(u->operand);
  auto* c = dyn_cast<ConstantExpr>(e);
  return c && c->value.kind == Constant::Kind::Float;
}
bool isFloatListExpr(const Expr* e) {
  if (auto* b = dyn_cast<BinOpExpr>(e); b && b->op == BinOpKind::Mult) {
    return isFloatListExpr(b->left) || isFloatListExpr(b->right);
  }
  auto* l = dyn_cast<SequenceExpr>(e);
  if (!l || l->kind != NodeKind::List || l->elts.empty()) return false;
  for (Expr* x : l->elts)
    if (!isFloatConst(x)) return false;
  return true;
}
// The item type of a list made by `[c, ...] * n` / `n * [c, ...]`, a display
// of int, bool or str constants of one type, or `list(range(...))` (int);
// Object for anything else.
Ty listExprItem(const Expr* e) {
  if (auto* b = dyn_cast<BinOpExpr>(e); b && b->op == BinOpKind::Mult) {
    Ty l = isa<SequenceExpr>(b->left) ? listExprItem(b->left) : Ty::Object;
    return l != Ty::Object ? l : isa<SequenceExpr>(b->right) ? listExprItem(b->right) : Ty::Object;
  }
  if (auto* c = dyn_cast<CallExpr>(e); c && c->args.size() == 1 && c->keywords.empty()) {
    auto* f = dyn_cast<NameExpr>(c->func);
    auto* r = dyn_cast<CallExpr>(c->args[0]);
    auto* rf = r ? dyn_cast<NameExpr>(r->func) : nullptr;
    if (f && f->id == "list" && rf && rf->id == "range") return Ty::Int;
    return Ty::Object;
  }
  auto* l = dyn_cast<SequenceExpr>(e);
  if (!l || l->kind != NodeKind::List || l->elts.empty()) return Ty::Object;
  Ty t = Ty::Never;
  for (Expr* x : l->elts) {
    auto* c = dyn_cast<ConstantExpr>(x);
    Ty ct = c ? constantType(c->value) : Ty::Object;
    if (ct != Ty::Int && ct != Ty::Bool && ct != Ty::Str) return Ty::Object;
    if (t != Ty::Never && t != ct) return Ty::Object;
    t = ct;
  }
  return t;
}
}  // namespace

std::unordered_set<std::string> floatListNames(const Arguments* args, const StmtList& body) {
  std::unordered_set<std::string> out;
  forEachListParam(args, [&](const std::string& name, Ty t) {
    if (t == Ty::Float) out.insert(name);
  });
  for (const Stmt* st : body)
    forEachOwnAssign(st, [&](const AssignStmt* a) {
      if (!isFloatListExpr(a->value)) return;
      for (Expr* t : a->targets)
        if (auto* nm = dyn_cast<NameExpr>(t)) out.insert(std::string(nm->id));
    });
  return out;
}

std::unordered_map<std::string, Ty> itemListTypes(const Arguments* args, const StmtList& body) {
  std::unordered_map<std::string, Ty> out;
  std::unordered_set<std::string> drop;
  forEachListParam(args, [&](const std::string& name, Ty t) {
    if (t == Ty::Int || t == Ty::Bool || t == Ty::Str) out.emplace(name, t);
  });
  for (const Stmt* st : body)
    forEachOwnAssign(st, [&](const AssignStmt* a) {
      Ty t = listExprItem(a->value);
      for (Expr* target : a->targets)
        if (auto* nm = dyn_cast<NameExpr>(target); nm && t != Ty::Object) {
          auto [it, fresh] = out.emplace(std::string(nm->id), t);
          if (!fresh && it->second != t) drop.insert(it->first);
        } else if (nm) {
          drop.insert(std::string(nm->id));
        }
    });
  for (const std::string& d : drop) out.erase(d);
  return out;
}

Ty annotationType(const Expr* annotation) {
  if (auto* s = dyn_cast<SubscriptExpr>(annotation)) annotation = s->value;  // list[int] -> list
  const auto* n = dyn_cast<NameExpr>(annotation);
  if (!n) return Ty::Object;
  if (n->id == "int") return Ty::Int;
  if (n->id == "float") return Ty::Float;
  if (n->id == "bool") return Ty::Bool;
  if (n->id == "str") return Ty::Str;
  if (n->id == "list" || n->id == "List") return Ty::List;
  return Ty::Object;
}

int64_t constantStep(const Expr* e) {
  bool neg = false;
  if (auto* u = dyn_cast<UnaryOpExpr>(e); u && u->op == UnaryOpKind::USub) {
    neg = true;
    e = u->operand;
  }
  auto* c = dyn_cast<ConstantExpr>(e);
  if (!c || c->value.kind != Constant::Kind::Int || c->value.text.size() > 9 || c->value.text.empty() ||
      c->value.text[0] == '-')
    return 0;
  int64_t v = std::stoll(std::string(c->value.text));
  return neg ? -v : v;
}

}  // namespace taipan::types
