// Unit tests of the runtime's strings and containers against CPython: every
// expected string below was produced by running the equivalent expression
// with python3 and pasting its output. Values are built and operated on
// through the same entry points compiled code uses (tp_call on builtins,
// methods via attribute lookup, tp_binop/tp_getitem/...), and compared as
// repr/str text; errors as "!Type: message".
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "../../../runtime/src/runtime.h"
#include "taipan/dict.h"
#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/range.h"
#include "taipan/ops.h"
#include "taipan/set.h"
#include "taipan/slice.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

class Seq : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TpValue I(int64_t i) { return tp_int_from_i64(i); }
TpValue F(double d) { return tp_float_box(d); }
TpValue S(const char* s) { return tp_str_from_cstr(s); }
TpValue L(std::vector<TpValue> v) { return tp_list_new((int64_t)v.size(), v.data()); }
TpValue T(std::vector<TpValue> v) { return tp_tuple_new((int64_t)v.size(), v.data()); }
TpValue Range(int64_t a, int64_t b, int64_t c = 1) { return tp_range_new_i64(a, b, c); }
TpValue Builtin(const char* name) { return tp_builtin(name); }
std::string Str(TpValue v) { return std::string(tp_str_view(tp_str(v))); }
std::string Repr(TpValue v) { return std::string(tp_str_view(tp_repr(v))); }

TpValue Call(TpValue f, std::vector<TpValue> args, std::vector<std::pair<const char*, TpValue>> kw = {}) {
  std::vector<TpValue> all = args;
  TpValue kwnames = TP_NULL;
  if (!kw.empty()) {
    std::vector<TpValue> names;
    for (auto& [k, v] : kw) {
      names.push_back(tp_str_intern(k));
      all.push_back(v);
    }
    kwnames = T(names);
  }
  return tp_call(f, all.data(), (int64_t)args.size(), kwnames);
}
TpValue B(const char* name, std::vector<TpValue> args, std::vector<std::pair<const char*, TpValue>> kw = {}) {
  return Call(Builtin(name), std::move(args), std::move(kw));
}
TpValue M(TpValue obj, const char* name, std::vector<TpValue> args = {},
          std::vector<std::pair<const char*, TpValue>> kw = {}) {
  return Call(tp_getattr(obj, tp_str_intern(name)), std::move(args), std::move(kw));
}
// A set display of constants, laid out as CPython lays out `{1, 2, 3}`.
TpValue Set(std::vector<TpValue> items) { return tp_set_display(items.data(), (int64_t)items.size(), true); }
TpValue SetOfRange(int64_t a, int64_t b, int64_t c = 1) { return B("set", {Range(a, b, c)}); }

// Runs f and returns repr of its result or "!Type: message".
std::string Try(const std::function<TpValue()>& f) {
  try {
    return Repr(f());
  } catch (TpRaised& r) {
    return "!" + std::string(tp::typeName(r.exc)) + ": " + Str(r.exc);
  }
}

TEST_F(Seq, SetIterationOrderMatchesCPython) {
  EXPECT_EQ(Repr(SetOfRange(0, 100, 7)), "{0, 98, 35, 70, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63}");
  EXPECT_EQ(Repr(Set({I(-1), I(-2), I(3), I(100), I(int64_t(1) << 40)})), "{1099511627776, 3, 100, -2, -1}");
  TpValue s = SetOfRange(0, 20);
  for (int i = 0; i < 20; i += 3) M(s, "discard", {I(i)});
  M(s, "add", {I(100)});
  M(s, "add", {I(33)});
  EXPECT_EQ(Repr(s), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100}");
  TpValue sq = tp_set_new();
  for (int i = 0; i < 30; i++) tp_set_add(sq, I(i * i));
  EXPECT_EQ(Repr(sq),
            "{0, 1, 256, 4, 9, 16, 144, 400, 529, 784, 25, 289, 36, 676, 169, 49, 441, 64, 576, 196, 324, 841, 81, "
            "729, 225, 100, 484, 361, 625, 121}");
  EXPECT_EQ(Repr(Set({T({I(1), I(2)}), T({I(3), I(4)}), T({I(5), I(6)}), T({I(1)}), T({})})),
            "{(1,), (1, 2), (3, 4), (5, 6), ()}");
  EXPECT_EQ(Repr(Set({F(1.5), F(2.25), F(-0.5), F(1e10), F(3.0)})), "{-0.5, 1.5, 2.25, 3.0, 10000000000.0}");
  EXPECT_EQ(Repr(SetOfRange(100, 0, -9)), "{64, 1, 100, 37, 73, 10, 46, 82, 19, 55, 91, 28}");
  EXPECT_EQ(Repr(Set({TP_TRUE, I(1), F(1.0), I(2)})), "{True, 2}");
  EXPECT_EQ(Repr(Set({I(1), I(9), I(17), I(25), I(33)})), "{1, 33, 17, 9, 25}");
  EXPECT_EQ(Repr(M(SetOfRange(0, 5), "copy")), "{0, 1, 2, 3, 4}");
}

