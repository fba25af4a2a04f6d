// Unit tests of AST -> IR generation: small programs are compiled through the
// front end and irgen, every result must pass the IR verifier, and the IR is
// checked for the shapes that matter (typed int ops, call.direct, SSA block
// arguments, UnsupportedSyntax diagnostics). The corpus test generates IR for
// every program of ../shared/corpus and reports how many are supported.
#include "compiler/irgen/irgen.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/scopes.h"

namespace taipan {
namespace {

struct Result {
  bool ok = false;
  std::string ir;
  std::string diags;
  std::vector<std::string> verify_errors;
};

Result compile(const std::string& src) {
  Result r;
  SourceFile::LoadError err;
  auto file = SourceFile::fromBytes("test.py", src, err);
  diag::DiagnosticEngine diags;
  lex::TokenStream tokens = lex::tokenize(*file, diags);
  ast::ParsedModule parsed = parse::parseModule(tokens, diags);
  if (diags.hasErrors() || !parsed.module) {
    r.diags = "front end error";
    return r;
  }
  sema::ScopeTree scopes = sema::analyzeScopes(parsed.module, *file, diags);
  if (diags.hasErrors()) {
    r.diags = "sema error";
    return r;
  }
  ir::Module m;
  r.ok = irgen::generateIR(*parsed.module, scopes, *file, diags, m);
  for (const diag::Diagnostic& d : diags.diagnostics()) r.diags += d.message + "\n";
  if (r.ok) {
    ir::verify(m, r.verify_errors);
    r.ir = ir::printModule(m);
  }
  return r;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + "\n";
  return s;
}

#define EXPECT_CLEAN(r)                                                            \
  do {                                                                             \
    EXPECT_TRUE((r).ok) << (r).diags;                                              \
    EXPECT_TRUE((r).verify_errors.empty()) << joined((r).verify_errors) << (r).ir; \
  } while (0)

TEST(IrGen, DebugDump) {
  // TAIPAN_IRGEN_DUMP=file.py prints the IR of a file (a debugging aid).
  const char* path = std::getenv("TAIPAN_IRGEN_DUMP");
  if (!path) GTEST_SKIP();
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  Result r = compile(ss.str());
  std::printf("%s%s%s", r.diags.c_str(), r.ir.c_str(), joined(r.verify_errors).c_str());
}

TEST(IrGen, Fib) {
  Result r = compile(
      "def fib(n: int) -> int:\n"
      "    if n < 2:\n"
      "        return n\n"
      "    return fib(n - 1) + fib(n - 2)\n"
      "print(fib(20))\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("int.lt"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("int.sub"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("call.direct"), std::string::npos) << r.ir;
}

TEST(IrGen, LoopsAndSsa) {
  Result r = compile(
      "def f(n):\n"
      "    total = 0\n"
      "    for i in range(10):\n"
      "        if i % 2 == 0:\n"
      "            continue\n"
      "        total += i\n"
      "    else:\n"
      "        total += 1\n"
      "    j = 0\n"
      "    while j < 5:\n"
      "        j += 1\n"
      "        if j == 3: break\n"
      "    return total + j\n"
      "print(f(3))\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("int.add"), std::string::npos) << r.ir;
}

TEST(IrGen, FloatsAndMixed) {
  Result r = compile(
      "def g(x: float, n: int) -> float:\n"
      "    y = x * 2.0 + n\n"
      "    return y / 3\n"
      "print(g(1.5, 2))\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("float.mul"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("int.to_float"), std::string::npos) << r.ir;
}

TEST(IrGen, ClosuresAndClasses) {
  Result r = compile(
      "def outer():\n"
      "    x = 1\n"
      "    def inner():\n"
      "        nonlocal x\n"
      "        x += 1\n"
      "        return x\n"
      "    return inner\n"
      "class A:\n"
      "    k = 3\n"
      "    def __init__(self, v):\n"
      "        self.v = v\n"
      "    def __repr__(self):\n"
      "        return f'A({self.v!r:>4})'\n"
      "class B(A):\n"
      "    def __init__(self, v):\n"
      "        super().__init__(v * 2)\n"
      "print(outer()(), B(2), isinstance(B(1), A), [a * 2 for a in range(3)], {k: v for k, v in {1: 2}.items()})\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("cell.new"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("class.new"), std::string::npos) << r.ir;
}

TEST(IrGen, InstanceSlotNames) {
  // The attributes the methods assign on self, __init__ first, mangled, in
  // first-assignment order, as the class's __taipan_slots__; nothing from
  // nested functions or static methods, nothing for a class with __slots__.
  Result r = compile(
      "class K:\n"
      "    def other(self):\n"
      "        self.c = 1\n"
      "        self.a, (self.d, *self.e) = 1, (2, 3)\n"
      "    def __init__(self):\n"
      "        self.a = 0\n"
      "        self.__p = 1\n"
      "        for self.f in []:\n"
      "            pass\n"
      "        def g():\n"
      "            self.zz = 1\n"
      "    @staticmethod\n"
      "    def s(x):\n"
      "        x.st = 1\n"
      "class L:\n"
      "    __slots__ = ('a',)\n"
      "    def __init__(self):\n"
      "        self.b = 1\n");
  EXPECT_CLEAN(r);
  size_t pos = 0;
  for (const char* n : {"\"a\"", "\"_K__p\"", "\"f\"", "\"c\"", "\"d\"", "\"e\"", "\"__taipan_slots__\""}) {
    size_t at = r.ir.find(std::string("const.str ") + n, pos);
    ASSERT_NE(at, std::string::npos) << n << "\n" << r.ir;
    pos = at;
  }
  EXPECT_EQ(r.ir.find("__taipan_slots__", pos + 30), std::string::npos) << r.ir;
  EXPECT_EQ(r.ir.find("const.str \"zz\""), std::string::npos) << r.ir;
  EXPECT_EQ(r.ir.find("const.str \"st\""), std::string::npos) << r.ir;
  EXPECT_EQ(r.ir.find("const.str \"b\""), std::string::npos) << r.ir;
}

TEST(IrGen, ClassKeywordsAndMetaclasses) {
  // A class with bases or keywords runs its body in the namespace
  // class.prepare returns (stores through py.setitem) and is made by
  // class.build, which also carries the instance slot names; the keywords
  // (metaclass included) travel as one dict. A class without either keeps
  // the plain dict and class.new.
  Result r = compile(
      "class M(type):\n"
      "    pass\n"
      "class A(metaclass=M, flag=1):\n"
      "    def __init__(self):\n"
      "        self.v = 1\n"
      "    def f(self):\n"
      "        return super().f()\n"
      "opts = {}\n"
      "class B(A, **opts):\n"
      "    x = 1\n"
      "class P:\n"
      "    y = 2\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("class.prepare"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("class.build"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("class.new"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("const.str \"metaclass\""), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("const.str \"__classcell__\""), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("dict.update"), std::string::npos) << r.ir;
  EXPECT_EQ(r.ir.find("__taipan_slots__"), std::string::npos) << r.ir;
}

TEST(IrGen, Exceptions) {
  Result r = compile(
      "def f(d, k):\n"
      "    try:\n"
      "        v = d[k]\n"
      "    except KeyError as e:\n"
      "        v = -1\n"
      "    except (TypeError, ValueError):\n"
      "        raise\n"
      "    else:\n"
      "        v += 1\n"
      "    finally:\n"
      "        print('done')\n"
      "    for i in range(3):\n"
      "        try:\n"
      "            if i == 1: break\n"
      "        finally:\n"
      "            print(i)\n"
      "    assert v != 0, 'zero'\n"
      "    return v\n"
      "print(f({1: 2}, 1))\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("exc.matches"), std::string::npos) << r.ir;
}

TEST(IrGen, Match) {
  Result r = compile(
      "class P:\n"
      "    __match_args__ = ('x',)\n"
      "def f(v):\n"
      "    match v:\n"
      "        case [1, *rest]:\n"
      "            return rest\n"
      "        case {'k': P(x) | P(y=x), **others} if x:\n"
      "            return others\n"
      "        case None | True:\n"
      "            return 0\n"
      "        case str() as s:\n"
      "            return s\n"
      "        case _:\n"
      "            return 1\n"
      "print(f([1, 2]))\n");
  EXPECT_CLEAN(r);
  for (const char* op : {"match.sequence", "match.mapping", "match.keys", "match.class", "py.is"})
    EXPECT_NE(r.ir.find(op), std::string::npos) << op << "\n" << r.ir;
}

TEST(IrGen, Unsupported) {
  Result r = compile("class C(*(object,)):\n    pass\n");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.diags.find("'starred base classes' is not supported yet"), std::string::npos) << r.diags;
  r = compile("class C:\n    X = int\n    type A = list[X]\n");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.diags.find("a type alias using a name of its class body"), std::string::npos) << r.diags;
}

TEST(IrGen, Pep695) {
  Result r = compile("type X = int\ntype Y[T] = list[T]\ndef f[T](x: T) -> T:\n    return x\nclass C[T]:\n    pass\n");
  ASSERT_TRUE(r.ok) << r.diags;
  EXPECT_TRUE(r.verify_errors.empty());
  for (const char* s : {"_pep695_alias", "_pep695_typevar", "__type_params__"})
    EXPECT_NE(r.ir.find(s), std::string::npos) << s << "\n" << r.ir;
}

TEST(IrGen, ExceptStar) {
  Result r = compile("try:\n    print(1)\nexcept* ValueError as e:\n    print(e)\n");
  ASSERT_TRUE(r.ok) << r.diags;
  EXPECT_TRUE(r.verify_errors.empty());
  for (const char* op : {"excstar.begin", "excstar.match", "excstar.raised", "excstar.end"})
    EXPECT_NE(r.ir.find(op), std::string::npos) << op << "\n" << r.ir;
}

TEST(IrGen, Generators) {
  Result r = compile("def g(n):\n    x = yield n\n    yield from range(x)\n    return 5\nh = (i for i in [1])\n");
  ASSERT_TRUE(r.ok) << r.diags;
  EXPECT_TRUE(r.verify_errors.empty());
  EXPECT_NE(r.ir.find("generator] {"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("gen.start"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("gen.yield %n"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("gen.yield_from"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("[name \"<genexpr>\", qualname \"<genexpr>\", params (\".0\")"), std::string::npos) << r.ir;
}

TEST(IrGen, Corpus) {
  std::filesystem::path dir = std::filesystem::path(TAIPAN_SOURCE_DIR) / ".." / "shared" / "corpus" / "programs";
  if (!std::filesystem::exists(dir)) GTEST_SKIP();
  int total = 0, supported = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    ++total;
    Result r = compile(ss.str());
    if (!r.ok) continue;
    ++supported;
    EXPECT_TRUE(r.verify_errors.empty()) << entry.path() << "\n" << joined(r.verify_errors);
  }
  std::printf("irgen corpus: %d of %d programs generate IR\n", supported, total);
}

TEST(IrGen, ImportForms) {
  Result r = compile(
      "import a.b.c\nimport a.b as ab\nfrom m import x as y, z\nfrom m import *\n"
      "def f():\n    import q\n    return q\n");
  EXPECT_CLEAN(r);
  EXPECT_NE(r.ir.find("import [text \"a.b.c\"]"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("import [text \"a\"]"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("import.from"), std::string::npos) << r.ir;
  EXPECT_NE(r.ir.find("import.star"), std::string::npos) << r.ir;
}

TEST(IrGen, RelativeImportNames) {
  std::string out, error;
  EXPECT_EQ(irgen::packageOf("__main__", false), "");
  EXPECT_EQ(irgen::packageOf("pkg", true), "pkg");
  EXPECT_EQ(irgen::packageOf("pkg.sub.mod", false), "pkg.sub");
  EXPECT_EQ(irgen::packageOf("mod", false), "");
  ASSERT_TRUE(irgen::absoluteImportName("pkg.sub", 1, "", out, error));
  EXPECT_EQ(out, "pkg.sub");
  ASSERT_TRUE(irgen::absoluteImportName("pkg.sub", 2, "m", out, error));
  EXPECT_EQ(out, "pkg.m");
  ASSERT_TRUE(irgen::absoluteImportName("pkg.sub", 0, "abs.name", out, error));
  EXPECT_EQ(out, "abs.name");
  EXPECT_FALSE(irgen::absoluteImportName("pkg", 2, "m", out, error));
  EXPECT_EQ(error, "attempted relative import beyond top-level package");
  EXPECT_FALSE(irgen::absoluteImportName("", 1, "m", out, error));
  EXPECT_EQ(error, "attempted relative import with no known parent package");
}

}  // namespace
}  // namespace taipan
