// Unit tests for the AST printer (compiler/ast/dump.cpp) and constant reprs
// (compiler/ast/constant_repr.cpp). Expected strings come from CPython:
// python3 (3.11) for ast.dump and repr(), python3.12 for the 3.12-only nodes
// (with empty type_params left out, see docs/decisions/0003-ast-dump-format.md).
#include "compiler/ast/dump.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"

namespace taipan::ast {
namespace {

using namespace std::string_view_literals;

TEST(Repr, Str) {
  EXPECT_EQ(reprStr(""), "''");
  EXPECT_EQ(reprStr("abc"), "'abc'");
  EXPECT_EQ(reprStr("it's"), "\"it's\"");
  EXPECT_EQ(reprStr("a\"b"), "'a\"b'");
  EXPECT_EQ(reprStr("a'\"b"), "'a\\'\"b'");
  EXPECT_EQ(reprStr("\t\n\r\\"), "'\\t\\n\\r\\\\'");
  EXPECT_EQ(reprStr("\x00\x01\x1f\x7f"sv), "'\\x00\\x01\\x1f\\x7f'");
  // U+0080 U+00A0 U+00AD U+00E9 U+2028 U+3000 U+D800 U+1F600 U+E0001 U+0CF3 (new in Unicode 15)
  EXPECT_EQ(
      reprStr("\xc2\x80\xc2\xa0\xc2\xad\xc3\xa9\xe2\x80\xa8\xe3\x80\x80\xed\xa0\x80\xf0\x9f\x98\x80\xf3\xa0\x80\x81"
              "\xe0\xb3\xb3"),
      "'\\x80\\xa0\\xad\xc3\xa9\\u2028\\u3000\\ud800\xf0\x9f\x98\x80\\U000e0001\\u0cf3'");
  EXPECT_EQ(reprStr(" "), "' '");
}

TEST(Repr, Bytes) {
  EXPECT_EQ(reprBytes(""), "b''");
  EXPECT_EQ(reprBytes("\x00\x7f\x80\xff'\"\t\\"sv), "b'\\x00\\x7f\\x80\\xff\\'\"\\t\\\\'");
  EXPECT_EQ(reprBytes("'"), "b\"'\"");
  EXPECT_EQ(reprBytes("a\nb\r"), "b'a\\nb\\r'");
}

TEST(Repr, Float) {
  // repr() of each value in python3.
  EXPECT_EQ(reprFloat(1.0), "1.0");
  EXPECT_EQ(reprFloat(0.0), "0.0");
  EXPECT_EQ(reprFloat(-0.0), "-0.0");
  EXPECT_EQ(reprFloat(100.0), "100.0");
  EXPECT_EQ(reprFloat(1e16), "1e+16");
  EXPECT_EQ(reprFloat(1e15), "1000000000000000.0");
  EXPECT_EQ(reprFloat(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(reprFloat(1e-5), "1e-05");
  EXPECT_EQ(reprFloat(0.0001), "0.0001");
  EXPECT_EQ(reprFloat(1.5e-7), "1.5e-07");
  EXPECT_EQ(reprFloat(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(reprFloat(5e-324), "5e-324");
  EXPECT_EQ(reprFloat(0.1), "0.1");
  EXPECT_EQ(reprFloat(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(reprFloat(2.5e16), "2.5e+16");
  EXPECT_EQ(reprFloat(12345.678), "12345.678");
  EXPECT_EQ(reprFloat(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(reprFloat(std::nan("")), "nan");
}

TEST(Repr, Complex) {
  EXPECT_EQ(reprComplexImag(1.0), "1j");
  EXPECT_EQ(reprComplexImag(0.0), "0j");
  EXPECT_EQ(reprComplexImag(1.5), "1.5j");
  EXPECT_EQ(reprComplexImag(100.0), "100j");
  EXPECT_EQ(reprComplexImag(1e16), "1e+16j");
  EXPECT_EQ(reprComplexImag(1e15), "1000000000000000j");
  EXPECT_EQ(reprComplexImag(1e-5), "1e-05j");
  EXPECT_EQ(reprComplexImag(std::numeric_limits<double>::infinity()), "infj");
  EXPECT_EQ(reprComplexImag(std::nan("")), "nanj");
}

TEST(Repr, Constants) {
  Constant c;
  EXPECT_EQ(reprConstant(c), "None");
  c.kind = Constant::Kind::True;
  EXPECT_EQ(reprConstant(c), "True");
  c.kind = Constant::Kind::False;
  EXPECT_EQ(reprConstant(c), "False");
  c.kind = Constant::Kind::Ellipsis;
  EXPECT_EQ(reprConstant(c), "Ellipsis");
  c.kind = Constant::Kind::Int;
  c.text = "123456789012345678901234567890";
  EXPECT_EQ(reprConstant(c), "123456789012345678901234567890");
  c.kind = Constant::Kind::Str;
  c.text = "x";
  EXPECT_EQ(reprConstant(c), "'x'");
  c.kind = Constant::Kind::Bytes;
  EXPECT_EQ(reprConstant(c), "b'x'");
  c.kind = Constant::Kind::Float;
  c.number = 2.0;
  EXPECT_EQ(reprConstant(c), "2.0");
  c.kind = Constant::Kind::Complex;
  EXPECT_EQ(reprConstant(c), "2j");
}

// Hand-built trees for what python3 (3.11) cannot parse: PEP 695 nodes.
class HandBuilt : public ::testing::Test {
 protected:
  template <class T>
  T* make(NodeKind kind) {
    T* n = arena_.make<T>();
    n->kind = kind;
    return n;
  }
  NameExpr* name(std::string_view id, ExprContext ctx = ExprContext::Load) {
    auto* n = make<NameExpr>(NodeKind::Name);
    n->id = id;
    n->ctx = ctx;
    return n;
  }
  template <class T>
  ArenaList<T> list(std::initializer_list<T> items) {
    return ArenaList<T>::copyOf(arena_, items.begin(), items.size());
  }
  TypeParam* param(NodeKind kind, std::string_view id, Expr* bound = nullptr) {
    auto* t = make<TypeParam>(kind);
    t->name = id;
    t->bound = bound;
    return t;
  }
  Arguments* noArgs() { return make<Arguments>(NodeKind::arguments); }
  StmtList passBody() { return list<Stmt*>({make<SimpleStmt>(NodeKind::Pass)}); }
  std::string dumpBody(std::initializer_list<Stmt*> body) {
    auto* m = make<Module>(NodeKind::Module);
    m->body = list<Stmt*>(body);
    return dumpAst(m);
  }

  Arena arena_;
};

TEST_F(HandBuilt, TypeAlias) {
  // type X[T: int, *Ts, **P] = list[T]
  auto* alias = make<TypeAliasStmt>(NodeKind::TypeAlias);
  alias->name = name("X", ExprContext::Store);
  alias->type_params = list<TypeParam*>({param(NodeKind::TypeVar, "T", name("int")),
                                         param(NodeKind::TypeVarTuple, "Ts"), param(NodeKind::ParamSpec, "P")});
  auto* sub = make<SubscriptExpr>(NodeKind::Subscript);
  sub->value = name("list");
  sub->slice = name("T");
  alias->value = sub;
  // type Y = int
  auto* plain = make<TypeAliasStmt>(NodeKind::TypeAlias);
  plain->name = name("Y", ExprContext::Store);
  plain->value = name("int");
  EXPECT_EQ(
      dumpBody({alias, plain}),
      R"PY(Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load())), TypeAlias(name=Name(id='Y', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], type_ignores=[]))PY");
}

TEST_F(HandBuilt, GenericDefinitions) {
  // def f[T](x): pass / async def g[T](): pass / class C[T](B): pass / class D: pass
  auto* f = make<FunctionDefStmt>(NodeKind::FunctionDef);
  f->name = "f";
  f->args = noArgs();
  auto* x = make<Arg>(NodeKind::arg);
  x->arg = "x";
  f->args->args = list<Arg*>({x});
  f->body = passBody();
  f->type_params = list<TypeParam*>({param(NodeKind::TypeVar, "T")});
  auto* g = make<FunctionDefStmt>(NodeKind::AsyncFunctionDef);
  g->name = "g";
  g->args = noArgs();
  g->body = passBody();
  g->returns = name("int");
  g->type_params = list<TypeParam*>({param(NodeKind::TypeVar, "T")});
  auto* c = make<ClassDefStmt>(NodeKind::ClassDef);
  c->name = "C";
  c->bases = list<Expr*>({name("B")});
  c->body = passBody();
  c->type_params = list<TypeParam*>({param(NodeKind::TypeVar, "T")});
  auto* d = make<ClassDefStmt>(NodeKind::ClassDef);
  d->name = "D";
  d->body = passBody();
  EXPECT_EQ(
      dumpBody({f, g, c, d}),
      R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')]), AsyncFunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()), type_params=[TypeVar(name='T')]), ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')]), ClassDef(name='D', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))PY");
}

TEST_F(HandBuilt, NodeAndNone) {
  EXPECT_EQ(dumpNode(nullptr), "None");
  EXPECT_EQ(dumpNode(name("a")), "Name(id='a', ctx=Load())");
  auto* k = make<Keyword>(NodeKind::keyword);
  k->value = name("v");
  EXPECT_EQ(dumpNode(k), "keyword(value=Name(id='v', ctx=Load()))");
  auto* m = make<MatchSingletonPattern>(NodeKind::MatchSingleton);
  m->value.kind = Constant::Kind::True;
  EXPECT_EQ(dumpNode(m), "MatchSingleton(value=True)");
  auto* s = make<ConstantExpr>(NodeKind::Constant);
  s->value.kind = Constant::Kind::Str;
  s->value.text = "x";
  s->kind_u = true;
  EXPECT_EQ(dumpNode(s), "Constant(value='x', kind='u')");
}

TEST_F(HandBuilt, DeepTreeDoesNotOverflowTheStack) {
  // ((1 + 1) + 1) + ... nested 300000 deep: the printer is iterative.
  auto* one = make<ConstantExpr>(NodeKind::Constant);
  one->value.kind = Constant::Kind::Int;
  one->value.text = "1";
  Expr* e = one;
  constexpr int kDepth = 300000;
  for (int i = 0; i < kDepth; ++i) {
    auto* b = make<BinOpExpr>(NodeKind::BinOp);
    b->left = e;
    b->op = BinOpKind::Add;
    b->right = one;
    e = b;
  }
  std::string out = dumpNode(e);
  EXPECT_EQ(out.size(), kDepth * std::string_view("BinOp(left=, op=Add(), right=Constant(value=1))").size() +
                            std::string_view("Constant(value=1)").size());
  EXPECT_EQ(out.substr(0, 22), "BinOp(left=BinOp(left=");
}

// Whole programs through the lexer and parser, compared with python3's
// ast.dump(ast.parse(source)).
struct ProgramCase {
  std::string_view source;
  std::string_view dump;
};

const ProgramCase
    kPrograms[] =
        {
            {R"PY(pass
break
continue)PY",
             R"PY(Module(body=[Pass(), Break(), Continue()], type_ignores=[]))PY"},
            {R"PY(def f(a, /, b=1, *c, d, e=2, **g) -> int: return)PY",
             R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Return()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(x: int = 1
(y): int
a.b: c)PY",
             R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='c', ctx=Load()), simple=0)], type_ignores=[]))PY"},
            {R"PY(from . import a as b
from ..x import *
import a.b as c, d)PY",
             R"PY(Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1), ImportFrom(module='x', names=[alias(name='*')], level=2), Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[]))PY"},
            {R"PY(lambda: 0
lambda *, k=None: k)PY",
             R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[Constant(value=None)], defaults=[]), body=Name(id='k', ctx=Load())))], type_ignores=[]))PY"},
            {R"PY({**a, 1: 2}
{1, 2}
[]
())PY",
             R"PY(Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Name(id='a', ctx=Load()), Constant(value=2)])), Expr(value=Set(elts=[Constant(value=1), Constant(value=2)])), Expr(value=List(elts=[], ctx=Load())), Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(f(*a, **k, x=1))PY",
             R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load())), keyword(arg='x', value=Constant(value=1))]))], type_ignores=[]))PY"},
            {R"PY(u'x' 'y'
b'\x00\'"'
'it\'s'
...
None, True, False)PY",
             R"PY(Module(body=[Expr(value=Constant(value='xy', kind='u')), Expr(value=Constant(value=b'\x00\'"')), Expr(value=Constant(value="it's")), Expr(value=Constant(value=Ellipsis)), Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(f'{a!r:>{b}} {c=}'