TEST_F(Seq, SetOperationsKeepCPythonOrder) {
  TpValue a = B("set", {L({I(10), I(20), I(30), I(40), I(50), I(60), I(70), I(80)})});
  EXPECT_EQ(Repr(tp_binop(a, Set({I(5), I(15), I(25)}), TP_BINOP_OR)), "{5, 70, 40, 10, 15, 80, 50, 20, 25, 60, 30}");
  TpValue ten = SetOfRange(1, 11);
  EXPECT_EQ(Repr(tp_binop(ten, SetOfRange(2, 17, 2), TP_BINOP_AND)), "{2, 4, 6, 8, 10}");
  EXPECT_EQ(Repr(tp_binop(ten, Set({I(2), I(4), I(6)}), TP_BINOP_SUB)), "{1, 3, 5, 7, 8, 9, 10}");
  EXPECT_EQ(Repr(tp_binop(ten, Set({I(9), I(10), I(11), I(12), I(40), I(77)}), TP_BINOP_XOR)),
            "{1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 77, 40}");
  TpValue p = Set({I(5), I(37), I(69), I(101), I(133)});
  EXPECT_EQ(Repr(M(p, "pop")), "5");
  EXPECT_EQ(Repr(M(p, "pop")), "37");
  EXPECT_EQ(Repr(M(p, "pop")), "69");
  EXPECT_EQ(Repr(p), "{101, 133}");
  EXPECT_EQ(Repr(B("frozenset", {Set({I(1), I(2), I(3)})})), "frozenset({1, 2, 3})");
  EXPECT_EQ(Repr(B("frozenset", {})), "frozenset()");
  EXPECT_EQ(Repr(tp_set_new()), "set()");
  EXPECT_EQ(Repr(tp_compare(Set({I(1), I(2)}), Set({I(1), I(2), I(3)}), TP_CMP_LE)), "True");
  EXPECT_EQ(Repr(M(Set({I(1), I(2)}), "isdisjoint", {L({I(3)})})), "True");
  EXPECT_EQ(Repr(tp_compare(B("frozenset", {L({I(1)})}), Set({I(1)}), TP_CMP_EQ)), "True");
}

TEST_F(Seq, HashesMatchCPython) {
  EXPECT_EQ(tp::hashValue(T({I(1), I(2), I(3)})), 529344067295497451);
  EXPECT_EQ(tp::hashValue(T({})), 5740354900026072187);
  EXPECT_EQ(tp::hashValue(T({I(1), T({I(2), I(3)})})), 7267574591690527098);
  EXPECT_EQ(tp::hashValue(T({I(-1)})), 8078679518589016365);
  EXPECT_EQ(tp::hashValue(T({F(1.5), TP_TRUE})), 1767087712303363268);  // hash(None) is per-process in 3.11
  EXPECT_EQ(tp::hashValue(B("frozenset", {Set({I(1), I(2), I(3)})})), -272375401224217160);
  EXPECT_EQ(tp::hashValue(B("frozenset", {})), 133146708735736);
  EXPECT_EQ(tp::hashValue(B("frozenset", {L({T({I(1), I(2)}), I(3), I(-7)})})), -1037391758865495260);
}

