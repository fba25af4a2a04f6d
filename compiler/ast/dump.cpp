// The AST printer behind --emit=ast: reproduces CPython 3.11's
// `ast.dump(node)` byte for byte (see dump.h and decision 0003). The rules it
// follows: fields in _fields order as `name=value`; an optional (`?`) field
// that is None is left out, while a required one prints `None`; list fields
// always print, `[]` when empty, with None elements as `None`; identifiers and
// constants print as Python's repr; ctx and operators as `Load()`, `Add()`.
// Everything is appended to one std::string, so dumping is linear and cheap,
// and it is iterative, so nesting depth is limited only by memory.
#include "compiler/ast/dump.h"

#include <string>
#include <vector>

namespace taipan::ast {

namespace {

// One piece of output still to be written. Printing is iterative: expanding a
// node turns it into a sequence of tasks (text, identifiers, constants and
// child nodes) pushed on an explicit stack, so trees nested hundreds of
// thousands deep (long `a+b+...` chains) cannot overflow the C++ stack.
struct Task {
  enum class Type : uint8_t { Text, Ident, Constant, Int, Node } type;
  std::string_view text;      // Text, Ident
  const void* ptr = nullptr;  // Constant, Node (null prints None)
  long num = 0;               // Int
};

class Dumper {
 public:
  explicit Dumper(std::string& out) : out_(out) {}

  void run(const Node* root);

 private:
  // Collects the tasks of one node, in output order.
  class Fields {
   public:
    Fields(std::vector<Task>& seq, std::string_view name) : seq_(seq) {
      text(name);
      text("(");
    }
    void finish() { text(")"); }

    // Starts `name=`.
    void key(std::string_view name) {
      if (!first_) text(", ");
      first_ = false;
      text(name);
      text("=");
    }
    void text(std::string_view t) { seq_.push_back({Task::Type::Text, t}); }
    void child(const Node* n) { seq_.push_back({Task::Type::Node, {}, n}); }
    void node(std::string_view name, const Node* n) {
      key(name);
      child(n);
    }
    void optNode(std::string_view name, const Node* n) {
      if (n) node(name, n);
    }
    template <class T>
    void list(std::string_view name, const ArenaList<T*>& items) {
      key(name);
      text("[");
      bool first = true;
      for (const T* item : items) {
        if (!first) text(", ");
        first = false;
        child(item);
      }
      text("]");
    }
    void ident(std::string_view name, Ident id) {
      key(name);
      seq_.push_back({Task::Type::Ident, id});
    }
    void optIdent(std::string_view name, Ident id) {
      if (!id.empty()) ident(name, id);
    }
    void identList(std::string_view name, const IdentList& ids) {
      key(name);
      text("[");
      bool first = true;
      for (Ident id : ids) {
        if (!first) text(", ");
        first = false;
        seq_.push_back({Task::Type::Ident, id});
      }
      text("]");
    }
    void ctx(ExprContext c) { unit("ctx", contextName(c)); }
    // An operator or context: `op=Add()`.
    void unit(std::string_view name, std::string_view cls) {
      key(name);
      text(cls);
      text("()");
    }
    void integer(std::string_view name, long v) {
      key(name);
      seq_.push_back({Task::Type::Int, {}, nullptr, v});
    }
    void constant(std::string_view name, const Constant& c) {
      key(name);
      seq_.push_back({Task::Type::Constant, {}, &c});
    }

   private:
    std::vector<Task>& seq_;
    bool first_ = true;
  };

  void expand(const Node* n, std::vector<Task>& seq);

  void identifier(Ident id) {
    // Identifiers are nearly always plain ASCII names: skip the generic repr.
    for (char c : id) {
      if (static_cast<unsigned char>(c) >= 0x80 || c == '\'' || c == '\\') {
        out_ += reprStr(id);
        return;
      }
    }
    out_ += '\'';
    out_ += id;
    out_ += '\'';
  }

