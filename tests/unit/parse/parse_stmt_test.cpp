// Unit tests of the statement half of the parser (parse_stmt.cpp and
// parse_pattern.cpp): each input is parsed and its dump compared with what
// CPython's ast.dump prints for it (expectations generated with python3), and
// each invalid input's first error compared with compile()'s line and message.
#include <gtest/gtest.h>

#include <string>

#include "compiler/ast/dump.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"

namespace taipan::parse {
namespace {

struct Parsed {
  std::unique_ptr<SourceFile> file;
  diag::DiagnosticEngine diags;
  ast::ParsedModule module;
};

std::unique_ptr<Parsed> parseSource(std::string_view src) {
  auto p = std::make_unique<Parsed>();
  SourceFile::LoadError error;
  p->file = SourceFile::fromBytes("test.py", src, error);
  EXPECT_TRUE(p->file) << error.message;
  lex::TokenStream tokens = lex::tokenize(*p->file, p->diags);
  p->module = parseModule(tokens, p->diags);
  return p;
}

// The dump of a valid module, or the first error.
std::string parseDump(std::string_view src) {
  auto p = parseSource(src);
  for (const diag::Diagnostic& d : p->diags.diagnostics()) {
    if (d.severity == diag::Severity::Error) return "error: " + d.message;
  }
  return ast::dumpAst(p->module.module);
}

// "LINE: message" of the first error, as CPython's SyntaxError shows it.
std::string firstError(std::string_view src) {
  auto p = parseSource(src);
  for (const diag::Diagnostic& d : p->diags.diagnostics()) {
    if (d.severity == diag::Severity::Error) {
      return std::to_string(p->file->lineCol(d.range.begin).line) + ": " + d.message;
    }
  }
  return "no error";
}

TEST(ParseStmtTest, AugAssign) {
  EXPECT_EQ(
      parseDump("x += 1\na.b -= 2\na[0] **= 3\n"),
      R"(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), op=Sub(), value=Constant(value=2)), AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[]))");
}

TEST(ParseStmtTest, AnnAssign) {
  EXPECT_EQ(
      parseDump("x: int\n(y): int = 1\na.b: str = 'x'\nc[0]: float\n"),
      R"(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), value=Constant(value='x'), simple=0), AnnAssign(target=Subscript(value=Name(id='c', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='float', ctx=Load()), simple=0)], type_ignores=[]))");
}

TEST(ParseStmtTest, ChainedAssign) {
  EXPECT_EQ(
      parseDump("a = b = c, d = 1, 2\n"),
      R"(Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store()), Tuple(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))");
}

TEST(ParseStmtTest, StarredAssign) {
  EXPECT_EQ(
      parseDump("a, *b = x\n[c, d] = y\n"),
      R"(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='x', ctx=Load())), Assign(targets=[List(elts=[Name(id='c', ctx=Store()), Name(id='d', ctx=Store())], ctx=Store())], value=Name(id='y', ctx=Load()))], type_ignores=[]))");
}

TEST(ParseStmtTest, ExprAndYield) {
  EXPECT_EQ(
      parseDump("def f():\n    x = yield 1\n    yield from g()\n    await h()\n"),
      R"(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Constant(value=1))), Expr(value=YieldFrom(value=Call(func=Name(id='g', ctx=Load()), args=[], keywords=[]))), Expr(value=Await(value=Call(func=Name(id='h', ctx=Load()), args=[], keywords=[])))], decorator_list=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, SimpleStatements) {
  EXPECT_EQ(
      parseDump("pass; break; continue\nreturn\nreturn 1, 2\nraise\nraise E from c\nglobal a, b\nnonlocal c\nassert x, "
                "'msg'\ndel a, b[0], c.d\n"),
      R"(Module(body=[Pass(), Break(), Continue(), Return(), Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())), Raise(), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='c', ctx=Load())), Global(names=['a', 'b']), Nonlocal(names=['c']), Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg')), Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[]))");
}

TEST(ParseStmtTest, Imports) {
  EXPECT_EQ(
      parseDump("import a.b.c as d, e\nfrom ..pkg import (a as b, c,)\nfrom . import *\nfrom ...x import y\nfrom .... "
                "import z\n"),
      R"(Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), ImportFrom(module='pkg', names=[alias(name='a', asname='b'), alias(name='c')], level=2), ImportFrom(names=[alias(name='*')], level=1), ImportFrom(module='x', names=[alias(name='y')], level=3), ImportFrom(names=[alias(name='z')], level=4)], type_ignores=[]))");
}

TEST(ParseStmtTest, IfElif) {
  EXPECT_EQ(
      parseDump("if a:\n    pass\nelif b:\n    x = 1\nelif c: pass\nelse:\n    y = 2\n"),
      R"(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])])])], type_ignores=[]))");
}

TEST(ParseStmtTest, WhileFor) {
  EXPECT_EQ(
      parseDump(
          "while x:\n    break\nelse:\n    pass\nfor a, b in c, d:\n    continue\nelse: pass\nfor x, in y: pass\n"),
      R"(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()]), For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Tuple(elts=[Name(id='c', ctx=Load()), Name(id='d', ctx=Load())], ctx=Load()), body=[Continue()], orelse=[Pass()]), For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, AsyncStatements) {
  EXPECT_EQ(
      parseDump("async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n"),
      R"(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, WithForms) {
  EXPECT_EQ(
      parseDump("with a: pass\nwith a as b, c as d: pass\nwith (a as b, c as d,): pass\nwith (a, b): pass\nwith (a, b) "
                "as c: pass\nwith (a): pass\nwith (yield): pass\nwith (a for a in b): pass\nwith (a) as b, c: "
                "pass\nwith (a := b): pass\n"),
      R"(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=Yield())], body=[Pass()]), With(items=[withitem(context_expr=GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], body=[Pass()]), With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), With(items=[withitem(context_expr=NamedExpr(target=Name(id='a', ctx=Store()), value=Name(id='b', ctx=Load())))], body=[Pass()])], type_ignores=[]))");
}

TEST(ParseStmtTest, Try) {
  EXPECT_EQ(
      parseDump("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    "
                "pass\nfinally:\n    pass\n"),
      R"(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))");
}

TEST(ParseStmtTest, TryStar) {
  EXPECT_EQ(
      parseDump("try:\n    pass\nexcept* A as e:\n    pass\nexcept* (B, C):\n    pass\n"),
      R"(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='A', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, TryFinally) {
  EXPECT_EQ(
      parseDump("try:\n    pass\nfinally:\n    x = 1\n"),
      R"(Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])], type_ignores=[]))");
}

TEST(ParseStmtTest, FunctionDefs) {
  EXPECT_EQ(
      parseDump("@dec\n@dec2(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> None:\n    pass\ndef g(*, "
                "a): pass\ndef h(a, /): pass\ndef i(*a): pass\n"),
      R"(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b', annotation=Name(id='int', ctx=Load()))], args=[arg(arg='c')], vararg=arg(arg='args', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Constant(value=None)), FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='h', args=arguments(posonlyargs=[arg(arg='a')], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[]), FunctionDef(name='i', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, Lambda) {
  EXPECT_EQ(
      parseDump("f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0\ng = lambda: 0\nh = lambda *, a: a\n"),
      R"(Module(body=[Assign(targets=[Name(id='f', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='d'), kwonlyargs=[arg(arg='e'), arg(arg='f')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='g'), defaults=[Constant(value=1), Constant(value=2)]), body=Constant(value=0))), Assign(targets=[Name(id='g', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0))), Assign(targets=[Name(id='h', ctx=Store())], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[]))");
}

TEST(ParseStmtTest, ClassDefs) {
  EXPECT_EQ(
      parseDump("@dec\nclass A(B, C, metaclass=M, **kw):\n    x = 1\nclass D: pass\nclass E(): pass\n"),
      R"(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='dec', ctx=Load())]), ClassDef(name='D', bases=[], keywords=[], body=[Pass()], decorator_list=[]), ClassDef(name='E', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, SoftKeywordsAsNames) {
  EXPECT_EQ(
      parseDump(
          "match = 1\nmatch(x)\nmatch[x] = 2\ncase = 3\ntype = 4\ntype(x)\n_ = 5\nmatch.x: int\nprint(match, type)\n"),
      R"(Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Name(id='x', ctx=Load()), ctx=Store())], value=Constant(value=2)), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=3)), Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=4)), Expr(value=Call(func=Name(id='type', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=5)), AnnAssign(target=Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='type', ctx=Load())], keywords=[]))], type_ignores=[]))");
}

TEST(ParseStmtTest, MatchLiterals) {
  EXPECT_EQ(
      parseDump("match x:\n    case 1 | -2 | 3.5 | -1+2j | 1-2j | 'a' 'b' | b'c':\n        pass\n    case None | True "
                "| False:\n        pass\n    case a.b.c:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=Constant(value=3.5)), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), MatchValue(value=BinOp(left=Constant(value=1), op=Sub(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab')), MatchValue(value=Constant(value=b'c'))]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()])])], type_ignores=[]))");
}

TEST(ParseStmtTest, MatchStructures) {
  EXPECT_EQ(
      parseDump("match x, *y:\n    case [a, *rest]:\n        pass\n    case (a, b) | (b, a) | [a, b]:\n        pass\n  "
                "  case () | []:\n        pass\n    case {'k': v, 1: _, **rest}:\n        pass\n    case Point(1, y=0) "
                "| P() | a.B(z=[1]):\n        pass\n    case Point(x, y=0):\n        pass\n    case (1 as one) if one "
                "> 0:\n        pass\n    case a, *_, (b as c):\n        pass\n    case _:\n        pass\n"),
      R"(Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load()), Starred(value=Name(id='y', ctx=Load()), ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), MatchSequence(patterns=[MatchAs(name='b'), MatchAs(name='a')]), MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')])]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[]), MatchSequence(patterns=[])]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k'), Constant(value=1)], patterns=[MatchAs(name='v'), MatchAs()], rest='rest'), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=0))]), MatchClass(cls=Name(id='P', ctx=Load()), patterns=[], kwd_attrs=[], kwd_patterns=[]), MatchClass(cls=Attribute(value=Name(id='a', ctx=Load()), attr='B', ctx=Load()), patterns=[], kwd_attrs=['z'], kwd_patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1))])])]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchAs(name='x')], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchValue(value=Constant(value=1)), name='one'), guard=Compare(left=Name(id='one', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchAs(pattern=MatchAs(name='b'), name='c')]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))");
}

TEST(ParseStmtTest, MatchCaptureLast) {
  EXPECT_EQ(
      parseDump("match (x):\n    case {}:\n        pass\n    case y:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()]), match_case(pattern=MatchAs(name='y'), body=[Pass()])])], type_ignores=[]))");
}

TEST(ParseStmtTest, Semicolons) {
  EXPECT_EQ(
      parseDump("x = 1; y = 2;\nif x: a; b\n"),
      R"(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2)), If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='a', ctx=Load())), Expr(value=Name(id='b', ctx=Load()))], orelse=[])], type_ignores=[]))");
}

TEST(ParseStmtTest, NestedBlocks) {
  EXPECT_EQ(
      parseDump("def f():\n    if a:\n        for x in y:\n            while z:\n                pass\n    return x\n"),
      R"(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[If(test=Name(id='a', ctx=Load()), body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[While(test=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], orelse=[])], orelse=[]), Return(value=Name(id='x', ctx=Load()))], decorator_list=[])], type_ignores=[]))");
}

TEST(ParseStmtErrorTest, ExpectedColon) { EXPECT_EQ(firstError("if x\n    pass\n"), "1: expected ':'"); }

TEST(ParseStmtErrorTest, ExpectedIndent) {
  EXPECT_EQ(firstError("if x:\npass\n"), "2: expected an indented block after 'if' statement on line 1");
}

TEST(ParseStmtErrorTest, ExpectedIndentFunction) {
  EXPECT_EQ(firstError("def f():\n\nx = 1\n"), "3: expected an indented block after function definition on line 1");
}

TEST(ParseStmtErrorTest, UnexpectedIndent) { EXPECT_EQ(firstError("x = 1\n    y = 2\n"), "2: unexpected indent"); }

TEST(ParseStmtErrorTest, MissingExcept) {
  EXPECT_EQ(firstError("try:\n    pass\nx = 1\n"), "3: expected 'except' or 'finally' block");
}

TEST(ParseStmtErrorTest, MixedExceptStar) {
  EXPECT_EQ(firstError("try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n"),
            "5: cannot have both 'except' and 'except*' on the same 'try'");
}

TEST(ParseStmtErrorTest, AssignInCondition) {
  EXPECT_EQ(firstError("if x = 1:\n    pass\n"), "1: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
}

TEST(ParseStmtErrorTest, LegacyPrint) {
  EXPECT_EQ(firstError("print 'hello'\n"), "1: Missing parentheses in call to 'print'. Did you mean print(...)?");
}

TEST(ParseStmtErrorTest, AugAssignTuple) {
  EXPECT_EQ(firstError("a, b += 1\n"), "1: 'tuple' is an illegal expression for augmented assignment");
}

TEST(ParseStmtErrorTest, AnnotateTuple) {
  EXPECT_EQ(firstError("a, b: int\n"), "1: only single target (not tuple) can be annotated");
}

TEST(ParseStmtErrorTest, AnnotateCall) { EXPECT_EQ(firstError("f(): int\n"), "1: illegal target for annotation"); }

TEST(ParseStmtErrorTest, NonDefaultAfterDefault) {
  EXPECT_EQ(firstError("def f(a=1, b): pass\n"), "1: non-default argument follows default argument");
}

TEST(ParseStmtErrorTest, BareStar) {
  EXPECT_EQ(firstError("def f(*): pass\n"), "1: named arguments must follow bare *");
}

TEST(ParseStmtErrorTest, SlashTwice) {
  EXPECT_EQ(firstError("def f(a, /, b, /): pass\n"), "1: / may appear only once");
}

TEST(ParseStmtErrorTest, SlashAfterStar) { EXPECT_EQ(firstError("def f(*a, /): pass\n"), "1: / must be ahead of *"); }

TEST(ParseStmtErrorTest, StarTwice) {
  EXPECT_EQ(firstError("def f(*a, *b): pass\n"), "1: * argument may appear only once");
}

TEST(ParseStmtErrorTest, VarargDefault) {
  EXPECT_EQ(firstError("def f(*a=1): pass\n"), "1: var-positional argument cannot have default value");
}

TEST(ParseStmtErrorTest, KwargDefault) {
  EXPECT_EQ(firstError("def f(**a=1): pass\n"), "1: var-keyword argument cannot have default value");
}

TEST(ParseStmtErrorTest, AfterKwarg) {
  EXPECT_EQ(firstError("def f(**a, b): pass\n"), "1: arguments cannot follow var-keyword argument");
}

TEST(ParseStmtErrorTest, TrailingCommaImport) {
  EXPECT_EQ(firstError("from a import b,\n"), "1: trailing comma not allowed without surrounding parentheses");
}

// The pattern errors CPython raises in its compiler, not its parser:
// ast.parse accepts these, so the parser must build the tree (sema reports
// the errors; see tests/unit/sema/checks_test.cpp).
TEST(ParseStmtTest, CompileOnlyPatternErrorsParse) {
  EXPECT_EQ(
      parseDump("match x:\n    case [*a, *b]:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='a'), MatchStar(name='b')]), body=[Pass()])])], type_ignores=[]))");
  EXPECT_EQ(
      parseDump("match x:\n    case y:\n        pass\n    case 1:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(name='y'), body=[Pass()]), match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], type_ignores=[]))");
  EXPECT_EQ(
      parseDump("match x:\n    case _ | 1:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchAs(), MatchValue(value=Constant(value=1))]), body=[Pass()])])], type_ignores=[]))");
  EXPECT_EQ(
      parseDump("match x:\n    case C(a=1, a=2) | {1: b, 1: c} | [d, d]:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='C', ctx=Load()), patterns=[], kwd_attrs=['a', 'a'], kwd_patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), MatchMapping(keys=[Constant(value=1), Constant(value=1)], patterns=[MatchAs(name='b'), MatchAs(name='c')]), MatchSequence(patterns=[MatchAs(name='d'), MatchAs(name='d')])]), body=[Pass()])])], type_ignores=[]))");
  EXPECT_EQ(
      parseDump("match x:\n    case f'a' | {f'b': 1}:\n        pass\n"),
      R"(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=JoinedStr(values=[Constant(value='a')])), MatchMapping(keys=[JoinedStr(values=[Constant(value='b')])], patterns=[MatchValue(value=Constant(value=1))])]), body=[Pass()])])], type_ignores=[]))");
}

TEST(ParseStmtErrorTest, UnderscoreTarget) {
  EXPECT_EQ(firstError("match x:\n    case 1 as _:\n        pass\n"), "2: cannot use '_' as a target");
}

TEST(ParseStmtErrorTest, PositionalAfterKeyword) {
  EXPECT_EQ(firstError("match x:\n    case P(a=1, b):\n        pass\n"),
            "2: positional patterns follow keyword patterns");
}

TEST(ParseStmtErrorTest, ImaginaryRequired) {
  EXPECT_EQ(firstError("match x:\n    case 1 + 2:\n        pass\n"), "2: imaginary number required in complex literal");
}

TEST(ParseStmtErrorTest, ElseWithoutIf) { EXPECT_EQ(firstError("else:\n    pass\n"), "1: invalid syntax"); }

TEST(ParseStmtErrorTest, ErrorInNestedBlock) {
  EXPECT_EQ(firstError("def f():\n    x = (1 +)\n    return 1\n"), "2: invalid syntax");
}

TEST(ParseStmtErrorTest, LexerErrorLaterWins) {
  EXPECT_EQ(firstError("x = = 1\ny = 'abc\n"), "2: unterminated string literal (detected at line 2)");
}

TEST(ParseStmtErrorTest, MultipleExceptTypes) {
  EXPECT_EQ(firstError("try:\n    pass\nexcept A, B:\n    pass\n"),
            "3: multiple exception types must be parenthesized");
}

// PEP 695 (3.12): dumped in 3.12's format.
TEST(ParseStmtTest, TypeAliasAndTypeParams) {
  EXPECT_EQ(
      parseDump("type X = int\n"),
      "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[], value=Name(id='int', ctx=Load()))], "
      "type_ignores=[])");
  std::string d = parseDump("type L[T: int, *Ts, **P] = list[T]\ndef f[T](x: T) -> T: pass\nclass C[T]: pass\n");
  EXPECT_NE(d.find("TypeVar(name='T', bound=Name(id='int', ctx=Load()))"), std::string::npos) << d;
  EXPECT_NE(d.find("TypeVarTuple(name='Ts')"), std::string::npos) << d;
  EXPECT_NE(d.find("ParamSpec(name='P')"), std::string::npos) << d;
  EXPECT_NE(d.find("ClassDef(name='C'"), std::string::npos) << d;
}

TEST(ParseStmtErrorTest, TypeVarTupleBound) {
  EXPECT_EQ(firstError("type X[*Ts: int] = int\n"), "1: cannot use bound with TypeVarTuple");
}

// Recovery: later statements are still parsed and several errors reported.
TEST(ParseStmtErrorTest, RecoversAfterError) {
  auto p = parseSource("x = = 1\nif y:\n    z = (\n        1 +)\n    w = 2\nfor x in:\n    pass\nok = 1\n");
  ASSERT_GE(p->diags.errorCount(), 3u);
  std::vector<uint32_t> lines;
  for (const diag::Diagnostic& d : p->diags.diagnostics()) lines.push_back(p->file->lineCol(d.range.begin).line);
  EXPECT_EQ(lines[0], 1u);
  EXPECT_EQ(lines[1], 4u);
  EXPECT_EQ(lines[2], 6u);
  ASSERT_NE(p->module.module, nullptr);
}

TEST(ParseStmtErrorTest, StopsAtMaxErrors) {
  std::string src;
  for (int i = 0; i < 50; ++i) src += "x = = 1\n";
  auto p = parseSource(src);
  EXPECT_EQ(p->diags.errorCount(), ParseOptions{}.max_errors);
}

// Deeply nested blocks hit the depth guard (or the lexer's indentation limit)
// instead of overflowing the stack.
TEST(ParseStmtErrorTest, DeepNestingDoesNotCrash) {
  std::string src;
  for (int i = 0; i < 150; ++i) src += std::string(i, ' ') + "if x:\n";
  src += std::string(150, ' ') + "pass\n";
  auto p = parseSource(src);
  EXPECT_TRUE(p->diags.hasErrors());
}

TEST(ParseStmtTest, StatementRanges) {
  auto p = parseSource("@dec\ndef f():\n    return 1\nx = [\n  1]\n");
  ASSERT_TRUE(p->module.module);
  const auto& body = p->module.module->body;
  ASSERT_EQ(body.size(), 2u);
  EXPECT_EQ(p->file->lineCol(body[0]->range.begin).line, 2u);  // at `def`, as CPython's lineno
  EXPECT_EQ(p->file->lineCol(body[0]->range.end).line, 3u);
  EXPECT_EQ(p->file->lineCol(body[1]->range.end).line, 5u);
  EXPECT_EQ(p->file->lineCol(body[1]->range.end).byte_column, 4u);
}

}  // namespace
}  // namespace taipan::parse