TEST_F(Seq, DictOrderAfterDeletesAndReinserts) {
  TpValue d = tp_dict_new();
  for (char c = 'a'; c <= 'f'; c++) {
    char k[2] = {c, 0};
    tp_dict_setitem(d, S(k), I(c));
  }
  tp_delitem(d, S("b"));
  tp_delitem(d, S("d"));
  tp_dict_setitem(d, S("b"), I(1));
  tp_dict_setitem(d, S("z"), I(0));
  tp_dict_setitem(d, S("a"), I(99));
  EXPECT_EQ(Repr(B("list", {M(d, "keys")})), "['a', 'c', 'e', 'f', 'b', 'z']");
  EXPECT_EQ(Repr(M(d, "popitem")), "('z', 0)");
  EXPECT_EQ(Repr(d), "{'a': 99, 'c': 99, 'e': 101, 'f': 102, 'b': 1}");
  // 1, 1.0 and True are the same key.
  TpValue e = tp_dict_new();
  tp_dict_setitem(e, I(1), S("int"));
  tp_dict_setitem(e, F(1.0), S("float"));
  tp_dict_setitem(e, TP_TRUE, S("bool"));
  EXPECT_EQ(Repr(e), "{1: 'bool'}");
  // Growth through many resizes keeps insertion order.
  TpValue g = tp_dict_new();
  for (int i = 0; i < 1000; i++) tp_dict_setitem(g, I(i * 7919 % 1009), I(i));
  for (int i = 0; i < 1000; i += 2) tp_dict_del(g, I(i * 7919 % 1009));
  int64_t pos = 0, n = 0;
  TpValue k, v;
  bool ordered = true;
  int64_t prev = -1;
  while (tp_dict_next(g, &pos, &k, &v)) {
    ordered = ordered && tp_small_int_value(v) > prev;
    prev = tp_small_int_value(v);
    n++;
  }
  EXPECT_TRUE(ordered);
  EXPECT_EQ(n, 500);
}

TEST_F(Seq, DictMethodsAndViews) {
  EXPECT_EQ(Repr(B("dict", {}, {{"a", I(1)}, {"b", I(2)}})), "{'a': 1, 'b': 2}");
  EXPECT_EQ(Repr(B("dict", {L({T({I(1), I(2)})})}, {{"x", I(3)}})), "{1: 2, 'x': 3}");
  EXPECT_EQ(Repr(M(Builtin("dict"), "fromkeys", {S("ab"), I(0)})), "{'a': 0, 'b': 0}");
  TpValue d1 = tp_dict_new();
  tp_dict_setitem(d1, I(1), I(2));
  EXPECT_EQ(Repr(M(d1, "keys")), "dict_keys([1])");
  EXPECT_EQ(Repr(M(d1, "values")), "dict_values([2])");
  EXPECT_EQ(Repr(M(d1, "items")), "dict_items([(1, 2)])");
  EXPECT_EQ(Repr(M(d1, "get", {I(5)})), "None");
  tp_dict_setitem_str(d1, "name", S("v"));
  EXPECT_EQ(Repr(tp_dict_getitem_str(d1, "name")), "'v'");
  EXPECT_EQ(tp_dict_getitem_str(d1, "nam"), TP_NULL);
  EXPECT_EQ(Repr(tp_dict_get(d1, S("name"))), "'v'");
  tp_dict_del(d1, S("name"));
  EXPECT_EQ(Repr(M(d1, "setdefault", {S("k"), L({})})), "[]");
  EXPECT_EQ(Repr(M(d1, "pop", {I(9), S("dflt")})), "'dflt'");
  TpValue d2 = tp_dict_new();
  tp_dict_setitem(d2, I(3), I(4));
  EXPECT_EQ(Repr(tp_binop(d1, d2, TP_BINOP_OR)), "{1: 2, 'k': [], 3: 4}");
  EXPECT_EQ(Try([] { return tp_getitem(tp_dict_new(), S("k")); }), "!KeyError: 'k'");
  EXPECT_EQ(Try([] { return M(tp_dict_new(), "popitem"); }), "!KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(Try([] { return B("dict", {L({T({I(1), I(2), I(3)})})}); }),
            "!ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  EXPECT_EQ(Try([] {
              TpValue d = tp_dict_new();
              tp_dict_setitem(d, I(1), I(1));
              TpValue it = tp_iter(d);
              tp_next(it);
              tp_dict_setitem(d, I(2), I(1));
              return tp_next(it);
            }),
            "!RuntimeError: dictionary changed size during iteration");
}

