// Unit tests for the expression half of the parser (parse_expr.cpp,
// parse_fstring.cpp): each case parses one expression and compares a compact
// ast.dump-style rendering with what CPython 3.11 prints, or checks the
// syntax error message and its position. The renderer is local to this test
// so the expression rules can be tested without the statement parser or the
// full AST printer.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser_impl.h"

namespace taipan::parse {
namespace {

std::string render(const ast::Node* n);

std::string renderList(const ast::ExprList& l) {
  std::string s = "[";
  for (uint32_t i = 0; i < l.size(); ++i) s += (i ? ", " : "") + (l[i] ? render(l[i]) : std::string("None"));
  return s + "]";
}

std::string ctxName(ast::ExprContext c) { return "ctx=" + std::string(ast::contextName(c)) + "()"; }

std::string renderConstant(const ast::ConstantExpr* c) {
  using K = ast::Constant::Kind;
  switch (c->value.kind) {
    case K::None:
      return "None";
    case K::True:
      return "True";
    case K::False:
      return "False";
    case K::Ellipsis:
      return "Ellipsis";
    case K::Int:
      return std::string(c->value.text);
    case K::Float:
      return std::to_string(c->value.number);
    case K::Complex:
      return std::to_string(c->value.number) + "j";
    case K::Str:
      return "'" + std::string(c->value.text) + "'" + (c->kind_u ? ", kind='u'" : "");
    case K::Bytes:
      return "b'" + std::string(c->value.text) + "'";
  }
  return "?";
}

// Renders like ast.dump, for the node kinds these tests use.
std::string render(const ast::Node* n) {
  using namespace ast;
  std::string k(kindName(n->kind));
  switch (n->kind) {
    case NodeKind::Name: {
      auto* e = cast<NameExpr>(n);
      return "Name(id='" + std::string(e->id) + "', " + ctxName(e->ctx) + ")";
    }
    case NodeKind::Constant:
      return "Constant(value=" + renderConstant(cast<ConstantExpr>(n)) + ")";
    case NodeKind::BoolOp: {
      auto* e = cast<BoolOpExpr>(n);
      return "BoolOp(op=" + std::string(boolOpName(e->op)) + "(), values=" + renderList(e->values) + ")";
    }
    case NodeKind::NamedExpr: {
      auto* e = cast<NamedExpr>(n);
      return "NamedExpr(target=" + render(e->target) + ", value=" + render(e->value) + ")";
    }
    case NodeKind::BinOp: {
      auto* e = cast<BinOpExpr>(n);
      return "BinOp(left=" + render(e->left) + ", op=" + std::string(binOpName(e->op)) +
             "(), right=" + render(e->right) + ")";
    }
    case NodeKind::UnaryOp: {
      auto* e = cast<UnaryOpExpr>(n);
      return "UnaryOp(op=" + std::string(unaryOpName(e->op)) + "(), operand=" + render(e->operand) + ")";
    }
    case NodeKind::IfExp: {
      auto* e = cast<IfExpExpr>(n);
      return "IfExp(test=" + render(e->test) + ", body=" + render(e->body) + ", orelse=" + render(e->orelse) + ")";
    }
    case NodeKind::Dict: {
      auto* e = cast<DictExpr>(n);
      return "Dict(keys=" + renderList(e->keys) + ", values=" + renderList(e->values) + ")";
    }
    case NodeKind::Set:
      return "Set(elts=" + renderList(cast<SetExpr>(n)->elts) + ")";
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp:
    case NodeKind::DictComp: {
      auto* e = cast<CompExpr>(n);
      std::string s = k + "(";
      s += n->kind == NodeKind::DictComp ? "key=" + render(e->elt) + ", value=" + render(e->value)
                                         : "elt=" + render(e->elt);
      s += ", generators=[";
      for (uint32_t i = 0; i < e->generators.size(); ++i) {
        auto* g = e->generators[i];
        s += (i ? ", " : "") + std::string("comprehension(target=") + render(g->target) + ", iter=" + render(g->iter) +
             ", ifs=" + renderList(g->ifs) + ", is_async=" + (g->is_async ? "1" : "0") + ")";
      }
      return s + "])";
    }
    case NodeKind::Await:
    case NodeKind::Yield:
    case NodeKind::YieldFrom: {
      auto* e = cast<ValueExpr>(n);
      return k + "(" + (e->value ? "value=" + render(e->value) : "") + ")";
    }
    case NodeKind::Compare: {
      auto* e = cast<CompareExpr>(n);
      std::string ops = "[";
      for (uint32_t i = 0; i < e->ops.size(); ++i) ops += (i ? ", " : "") + std::string(cmpOpName(e->ops[i])) + "()";
      return "Compare(left=" + render(e->left) + ", ops=" + ops + "], comparators=" + renderList(e->comparators) + ")";
    }
    case NodeKind::Call: {
      auto* e = cast<CallExpr>(n);
      std::string kws = "[";
      for (uint32_t i = 0; i < e->keywords.size(); ++i) {
        auto* kw = e->keywords[i];
        kws += (i ? ", " : "") + std::string("keyword(") +
               (kw->arg.empty() ? "" : "arg='" + std::string(kw->arg) + "', ") + "value=" + render(kw->value) + ")";
      }
      return "Call(func=" + render(e->func) + ", args=" + renderList(e->args) + ", keywords=" + kws + "])";
    }
    case NodeKind::FormattedValue: {
      auto* e = cast<FormattedValueExpr>(n);
      return "FormattedValue(value=" + render(e->value) + ", conversion=" + std::to_string(e->conversion) +
             (e->format_spec ? ", format_spec=" + render(e->format_spec) : "") + ")";
    }
    case NodeKind::JoinedStr:
      return "JoinedStr(values=" + renderList(cast<JoinedStrExpr>(n)->values) + ")";
    case NodeKind::Attribute: {
      auto* e = cast<AttributeExpr>(n);
      return "Attribute(value=" + render(e->value) + ", attr='" + std::string(e->attr) + "', " + ctxName(e->ctx) + ")";
    }
    case NodeKind::Subscript: {
      auto* e = cast<SubscriptExpr>(n);
      return "Subscript(value=" + render(e->value) + ", slice=" + render(e->slice) + ", " + ctxName(e->ctx) + ")";
    }
    case NodeKind::Starred: {
      auto* e = cast<StarredExpr>(n);
      return "Starred(value=" + render(e->value) + ", " + ctxName(e->ctx) + ")";
    }
    case NodeKind::List:
    case NodeKind::Tuple: {
      auto* e = cast<SequenceExpr>(n);
      return k + "(elts=" + renderList(e->elts) + ", " + ctxName(e->ctx) + ")";
    }
    case NodeKind::Slice: {
      auto* e = cast<SliceExpr>(n);
      std::string s = "Slice(";
      std::string sep;
      if (e->lower) s += "lower=" + render(e->lower), sep = ", ";
      if (e->upper) s += sep + "upper=" + render(e->upper), sep = ", ";
      if (e->step) s += sep + "step=" + render(e->step);
      return s + ")";
    }
    default:
      return k + "(...)";
  }
}

struct Parsed {
  std::unique_ptr<SourceFile> file;
  diag::DiagnosticEngine diags;
  lex::TokenStream tokens;
  ast::ParsedModule module;
  ast::Expr* expr = nullptr;
  bool failed = false;
};

// Parses `src` with the rule `rule` (default star_expressions).
std::unique_ptr<Parsed> parse(std::string_view src, ast::Expr* (Parser::*rule)() = &Parser::parseStarExpressions) {
  auto r = std::make_unique<Parsed>();
  SourceFile::LoadError err;
  r->file = SourceFile::fromBytes("<test>", src, err);
  r->tokens = lex::tokenize(*r->file, r->diags);
  r->module.file = r->file.get();
  Parser p(r->tokens, r->module, r->diags, {});
  try {
    r->expr = (p.*rule)();
    if (!p.at(TokenKind::Newline) && !p.at(TokenKind::EndOfFile)) p.failInvalidSyntax();
  } catch (SyntaxErrorUnwind&) {
    r->failed = true;
  }
  return r;
}

std::string dump(std::string_view src) {
  auto r = parse(src);
  if (r->failed || r->diags.hasErrors()) {
    return "error: " + (r->diags.diagnostics().empty() ? std::string("?") : r->diags.diagnostics()[0].message);
  }
  return render(r->expr);
}

// "message @ line:col" (col 1-based, in bytes) of the first error.
std::string error(std::string_view src, ast::Expr* (Parser::*rule)() = &Parser::parseStarExpressions) {
  auto r = parse(src, rule);
  if (r->diags.diagnostics().empty()) return "no error";
  const diag::Diagnostic& d = r->diags.diagnostics()[0];
  LineCol lc = r->file->lineCol(d.range.begin);
  return d.message + " @ " + std::to_string(lc.line) + ":" + std::to_string(lc.byte_column + 1);
}

TEST(ParseExpr, Precedence) {
  EXPECT_EQ(dump("-2**2"),
            "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))");
  EXPECT_EQ(dump("a**-b**c"),
            "BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', "
            "ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))");
  EXPECT_EQ(dump("a - b - c"),
            "BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Sub(), right=Name(id='b', ctx=Load())), op=Sub(), "
            "right=Name(id='c', ctx=Load()))");
  EXPECT_EQ(dump("a | b ^ c & d << e + f * g"),
            "BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), "
            "right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), "
            "op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', "
            "ctx=Load()), op=Mult(), right=Name(id='g', ctx=Load())))))))");
  EXPECT_EQ(dump("a and b and c"),
            "BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])");
  EXPECT_EQ(dump("a and b or c"),
            "BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), "
            "Name(id='c', ctx=Load())])");
  EXPECT_EQ(dump("not a"), "UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))");
  EXPECT_EQ(dump("a < b not in c is not d"),
            "Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), NotIn(), IsNot()], comparators=[Name(id='b', "
            "ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])");
  EXPECT_EQ(dump("a if b else c"),
            "IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))");
  EXPECT_EQ(dump("await x"), "Await(value=Name(id='x', ctx=Load()))");
}

TEST(ParseExpr, Atoms) {
  EXPECT_EQ(dump("()"), "Tuple(elts=[], ctx=Load())");
  EXPECT_EQ(dump("(a)"), "Name(id='a', ctx=Load())");
  EXPECT_EQ(dump("(a,)"), "Tuple(elts=[Name(id='a', ctx=Load())], ctx=Load())");
  EXPECT_EQ(dump("a, *b,"),
            "Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load())");
  EXPECT_EQ(dump("[]"), "List(elts=[], ctx=Load())");
  EXPECT_EQ(dump("{}"), "Dict(keys=[], values=[])");
  EXPECT_EQ(dump("{1}"), "Set(elts=[Constant(value=1)])");
  EXPECT_EQ(dump("{1: 2, **d}"),
            "Dict(keys=[Constant(value=1), None], values=[Constant(value=2), Name(id='d', ctx=Load())])");
  EXPECT_EQ(dump("(x := 1)"), "NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))");
  EXPECT_EQ(dump("..."), "Constant(value=Ellipsis)");
  EXPECT_EQ(dump("(yield)"), "Yield()");
  EXPECT_EQ(dump("(yield from x)"), "YieldFrom(value=Name(id='x', ctx=Load()))");
}

TEST(ParseExpr, PrimarySuffixes) {
  EXPECT_EQ(
      dump("a.b[1:2, ::3](*c, d=1, **e)"),
      "Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), "
      "slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], "
      "ctx=Load()), ctx=Load()), args=[Starred(value=Name(id='c', ctx=Load()), ctx=Load())], "
      "keywords=[keyword(arg='d', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load()))])");
  EXPECT_EQ(dump("a[:]"), "Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())");
  EXPECT_EQ(dump("a[*b]"),
            "Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), "
            "ctx=Load())], ctx=Load()), ctx=Load())");
  EXPECT_EQ(dump("f(x for x in y)"),
            "Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), "
            "generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], "
            "is_async=0)])], keywords=[])");
}

TEST(ParseExpr, Comprehensions) {
  EXPECT_EQ(dump("[a for b, c in d if e if f async for g in h]"),
            "ListComp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='b', "
            "ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()), iter=Name(id='d', ctx=Load()), "
            "ifs=[Name(id='e', ctx=Load()), Name(id='f', ctx=Load())], is_async=0), comprehension(target=Name(id='g', "
            "ctx=Store()), iter=Name(id='h', ctx=Load()), ifs=[], is_async=1)])");
  EXPECT_EQ(dump("{k: v for k in x}"),
            "DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), "
            "generators=[comprehension(target=Name(id='k', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], "
            "is_async=0)])");
}

TEST(ParseExpr, Strings) {
  EXPECT_EQ(dump("u'a' 'b'"), "Constant(value='ab', kind='u')");
  EXPECT_EQ(dump("'a' f'b{x}' 'c'"),
            "JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), "
            "Constant(value='c')])");
  EXPECT_EQ(dump("f'{x:}'"),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
            "format_spec=JoinedStr(values=[]))])");
  EXPECT_EQ(dump("f'a{x!r:>{w}} b{{c}}'"),
            "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, "
            "format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), "
            "conversion=-1)])), Constant(value=' b{c}')])");
  EXPECT_EQ(
      dump("f'{x = }'"),
      "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])");
  EXPECT_EQ(dump("f'{x=:>3}'"),
            "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, "
            "format_spec=JoinedStr(values=[Constant(value='>3')]))])");
  EXPECT_EQ(dump("f'' ''"), "JoinedStr(values=[])");
  EXPECT_EQ(dump("b'a' b'b'"), "Constant(value=b'ab')");
}

TEST(ParseExpr, Errors) {
  EXPECT_EQ(error("f(**a, *b)"), "iterable argument unpacking follows keyword argument unpacking @ 1:8");
  EXPECT_EQ(error("f(a=1, b)"), "positional argument follows keyword argument @ 1:8");
  EXPECT_EQ(error("f(**a, b)"), "positional argument follows keyword argument unpacking @ 1:8");
  EXPECT_EQ(error("f(x for x in y, 1)"), "Generator expression must be parenthesized @ 1:3");
  EXPECT_EQ(error("f(a.b=1)"), "expression cannot contain assignment, perhaps you meant \"==\"? @ 1:3");
  EXPECT_EQ(error("1 if 2"), "expected 'else' after 'if' expression @ 1:1");
  EXPECT_EQ(error("[*a for a in b]"), "iterable unpacking cannot be used in comprehension @ 1:2");
  EXPECT_EQ(error("{**a for a in b}"), "dict unpacking cannot be used in dict comprehension @ 1:2");
  EXPECT_EQ(error("[a, b for b in c]"), "did you forget parentheses around the comprehension target? @ 1:2");
  EXPECT_EQ(error("[x for 1 in y]"), "cannot assign to literal @ 1:8");
  EXPECT_EQ(error("(x.y := 1)"), "cannot use assignment expressions with attribute @ 1:2");
  EXPECT_EQ(error("b'a' 'b'"), "cannot mix bytes and nonbytes literals @ 1:9");
  EXPECT_EQ(error("f'{}'"), "f-string: empty expression not allowed @ 1:4");
  EXPECT_EQ(error("f(a b)"), "invalid syntax. Perhaps you forgot a comma? @ 1:3");
  EXPECT_EQ(error("{1: 2, 3}"), "':' expected after dictionary key @ 1:9");
  EXPECT_EQ(error("[x = 1]"), "invalid syntax. Maybe you meant '==' or ':=' instead of '='? @ 1:2");
  EXPECT_EQ(error("[f() = 1]"), "cannot assign to function call here. Maybe you meant '==' instead of '='? @ 1:2");
  EXPECT_EQ(error("[print 1]"), "Missing parentheses in call to 'print'. Did you mean print(...)? @ 1:2");
  EXPECT_EQ(error("f'{x:{y:{z}}}'"), "f-string: expressions nested too deeply @ 1:9");
  EXPECT_EQ(error("f'{!r}'"), "f-string: expression required before '!' @ 1:4");
  EXPECT_EQ(error("f'{x!z}'"), "f-string: invalid conversion character: expected 's', 'r', or 'a' @ 1:6");
}

TEST(ParseExpr, Positions) {
  auto r = parse("(a, b)");
  EXPECT_EQ(r->expr->range.begin, 0u);
  EXPECT_EQ(r->expr->range.end, 6u);
  r = parse("(a)");
  EXPECT_EQ(r->expr->range.begin, 1u);
  r = parse("x, y,");
  EXPECT_EQ(r->expr->range.end, 5u);
  // A parent's range runs over its children's parentheses, as CPython's does.
  r = parse("(a) + b if c else(d)");
  EXPECT_EQ(r->expr->range.begin, 0u);
  EXPECT_EQ(r->expr->range.end, 20u);
  r = parse("f(x for x in y)");
  auto* g = ast::cast<ast::CallExpr>(r->expr)->args[0];
  EXPECT_EQ(g->range.begin, 1u);
  EXPECT_EQ(g->range.end, 15u);
}

TEST(ParseExpr, DeepNestingIsAnErrorNotACrash) {
  std::string deep = std::string(100000, '-') + "x";
  EXPECT_NE(error(deep), "no error");
  std::string nots;
  for (int i = 0; i < 100000; ++i) nots += "not ";
  EXPECT_NE(error(nots + "x"), "no error");
  EXPECT_NE(error(std::string(100000, '(')), "no error");
}

}  // namespace
}  // namespace taipan::parse