  std::string& out_;
};

void Dumper::run(const Node* root) {
  std::vector<Task> stack;
  std::vector<Task> seq;
  stack.push_back({Task::Type::Node, {}, root});
  while (!stack.empty()) {
    Task t = stack.back();
    stack.pop_back();
    switch (t.type) {
      case Task::Type::Text:
        out_ += t.text;
        break;
      case Task::Type::Ident:
        identifier(t.text);
        break;
      case Task::Type::Constant:
        out_ += reprConstant(*static_cast<const Constant*>(t.ptr));
        break;
      case Task::Type::Int:
        out_ += std::to_string(t.num);
        break;
      case Task::Type::Node: {
        if (!t.ptr) {
          out_ += "None";
          break;
        }
        seq.clear();
        expand(static_cast<const Node*>(t.ptr), seq);
        // The node's leading text ("Name(id=") goes straight out; the rest is
        // pushed in reverse so that it pops in order.
        size_t k = 0;
        while (k < seq.size() && seq[k].type == Task::Type::Text) out_ += seq[k++].text;
        for (size_t j = seq.size(); j-- > k;) stack.push_back(seq[j]);
        break;
      }
    }
  }
}

void Dumper::expand(const Node* n, std::vector<Task>& seq) {
  Fields f(seq, kindName(n->kind));
  switch (n->kind) {
    case NodeKind::Module: {
      auto* m = cast<Module>(n);
      f.list("body", m->body);
      f.key("type_ignores");
      f.text("[]");
      break;
    }
    case NodeKind::FunctionDef:
    case NodeKind::AsyncFunctionDef: {
      auto* s = cast<FunctionDefStmt>(n);
      f.ident("name", s->name);
      f.node("args", s->args);
      f.list("body", s->body);
      f.list("decorator_list", s->decorator_list);
      f.optNode("returns", s->returns);
      if (!s->type_params.empty()) f.list("type_params", s->type_params);
      break;
    }
    case NodeKind::ClassDef: {
      auto* s = cast<ClassDefStmt>(n);
      f.ident("name", s->name);
      f.list("bases", s->bases);
      f.list("keywords", s->keywords);
      f.list("body", s->body);
      f.list("decorator_list", s->decorator_list);
      if (!s->type_params.empty()) f.list("type_params", s->type_params);
      break;
    }
    case NodeKind::Return:
      f.optNode("value", cast<ReturnStmt>(n)->value);
      break;
    case NodeKind::Delete:
      f.list("targets", cast<DeleteStmt>(n)->targets);
      break;
    case NodeKind::Assign: {
      auto* s = cast<AssignStmt>(n);
      f.list("targets", s->targets);
      f.node("value", s->value);
      break;
    }
    case NodeKind::TypeAlias: {
      auto* s = cast<TypeAliasStmt>(n);
      f.node("name", s->name);
      f.list("type_params", s->type_params);
      f.node("value", s->value);
      break;
    }
    case NodeKind::AugAssign: {
      auto* s = cast<AugAssignStmt>(n);
      f.node("target", s->target);
      f.unit("op", binOpName(s->op));
      f.node("value", s->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* s = cast<AnnAssignStmt>(n);
      f.node("target", s->target);
      f.node("annotation", s->annotation);
      f.optNode("value", s->value);
      f.integer("simple", s->simple ? 1 : 0);
      break;
    }
    case NodeKind::For:
    case NodeKind::AsyncFor: {
      auto* s = cast<ForStmt>(n);
      f.node("target", s->target);
      f.node("iter", s->iter);
      f.list("body", s->body);
      f.list("orelse", s->orelse);
      break;
    }
    case NodeKind::While: {
      auto* s = cast<WhileStmt>(n);
      f.node("test", s->test);
      f.list("body", s->body);
      f.list("orelse", s->orelse);
      break;
    }
    case NodeKind::If: {
      auto* s = cast<IfStmt>(n);
      f.node("test", s->test);
      f.list("body", s->body);
      f.list("orelse", s->orelse);
      break;
    }
    case NodeKind::With:
    case NodeKind::AsyncWith: {
      auto* s = cast<WithStmt>(n);
      f.list("items", s->items);
      f.list("body", s->body);
      break;
    }
    case NodeKind::Match: {
      auto* s = cast<MatchStmt>(n);
      f.node("subject", s->subject);
      f.list("cases", s->cases);
      break;
    }
    case NodeKind::Raise: {
      auto* s = cast<RaiseStmt>(n);
      f.optNode("exc", s->exc);
      f.optNode("cause", s->cause);
      break;
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      auto* s = cast<TryStmt>(n);
      f.list("body", s->body);
      f.list("handlers", s->handlers);
      f.list("orelse", s->orelse);
      f.list("finalbody", s->finalbody);
      break;
    }
    case NodeKind::Assert: {
      auto* s = cast<AssertStmt>(n);
      f.node("test", s->test);
      f.optNode("msg", s->msg);
      break;
    }
    case NodeKind::Import:
      f.list("names", cast<ImportStmt>(n)->names);
      break;
    case NodeKind::ImportFrom: {
      auto* s = cast<ImportFromStmt>(n);
      f.optIdent("module", s->module);
      f.list("names", s->names);
      f.integer("level", s->level);
      break;
    }
    case NodeKind::Global:
    case NodeKind::Nonlocal:
      f.identList("names", cast<NamesStmt>(n)->names);
      break;
    case NodeKind::Expr:
      f.node("value", cast<ExprStmt>(n)->value);
      break;
    case NodeKind::Pass:
    case NodeKind::Break:
    case NodeKind::Continue:
      break;

    case NodeKind::BoolOp: {
      auto* e = cast<BoolOpExpr>(n);
      f.unit("op", boolOpName(e->op));
      f.list("values", e->values);
      break;
    }
    case NodeKind::NamedExpr: {
      auto* e = cast<NamedExpr>(n);
      f.node("target", e->target);
      f.node("value", e->value);
      break;
    }
    case NodeKind::BinOp: {
      auto* e = cast<BinOpExpr>(n);
      f.node("left", e->left);
      f.unit("op", binOpName(e->op));
      f.node("right", e->right);
      break;
    }
    case NodeKind::UnaryOp: {
      auto* e = cast<UnaryOpExpr>(n);
      f.unit("op", unaryOpName(e->op));
      f.node("operand", e->operand);
      break;
    }
    case NodeKind::Lambda: {
      auto* e = cast<LambdaExpr>(n);
      f.node("args", e->args);
      f.node("body", e->body);
      break;
    }
    case NodeKind::IfExp: {
      auto* e = cast<IfExpExpr>(n);
      f.node("test", e->test);
      f.node("body", e->body);
      f.node("orelse", e->orelse);
      break;
    }
    case NodeKind::Dict: {
      auto* e = cast<DictExpr>(n);
      f.list("keys", e->keys);
      f.list("values", e->values);
      break;
    }
    case NodeKind::Set:
      f.list("elts", cast<SetExpr>(n)->elts);
      break;
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp: {
      auto* e = cast<CompExpr>(n);
      f.node("elt", e->elt);
      f.list("generators", e->generators);
      break;
    }
    case NodeKind::DictComp: {
      auto* e = cast<CompExpr>(n);
      f.node("key", e->elt);
      f.node("value", e->value);
      f.list("generators", e->generators);
      break;
    }
    case NodeKind::Await:
    case NodeKind::YieldFrom:
      f.node("value", cast<ValueExpr>(n)->value);
      break;
    case NodeKind::Yield:
      f.optNode("value", cast<ValueExpr>(n)->value);
      break;
    case NodeKind::Compare: {
      auto* e = cast<CompareExpr>(n);
      f.node("left", e->left);
      f.key("ops");
      f.text("[");
      for (uint32_t i = 0; i < e->ops.size(); ++i) {
        if (i) f.text(", ");
        f.text(cmpOpName(e->ops[i]));
        f.text("()");
      }
      f.text("]");
      f.list("comparators", e->comparators);
      break;
    }
    case NodeKind::Call: {
      auto* e = cast<CallExpr>(n);
      f.node("func", e->func);
      f.list("args", e->args);
      f.list("keywords", e->keywords);
      break;
    }
    case NodeKind::FormattedValue: {
      auto* e = cast<FormattedValueExpr>(n);
      f.node("value", e->value);
      f.integer("conversion", e->conversion);
      f.optNode("format_spec", e->format_spec);
      break;
    }
    case NodeKind::JoinedStr:
      f.list("values", cast<JoinedStrExpr>(n)->values);
      break;
    case NodeKind::Constant: {
      auto* e = cast<ConstantExpr>(n);
      f.constant("value", e->value);
      if (e->kind_u) {
        f.key("kind");
        f.text("'u'");
      }
      break;
    }
    case NodeKind::Attribute: {
      auto* e = cast<AttributeExpr>(n);
      f.node("value", e->value);
      f.ident("attr", e->attr);
      f.ctx(e->ctx);
      break;
    }
    case NodeKind::Subscript: {
      auto* e = cast<SubscriptExpr>(n);
      f.node("value", e->value);
      f.node("slice", e->slice);
      f.ctx(e->ctx);
      break;
    }
    case NodeKind::Starred: {
      auto* e = cast<StarredExpr>(n);
      f.node("value", e->value);
      f.ctx(e->ctx);
      break;
    }
    case NodeKind::Name: {
      auto* e = cast<NameExpr>(n);
      f.ident("id", e->id);
      f.ctx(e->ctx);
      break;
    }
    case NodeKind::List:
    case NodeKind::Tuple: {
      auto* e = cast<SequenceExpr>(n);
      f.list("elts", e->elts);
      f.ctx(e->ctx);
      break;
    }
    case NodeKind::Slice: {
      auto* e = cast<SliceExpr>(n);
      f.optNode("lower", e->lower);
      f.optNode("upper", e->upper);
      f.optNode("step", e->step);
      break;
    }

    case NodeKind::MatchValue:
      f.node("value", cast<MatchValuePattern>(n)->value);
      break;
    case NodeKind::MatchSingleton:
      f.constant("value", cast<MatchSingletonPattern>(n)->value);
      break;
    case NodeKind::MatchSequence:
      f.list("patterns", cast<MatchSequencePattern>(n)->patterns);
      break;
    case NodeKind::MatchMapping: {
      auto* p = cast<MatchMappingPattern>(n);
      f.list("keys", p->keys);
      f.list("patterns", p->patterns);
      f.optIdent("rest", p->rest);
      break;
    }
    case NodeKind::MatchClass: {
      auto* p = cast<MatchClassPattern>(n);
      f.node("cls", p->cls);
      f.list("patterns", p->patterns);
      f.identList("kwd_attrs", p->kwd_attrs);
      f.list("kwd_patterns", p->kwd_patterns);
      break;
    }
    case NodeKind::MatchStar:
      f.optIdent("name", cast<MatchStarPattern>(n)->name);
      break;
    case NodeKind::MatchAs: {
      auto* p = cast<MatchAsPattern>(n);
      f.optNode("pattern", p->pattern);
      f.optIdent("name", p->name);
      break;
    }
    case NodeKind::MatchOr:
      f.list("patterns", cast<MatchOrPattern>(n)->patterns);
      break;

    case NodeKind::comprehension: {
      auto* c = cast<Comprehension>(n);
      f.node("target", c->target);
      f.node("iter", c->iter);
      f.list("ifs", c->ifs);
      f.integer("is_async", c->is_async ? 1 : 0);
      break;
    }
    case NodeKind::ExceptHandler: {
      auto* h = cast<ExceptHandler>(n);
      f.optNode("type", h->type);
      f.optIdent("name", h->name);
      f.list("body", h->body);
      break;
    }
    case NodeKind::arguments: {
      auto* a = cast<Arguments>(n);
      f.list("posonlyargs", a->posonlyargs);
      f.list("args", a->args);
      f.optNode("vararg", a->vararg);
      f.list("kwonlyargs", a->kwonlyargs);
      f.list("kw_defaults", a->kw_defaults);
      f.optNode("kwarg", a->kwarg);
      f.list("defaults", a->defaults);
      break;
    }
    case NodeKind::arg: {
      auto* a = cast<Arg>(n);
      f.ident("arg", a->arg);
      f.optNode("annotation", a->annotation);
      break;
    }
    case NodeKind::keyword: {
      auto* k = cast<Keyword>(n);
      f.optIdent("arg", k->arg);
      f.node("value", k->value);
      break;
    }
    case NodeKind::alias: {
      auto* a = cast<Alias>(n);
      f.ident("name", a->name);
      f.optIdent("asname", a->asname);
      break;
    }
    case NodeKind::withitem: {
      auto* w = cast<WithItem>(n);
      f.node("context_expr", w->context_expr);
      f.optNode("optional_vars", w->optional_vars);
      break;
    }
    case NodeKind::match_case: {
      auto* c = cast<MatchCase>(n);
      f.node("pattern", c->pattern);
      f.optNode("guard", c->guard);
      f.list("body", c->body);
      break;
    }
    case NodeKind::TypeVar: {
      auto* t = cast<TypeParam>(n);
      f.ident("name", t->name);
      f.optNode("bound", t->bound);
      break;
    }
    case NodeKind::ParamSpec:
    case NodeKind::TypeVarTuple:
      f.ident("name", cast<TypeParam>(n)->name);
      break;
  }
  f.finish();
}

}  // namespace

std::string dumpNode(const Node* node) {
  std::string out;
  Dumper(out).run(node);
  return out;
}

std::string dumpAst(const Module* module) {
  std::string out;
  if (!module) return out;
  out.reserve(4096);  // skip the first few regrowths; most dumps are far longer
  Dumper(out).run(module);
  return out;
}

}  // namespace taipan::ast