TEST_F(Seq, ReprOfContainers) {
  TpValue inner = tp_dict_new();
  tp_dict_setitem(inner, S("a"), L({I(5)}));
  TpValue l = L({I(1), L({I(2), I(3)}), T({I(4)}), inner, Set({I(6)}), S("x")});
  EXPECT_EQ(Repr(l), "[1, [2, 3], (4,), {'a': [5]}, {6}, 'x']");
  TpValue r = L({I(1), I(2)});
  tp_list_append(r, r);
  EXPECT_EQ(Repr(r), "[1, 2, [...]]");
  TpValue d = tp_dict_new();
  tp_dict_setitem(d, S("self"), d);
  EXPECT_EQ(Repr(d), "{'self': {...}}");
  EXPECT_EQ(Repr(S("it's")), "\"it's\"");
  EXPECT_EQ(Repr(S("say \"hi\"")), "'say \"hi\"'");
  EXPECT_EQ(Repr(S("both ' \"")), "'both \\' \"'");
  EXPECT_EQ(Repr(S("tab\tnl\n\x01\x7f\u00e9\u200b\U0001f600")), "'tab\\tnl\\n\\x01\\x7fé\\u200b😀'");
  EXPECT_EQ(Str(tp_ascii(S("é😀"))), "'\\xe9\\U0001f600'");
}