f'{x!s}{y!a}')PY",
             R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)])), Constant(value=' c='), FormattedValue(value=Name(id='c', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), FormattedValue(value=Name(id='y', ctx=Load()), conversion=97)]))], type_ignores=[]))PY"},
            {R"PY(match x:
  case None: pass
  case [1, *_]: pass
  case [*r]: pass
  case {1: a, **rest}: pass
  case C(1, a=b): pass
  case [a] | [a, _] if a: pass
  case (a as b) if b: pass
  case -1 | 1+2j | 'a' 'b': pass
  case _: pass)PY",
             R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchStar(name='r')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value=1)], patterns=[MatchAs(name='a')], rest='rest'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a')]), MatchSequence(patterns=[MatchAs(name='a'), MatchAs()])]), guard=Name(id='a', ctx=Load()), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchAs(name='a'), name='b'), guard=Name(id='b', ctx=Load()), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab'))]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))PY"},
            {R"PY(yield
yield x
await_ = 1)PY",
             R"PY(Module(body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='await_', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
            {R"PY(a[1:2, ::3]
a[:]
del a[0], b.c)PY",
             R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load())), Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])], type_ignores=[]))PY"},
            {R"PY(global q
nonlocal_ = 0)PY",
             R"PY(Module(body=[Global(names=['q']), Assign(targets=[Name(id='nonlocal_', ctx=Store())], value=Constant(value=0))], type_ignores=[]))PY"},
            {R"PY(try: pass
except E as e: pass
except: pass
else: pass
finally: pass)PY",
             R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))PY"},
            {R"PY(try: pass
except* E: pass)PY",
             R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
            {R"PY(with a as (b, c), d: pass)PY",
             R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())), withitem(context_expr=Name(id='d', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
            {R"PY(async def f():
  async for x in y: pass
  else: pass
  async with a: pass
  await x
  [x async for x in y if z if w])PY",
             R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]), Expr(value=Await(value=Name(id='x', ctx=Load()))), Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())], is_async=1)]))], decorator_list=[])], type_ignores=[]))PY"},
            {R"PY(x = y = 1
x += 1
x //= 2
x @= 3
x **= 4)PY",
             R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='x', ctx=Store()), op=MatMult(), value=Constant(value=3)), AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=4))], type_ignores=[]))PY"},
            {R"PY(a and b or not c
-a + ~b * +c @ d / e % f ** g // h << i >> j | k ^ l & m)PY",
             R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load()))])), Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load())), op=Add(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='b', ctx=Load())), op=Mult(), right=UnaryOp(op=UAdd(), operand=Name(id='c', ctx=Load()))), op=MatMult(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())), op=Mod(), right=BinOp(left=Name(id='f', ctx=Load()), op=Pow(), right=Name(id='g', ctx=Load()))), op=FloorDiv(), right=Name(id='h', ctx=Load()))), op=LShift(), right=Name(id='i', ctx=Load())), op=RShift(), right=Name(id='j', ctx=Load())), op=BitOr(), right=BinOp(left=Name(id='k', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='l', ctx=Load()), op=BitAnd(), right=Name(id='m', ctx=Load())))))], type_ignores=[]))PY"},
            {R"PY(a < b <= c == d != e > f >= g is h is not i in j not in k)PY", R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is(), IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load()), Name(id='h', ctx=Load()), Name(id='i', ctx=Load()), Name(id='j', ctx=Load()), Name(id='k', ctx=Load())]))], type_ignores=[]))PY"},
            {R"PY((x := 1)
[y for y in z]
{k: v for k, v in d.items()}
{s for s in t}
(g for g in h))PY",
             R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))), Expr(value=ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)])), Expr(value=SetComp(elt=Name(id='s', ctx=Load()), generators=[comprehension(target=Name(id='s', ctx=Store()), iter=Name(id='t', ctx=Load()), ifs=[], is_async=0)])), Expr(value=GeneratorExp(elt=Name(id='g', ctx=Load()), generators=[comprehension(target=Name(id='g', ctx=Store()), iter=Name(id='h', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
            {R"PY(a if b else c
*a, b = c
[a, *b] = c)PY",
             R"PY(Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(raise
raise E
raise E from F
assert x
assert x, 'm')PY",
             R"PY(Module(body=[Raise(), Raise(exc=Name(id='E', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load())), Assert(test=Name(id='x', ctx=Load())), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[]))PY"},
            {R"PY(while x:
  pass
else:
  pass
if a: pass
elif b: pass
else: pass)PY",
             R"PY(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[Pass()]), If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY"},
            {R"PY(for i in range(10): pass
else: x)PY",
             R"PY(Module(body=[For(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=10)], keywords=[]), body=[Pass()], orelse=[Expr(value=Name(id='x', ctx=Load()))])], type_ignores=[]))PY"},
            {R"PY(@d
@e(1)
class C(B, metaclass=M, **kw):
  'doc'
  def m(self): ...)PY",
             R"PY(Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Expr(value=Constant(value='doc')), FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value=Ellipsis))], decorator_list=[])], decorator_list=[Name(id='d', ctx=Load()), Call(func=Name(id='e', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[]))PY"},
            {R"PY(x = 1.5, 1e16, 1e-5, 0.0001, 1e500, 10j, 0j, 1.5e300j, 0x_ff, 1_000_000_000_000_000_000_000)PY",
             R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1.5), Constant(value=1e+16), Constant(value=1e-05), Constant(value=0.0001), Constant(value=inf), Constant(value=10j), Constant(value=0j), Constant(value=1.5e+300j), Constant(value=255), Constant(value=1000000000000000000000)], ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(s = '\t\n\r\x00\x7f\x80\xa0\u2028\ud800\U0001F600é\\')PY",
             R"PY(Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Constant(value='\t\n\r\x00\x7f\x80\xa0\u2028\ud800😀é\\'))], type_ignores=[]))PY"},
            {R"PY(s = 'a"b', "a'b", 'a\'"b', b"'", b'"\'')PY",
             R"PY(Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=Tuple(elts=[Constant(value='a"b'), Constant(value="a'b"), Constant(value='a\'"b'), Constant(value=b"'"), Constant(value=b'"\'')], ctx=Load()))], type_ignores=[]))PY"},
            {R"PY(def g(*, a): pass
def h(a, b=2, /, c=3): pass
def k(**kw): pass)PY",
             R"PY(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='h', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=2), Constant(value=3)]), body=[Pass()], decorator_list=[]), FunctionDef(name='k', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kw'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
            {R"PY(é = 'ü'
class Ñ: pass)PY",
             R"PY(Module(body=[Assign(targets=[Name(id='é', ctx=Store())], value=Constant(value='ü')), ClassDef(name='Ñ', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
            {R"PY(x = '\N{GREEK SMALL LETTER ALPHA}\N{HANGUL SYLLABLE GAG}', rb'\d', '''a
b''')PY",
             R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value='α각'), Constant(value=b'\\d'), Constant(value='a\nb')], ctx=Load()))], type_ignores=[]))PY"},
};

TEST(DumpPrograms, MatchCPython) {
  for (const ProgramCase& c : kPrograms) {
    SCOPED_TRACE(std::string(c.source));
    SourceFile::LoadError err;
    auto file = SourceFile::fromBytes("t.py", c.source, err);
    ASSERT_TRUE(file);
    diag::DiagnosticEngine diags;
    diags.setWarningsEnabled(false);
    lex::TokenStream tokens = lex::tokenize(*file, diags);
    ParsedModule parsed = parse::parseModule(tokens, diags);
    ASSERT_FALSE(diags.hasErrors());
    ASSERT_TRUE(parsed.module);
    EXPECT_EQ(dumpAst(parsed.module), c.dump);
  }
}

}  // namespace
}  // namespace taipan::ast