TEST_F(Seq, SlicingWithAnyStep) {
  auto sl = [](TpValue a, TpValue b, TpValue c) { return tp_slice_new(a, b, c); };
  TpValue N = TP_NONE;
  TpValue s = S("abcdefgh");
  EXPECT_EQ(Str(tp_getitem(s, sl(N, N, I(-1)))), "hgfedcba");
  EXPECT_EQ(Str(tp_getitem(s, sl(N, N, I(-3)))), "heb");
  EXPECT_EQ(Str(tp_getitem(s, sl(I(6), I(1), I(-2)))), "gec");
  EXPECT_EQ(Str(tp_getitem(s, sl(I(-2), N, N))), "gh");
  EXPECT_EQ(Str(tp_getitem(S("héllo wörld"), sl(N, N, I(-2)))), "drwolh");
  EXPECT_EQ(Str(tp_getitem(S("héllo"), sl(I(1), I(3), N))), "él");
  TpValue ten = B("list", {Range(0, 10)});
  EXPECT_EQ(Repr(tp_getitem(ten, sl(I(8), I(2), I(-3)))), "[8, 5]");
  EXPECT_EQ(Repr(tp_getitem(T({I(1), I(2), I(3), I(4), I(5)}), sl(N, N, I(-2)))), "(5, 3, 1)");
  EXPECT_EQ(Repr(tp_getitem(ten, sl(I(-100), I(100), I(4)))), "[0, 4, 8]");
  EXPECT_EQ(Repr(M(sl(I(1), N, I(-2)), "indices", {I(10)})), "(1, -1, -2)");
  EXPECT_EQ(Repr(M(sl(N, N, I(-1)), "indices", {I(5)})), "(4, -1, -1)");
  EXPECT_EQ(Repr(M(sl(I(-100), I(100), I(3)), "indices", {I(7)})), "(0, 7, 3)");
  EXPECT_EQ(Repr(tp_getitem(Range(0, 10), sl(N, N, I(-1)))), "range(9, -1, -1)");
  EXPECT_EQ(Repr(tp_getitem(Range(0, 20, 3), sl(I(2), I(5), N))), "range(6, 15, 3)");
  EXPECT_EQ(Repr(B("list", {Range(5, -5, -2)})), "[5, 3, 1, -1, -3]");
  EXPECT_EQ(Repr(tp_compare(I(7), Range(1, 20, 3), TP_CMP_IN)), "True");
  EXPECT_EQ(Repr(tp_compare(I(8), Range(1, 20, 3), TP_CMP_IN)), "False");
  // Slice assignment and deletion.
  TpValue l = B("list", {Range(0, 10)});
  tp_setitem(l, sl(I(2), I(5), N), L({S("a")}));
  EXPECT_EQ(Repr(l), "[0, 1, 'a', 5, 6, 7, 8, 9]");
  tp_delitem(l, sl(N, N, I(2)));
  EXPECT_EQ(Repr(l), "[1, 5, 7, 9]");
  tp_setitem(l, sl(N, N, I(-2)), L({S("x"), S("y")}));
  EXPECT_EQ(Repr(l), "[1, 'y', 7, 'x']");
  EXPECT_EQ(Try([] {
              TpValue l3 = L({I(1), I(2), I(3)});
              tp_setitem(l3, tp_slice_new(TP_NONE, TP_NONE, I(2)), L({I(1), I(2), I(3)}));
              return l3;
            }),
            "!ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
}

TpValue FirstItem(const TpValue* args, int64_t nargs, TpValue kwnames) { return tp_getitem(args[0], I(0)); }
TpValue Negate(const TpValue* args, int64_t nargs, TpValue kwnames) { return tp_unaryop(args[0], TP_UNARY_NEG); }
TpValue Add2(const TpValue* args, int64_t nargs, TpValue kwnames) { return tp_binop(args[0], args[1], TP_BINOP_ADD); }

TEST_F(Seq, SortIsStable) {
  TpValue first = tp::newBuiltinFunction("first", FirstItem);
  TpValue a = L({T({I(1), S("b")}), T({I(0), S("a")}), T({I(1), S("a")}), T({I(0), S("b")})});
  EXPECT_EQ(Repr(B("sorted", {a}, {{"key", first}})), "[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]");
  EXPECT_EQ(Repr(B("sorted", {a}, {{"key", first}, {"reverse", TP_TRUE}})),
            "[(1, 'b'), (1, 'a'), (0, 'a'), (0, 'b')]");
  // A long input exercises the merge phases.
  TpValue big = tp_list_new(0, nullptr);
  for (int i = 0; i < 500; i++) tp_list_append(big, T({I((i * 37) % 10), I(i)}));
  M(big, "sort", {}, {{"key", first}});
  bool stable = true;
  for (int64_t i = 1; i < 500; i++) {
    TpValue x = tp_list_items(big)[i - 1], y = tp_list_items(big)[i];
    int64_t kx = tp_small_int_value(tp_tuple_get(x, 0)), ky = tp_small_int_value(tp_tuple_get(y, 0));
    stable = stable && (kx < ky || (kx == ky && tp_small_int_value(tp_tuple_get(x, 1)) < tp_small_int_value(tp_tuple_get(y, 1))));
  }
  EXPECT_TRUE(stable);
  EXPECT_EQ(Try([] { return B("sorted", {L({I(1), S("a")})}); }),
            "!TypeError: '<' not supported between instances of 'str' and 'int'");
}

TEST_F(Seq, StrMethods) {
  EXPECT_EQ(Repr(M(S(" a  b c "), "split")), "['a', 'b', 'c']");
  EXPECT_EQ(Repr(M(S("a,b,,c"), "split", {S(",")})), "['a', 'b', '', 'c']");
  EXPECT_EQ(Repr(M(S("a,b,,c"), "rsplit", {S(","), I(1)})), "['a,b,', 'c']");
  EXPECT_EQ(Repr(M(S(" a b c "), "split", {TP_NONE, I(1)})), "['a', 'b c ']");
  EXPECT_EQ(Repr(M(S(" a b c "), "rsplit", {TP_NONE, I(1)})), "[' a b', 'c']");
  EXPECT_EQ(Repr(M(S("a b"), "split", {S(" "), I(0)})), "['a b']");
  EXPECT_EQ(Str(M(S("xxhixx"), "strip", {S("x")})), "hi");
  EXPECT_EQ(Str(M(S("  hi  "), "lstrip")), "hi  ");
  EXPECT_EQ(Str(M(S("  hi  "), "rstrip")), "  hi");
  EXPECT_EQ(Repr(M(S("hello"), "find", {S("l")})), "2");
  EXPECT_EQ(Repr(M(S("hello"), "rfind", {S("l")})), "3");
  EXPECT_EQ(Repr(M(S("héllo"), "find", {S("l")})), "2");
  EXPECT_EQ(Repr(M(S("aaaa"), "count", {S("aa")})), "2");
  EXPECT_EQ(Repr(M(S("abc"), "count", {S("")})), "4");
  EXPECT_EQ(Str(M(S("hello world"), "title")), "Hello World");
  EXPECT_EQ(Str(M(S("hELLO"), "swapcase")), "Hello");
  EXPECT_EQ(Str(M(S("straße"), "upper")), "STRASSE");
  EXPECT_EQ(Str(M(S("ÉCOLE"), "lower")), "école");
  EXPECT_EQ(Str(M(S("hello"), "capitalize")), "Hello");
  EXPECT_EQ(Str(M(S("abc"), "center", {I(8), S("*")})), "**abc***");
  EXPECT_EQ(Str(M(S("abc"), "center", {I(7)})), "  abc  ");
  EXPECT_EQ(Str(M(S("ab"), "center", {I(5)})), "  ab ");
  EXPECT_EQ(Str(M(S("-42"), "zfill", {I(6)})), "-00042");
  EXPECT_EQ(Str(M(S("x"), "ljust", {I(3), S("é")})), "xéé");
  EXPECT_EQ(Repr(M(S("a-b-c"), "partition", {S("-")})), "('a', '-', 'b-c')");
  EXPECT_EQ(Repr(M(S("a-b-c"), "rpartition", {S("-")})), "('a-b', '-', 'c')");
  EXPECT_EQ(Repr(M(S("abc"), "partition", {S("x")})), "('abc', '', '')");
  EXPECT_EQ(Repr(M(S("l1\nl2\r\nl3\rl4"), "splitlines")), "['l1', 'l2', 'l3', 'l4']");
  EXPECT_EQ(Repr(M(S("l1\nl2\n"), "splitlines", {TP_TRUE})), "['l1\\n', 'l2\\n']");
  EXPECT_EQ(Str(M(S("abc"), "replace", {S(""), S("-")})), "-a-b-c-");
  EXPECT_EQ(Str(M(S("aaa"), "replace", {S("a"), S("b"), I(2)})), "bba");
  EXPECT_EQ(Str(M(S(","), "join", {L({S("a"), S("b"), S("c")})})), "a,b,c");
  EXPECT_EQ(Repr(M(S("123"), "isdigit")), "True");
  EXPECT_EQ(Repr(M(S("²"), "isdigit")), "True");
  EXPECT_EQ(Repr(M(S("²"), "isdecimal")), "False");
  EXPECT_EQ(Repr(M(S("abc1"), "isalnum")), "True");
  EXPECT_EQ(Repr(M(S("Hello World"), "istitle")), "True");
  EXPECT_EQ(Repr(M(S("ABC"), "isupper")), "True");
  EXPECT_EQ(Repr(M(S("_x1"), "isidentifier")), "True");
  EXPECT_EQ(Repr(M(S("1x"), "isidentifier")), "False");
  EXPECT_EQ(Repr(M(S("hello"), "startswith", {T({S("x"), S("he")})})), "True");
  EXPECT_EQ(Repr(M(S("hello"), "endswith", {S("ll"), I(0), I(4)})), "True");
  EXPECT_EQ(tp_str_length(S("héllo")), 5);
}

TEST_F(Seq, StrIndexingAndOperators) {
  EXPECT_EQ(Repr(B("len", {S("héllo")})), "5");
  EXPECT_EQ(Str(tp_getitem(S("héllo"), I(1))), "é");
  EXPECT_EQ(Str(tp_getitem(S("héllo"), I(-1))), "o");
  EXPECT_EQ(Str(tp_getitem(S("a😀b"), I(1))), "😀");
  EXPECT_EQ(Repr(B("list", {S("ab")})), "['a', 'b']");
  EXPECT_EQ(Repr(tp_compare(S("ab"), S("b"), TP_CMP_LT)), "True");
  EXPECT_EQ(Repr(tp_compare(S("é"), S("z"), TP_CMP_GT)), "True");
  EXPECT_EQ(Str(tp_binop(S("abc"), I(2), TP_BINOP_MUL)), "abcabc");
  EXPECT_EQ(Str(tp_binop(I(3), S("x"), TP_BINOP_MUL)), "xxx");
  EXPECT_EQ(Repr(tp_binop(L({I(1), I(2)}), I(2), TP_BINOP_MUL)), "[1, 2, 1, 2]");
  EXPECT_EQ(Repr(tp_binop(T({I(1)}), I(3), TP_BINOP_MUL)), "(1, 1, 1)");
  // Long non-ASCII text exercises the lazy code-point index.
  std::string text;
  for (int i = 0; i < 300; i++) text += (i % 3 == 0) ? "é" : "a";
  TpValue long_s = tp_str_from_utf8(text.data(), (int64_t)text.size());
  EXPECT_EQ(Str(tp_getitem(long_s, I(297))), "é");
  EXPECT_EQ(Str(tp_getitem(long_s, I(298))), "a");
  EXPECT_EQ(Repr(B("len", {long_s})), "300");
}

TEST_F(Seq, Formatting) {
  EXPECT_EQ(Str(M(S("{} {}"), "format", {I(1), S("a")})), "1 a");
  EXPECT_EQ(Str(M(S("{1}{0}"), "format", {S("a"), S("b")})), "ba");
  EXPECT_EQ(Str(M(S("{x!r:>6}|"), "format", {}, {{"x", S("hi")}})), "  'hi'|");
  TpValue d = tp_dict_new();
  tp_dict_setitem(d, I(1), S("one"));
  tp_dict_setitem(d, S("k"), S("kay"));
  EXPECT_EQ(Str(M(S("{0[1]} {0[k]}"), "format", {d})), "one kay");
  EXPECT_EQ(Str(M(S("{:*^9}"), "format", {S("mid")})), "***mid***");
  EXPECT_EQ(Str(M(S("{:.2}"), "format", {S("abcdef")})), "ab");
  EXPECT_EQ(Str(M(S("{{}}"), "format")), "{}");
  EXPECT_EQ(Try([] { return M(S("{} {}"), "format", {I(1)}); }),
            "!IndexError: Replacement index 1 out of range for positional args tuple");
  TpValue args = T({S("a"), S("b"), S("c"), S("d"), I(42), F(3.14159), I(255), I(255), I(8), F(12345.678),
                    F(0.0001), I(65), I(-42), I(7), S("abcdef")});
  EXPECT_EQ(Str(tp_binop(S("%s|%5s|%-5s|%r|%d|%5.2f|%x|%#x|%o|%e|%g|%c|%%|%05d|%+d|%.3s"), args, TP_BINOP_MOD)),
            "a|    b|c    |'d'|42| 3.14|ff|0xff|10|1.234568e+04|0.0001|A|%|-0042|+7|abc");
  TpValue m = tp_dict_new();
  tp_dict_setitem(m, S("a"), S("x"));
  tp_dict_setitem(m, S("b"), I(3));
  EXPECT_EQ(Str(tp_binop(S("%(a)s-%(b)d"), m, TP_BINOP_MOD)), "x-3");
  EXPECT_EQ(Try([] { return tp_binop(S("%d"), S("x"), TP_BINOP_MOD); }),
            "!TypeError: %d format: a real number is required, not str");
  EXPECT_EQ(Try([] { return tp_binop(S("%s %s"), T({I(1)}), TP_BINOP_MOD); }),
            "!TypeError: not enough arguments for format string");
  EXPECT_EQ(Try([] { return tp_binop(S("%s"), T({I(1), I(2)}), TP_BINOP_MOD); }),
            "!TypeError: not all arguments converted during string formatting");
}

TEST_F(Seq, ErrorMessages) {
  EXPECT_EQ(Try([] { return M(L({}), "pop"); }), "!IndexError: pop from empty list");
  EXPECT_EQ(Try([] { return M(L({I(1)}), "pop", {I(5)}); }), "!IndexError: pop index out of range");
  EXPECT_EQ(Try([] { return M(L({I(1)}), "remove", {I(2)}); }), "!ValueError: list.remove(x): x not in list");
  EXPECT_EQ(Try([] { return M(L({I(1)}), "index", {I(2)}); }), "!ValueError: 2 is not in list");
  EXPECT_EQ(Try([] { return tp_getitem(L({I(1)}), I(3)); }), "!IndexError: list index out of range");
  EXPECT_EQ(Try([] {
              tp_setitem(L({I(1)}), I(2), I(0));
              return TP_NONE;
            }),
            "!IndexError: list assignment index out of range");
  EXPECT_EQ(Try([] { return tp_getitem(T({I(1)}), I(5)); }), "!IndexError: tuple index out of range");
  EXPECT_EQ(Try([] { return M(tp_set_new(), "pop"); }), "!KeyError: 'pop from an empty set'");
  EXPECT_EQ(Try([] { return M(Set({I(1)}), "remove", {I(2)}); }), "!KeyError: 2");
  EXPECT_EQ(Try([] { return tp_getitem(S("abc"), I(10)); }), "!IndexError: string index out of range");
  EXPECT_EQ(Try([] { return B("min", {L({})}); }), "!ValueError: min() arg is an empty sequence");
  EXPECT_EQ(Try([] { return B("max", {}); }), "!TypeError: max expected at least 1 argument, got 0");
  EXPECT_EQ(Try([] { return M(S("abc"), "index", {S("z")}); }), "!ValueError: substring not found");
  EXPECT_EQ(Try([] { return M(S(","), "join", {L({I(1)})}); }),
            "!TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(Try([] { return B("range", {I(1), I(2), I(0)}); }), "!ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(Try([] { return tp_binop(S("x"), S("y"), TP_BINOP_MUL); }),
            "!TypeError: can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(Try([] { return tp_binop(L({I(1)}), T({I(2)}), TP_BINOP_ADD); }),
            "!TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(Try([] {
              TpValue d = tp_dict_new();
              tp_dict_setitem(d, L({}), I(1));
              return d;
            }),
            "!TypeError: unhashable type: 'list'");
  EXPECT_EQ(Try([] { return B("ord", {S("ab")}); }),
            "!TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(Try([] { return B("chr", {I(-1)}); }), "!ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(Try([] { return B("list", {B("zip", {L({I(1), I(2)}), L({I(1)})}, {{"strict", TP_TRUE}})}); }),
            "!ValueError: zip() argument 2 is shorter than argument 1");
  EXPECT_EQ(Try([] { return M(S("a"), "center", {I(5), S("ab")}); }),
            "!TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(Try([] { return tp_compare(I(1), S("abc"), TP_CMP_IN); }),
            "!TypeError: 'in <string>' requires string as left operand, not int");
  EXPECT_EQ(Try([] { return tp_getitem(S("abc"), F(1.5)); }),
            "!TypeError: string indices must be integers, not 'float'");
  EXPECT_EQ(Try([] { return tp_getitem(L({I(1), I(2)}), S("x")); }),
            "!TypeError: list indices must be integers or slices, not str");
}

TEST_F(Seq, SequenceBuiltins) {
  TpValue tenth = F(0.1);
  EXPECT_EQ(Repr(B("sum", {L({tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth})})),
            "0.9999999999999999");
  EXPECT_EQ(Repr(B("sum", {L({I(1), I(2), I(3)}), I(10)})), "16");
  EXPECT_EQ(Repr(B("min", {I(3), I(1), I(2)})), "1");
  EXPECT_EQ(Repr(B("max", {L({I(1), I(5), I(3)})}, {{"key", tp::newBuiltinFunction("neg", Negate)}})), "1");
  EXPECT_EQ(Repr(B("min", {L({})}, {{"default", S("d")}})), "'d'");
  EXPECT_EQ(Repr(B("any", {L({I(0), S(""), I(1)})})), "True");
  EXPECT_EQ(Repr(B("all", {L({})})), "True");
  EXPECT_EQ(Repr(B("list", {B("enumerate", {S("ab"), I(5)})})), "[(5, 'a'), (6, 'b')]");
  EXPECT_EQ(Repr(B("list", {B("zip", {S("abc"), L({I(1), I(2)})})})), "[('a', 1), ('b', 2)]");
  EXPECT_EQ(Repr(B("list", {B("map", {tp::newBuiltinFunction("add2", Add2), L({I(1), I(2)}), L({I(3), I(4), I(5)})})})),
            "[4, 6]");
  EXPECT_EQ(Repr(B("list", {B("filter", {TP_NONE, L({I(0), I(1), S(""), I(2)})})})), "[1, 2]");
  EXPECT_EQ(Repr(B("list", {B("reversed", {L({I(1), I(2), I(3)})})})), "[3, 2, 1]");
  EXPECT_EQ(Repr(B("list", {B("reversed", {Range(0, 3)})})), "[2, 1, 0]");
  EXPECT_EQ(Repr(B("tuple", {L({I(1), I(2)})})), "(1, 2)");
  EXPECT_EQ(Repr(B("str", {I(12)})), "'12'");
  // A list iterator sees items appended during the loop.
  TpValue l = L({I(1)});
  TpValue it = tp_iter(l);
  int64_t seen = 0;
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it)) {
    if (++seen < 5) tp_list_append(l, v);
  }
  EXPECT_EQ(seen, 5);
}

}  // namespace
