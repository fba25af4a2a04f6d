// Unit tests of the runtime core through its C ABI, the way compiled code
// uses it: user classes and their MRO, attribute lookup and binding,
// argument binding in tp_call with CPython's exact TypeError messages,
// operator dispatch with user dunders, exceptions raised and caught through
// C++ (TpRaised), exception str/repr rules and the traceback text. Expected
// messages were taken from python3.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "../../../runtime/src/runtime.h"
#include "taipan/abi.h"
#include "taipan/dict.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

TpValue S(const char* s) { return tp_str_intern(s); }
std::string Str(TpValue v) {
  TpValue s = tp_str(v);
  return std::string(tp_str_data(s), (size_t)tp_str_size(s));
}
std::string Repr(TpValue v) {
  TpValue s = tp_repr(v);
  return std::string(tp_str_data(s), (size_t)tp_str_size(s));
}
TpValue Tuple(std::initializer_list<TpValue> items) { return tp_tuple_new((int64_t)items.size(), items.begin()); }
TpValue Int(int64_t i) { return tp_small_int(i); }
// Calls f with positional arguments followed by one value per keyword name.
TpValue Call(TpValue f, std::initializer_list<TpValue> args, TpValue kwnames = TP_NULL) {
  int64_t nkw = kwnames == TP_NULL ? 0 : tp_tuple_size(kwnames);
  return tp_call(f, args.begin(), (int64_t)args.size() - nkw, kwnames);
}

// Runs fn and returns "Type: message" of the Python exception it raises, or "" if none.
template <class Fn>
std::string Raises(Fn fn) {
  try {
    fn();
  } catch (TpRaised& r) {
    return tp::exceptionLastLine(r.exc);
  }
  return "";
}

class RuntimeCore : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TpValue MakeClass(const char* name, std::initializer_list<TpValue> bases, TpValue ns = TP_NULL) {
  if (ns == TP_NULL) ns = tp_dict_new();
  return tp_class_new(S(name), Tuple(bases), ns);
}

// ---- compiled-function stand-ins ----
const char* const kParamsAB[] = {"a", "b"};
TpValue CodeAB(TpFunction*, const TpValue* args) { return Tuple({args[0], args[1]}); }
const TpFuncInfo kInfoF = {"f", "f", "__main__", "t.py", kParamsAB, 2, 0, 0, 0, 1, CodeAB};

const char* const kParamsDefaults[] = {"a", "b", "k", "args", "kw"};
TpValue CodeAll(TpFunction*, const TpValue* args) { return Tuple({args[0], args[1], args[2], args[3], args[4]}); }
// def g(a, b=2, *args, k, **kw)
const TpFuncInfo kInfoG = {"g",    "g", "__main__", "t.py", kParamsDefaults, 5, 0, 1, TP_FUNC_VARARGS | TP_FUNC_VARKW,
                           1, CodeAll};

const char* const kParamsSelf[] = {"self", "x"};
TpValue CodeSetX(TpFunction*, const TpValue* args) {
  tp_setattr(args[0], args[1], S("x"));
  return TP_NONE;
}
const TpFuncInfo kInfoInit = {"__init__", "P.__init__", "__main__", "t.py", kParamsSelf, 2, 0, 0, 0, 1, CodeSetX};

const char* const kParamsSelfOnly[] = {"self"};
TpValue CodeRepr(TpFunction*, const TpValue* args) {
  return tp_str_from_cstr(("P(" + Str(tp_getattr(args[0], S("x"))) + ")").c_str());
}
const TpFuncInfo kInfoRepr = {"__repr__", "P.__repr__", "__main__", "t.py", kParamsSelfOnly, 1, 0, 0, 0, 1,
                              CodeRepr};
TpValue CodeAdd(TpFunction*, const TpValue* args) {
  return tp_binop(tp_getattr(args[0], S("x")), args[1], TP_BINOP_ADD);
}
const TpFuncInfo kInfoAdd = {"__add__", "P.__add__", "__main__", "t.py", kParamsSelf, 2, 0, 0, 0, 1, CodeAdd};
TpValue CodeEq(TpFunction*, const TpValue* args) {
  return tp_compare(tp_getattr(args[0], S("x")), tp_getattr(args[1], S("x")), TP_CMP_EQ);
}
const TpFuncInfo kInfoEq = {"__eq__", "P.__eq__", "__main__", "t.py", kParamsSelf, 2, 0, 0, 0, 1, CodeEq};

TEST_F(RuntimeCore, SingletonsAndBuiltinTypes) {
  EXPECT_EQ(Repr(TP_NONE), "None");
  EXPECT_EQ(Repr(tp_from_object(&tp_NotImplemented_object)), "NotImplemented");
  EXPECT_EQ(Repr(tp_from_object(&tp_Ellipsis_object)), "Ellipsis");
  EXPECT_EQ(Repr(tp_from_object(&tp_object_type)), "<class 'object'>");
  EXPECT_EQ(Repr(tp_from_object(&tp_exc_ValueError)), "<class 'ValueError'>");
  EXPECT_FALSE(tp_truth(TP_NONE));
  EXPECT_EQ(Call(tp_from_object(&tp_type_type), {TP_NONE}, TP_NULL),
            tp_from_object(&tp_none_type));
  EXPECT_NE(tp_builtin("print"), TP_NULL);
  EXPECT_NE(tp_builtin("ValueError"), TP_NULL);
  EXPECT_EQ(tp_builtin("no_such_builtin"), TP_NULL);
}

TEST_F(RuntimeCore, MroDiamondAndConflict) {
  TpValue A = MakeClass("A", {});
  TpValue B = MakeClass("B", {A});
  TpValue C = MakeClass("C", {A});
  TpValue D = MakeClass("D", {B, C});
  TpValue mro = tp_getattr(D, S("__mro__"));
  ASSERT_EQ(tp_tuple_size(mro), 5);
  EXPECT_EQ(tp_tuple_get(mro, 0), D);
  EXPECT_EQ(tp_tuple_get(mro, 1), B);
  EXPECT_EQ(tp_tuple_get(mro, 2), C);
  EXPECT_EQ(tp_tuple_get(mro, 3), A);
  EXPECT_EQ(tp_tuple_get(mro, 4), tp_from_object(&tp_object_type));
  EXPECT_EQ(Raises([&] { MakeClass("E", {A, B}); }),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  EXPECT_EQ(Repr(D), "<class '__main__.D'>");
  EXPECT_TRUE(tp_is_subtype(reinterpret_cast<TpType*>(tp_as_object(D)),
                            reinterpret_cast<TpType*>(tp_as_object(A))));
}

TEST_F(RuntimeCore, MetaclassesAndClassKeywords) {
  // class M(type), class A(metaclass=M), class B(A): classes of M, made
  // through tp_class_prepare / tp_class_build as a class statement does.
  TpValue type = tp_from_object(&tp_type_type);
  TpValue M = MakeClass("M", {type});
  TpValue kw = tp_dict_new();
  tp_dict_setitem(kw, S("metaclass"), M);
  TpValue ns = tp_class_prepare(S("A"), Tuple({}), kw);
  ASSERT_TRUE(tp_is_dict(ns));
  tp_dict_setitem(ns, S("x"), Int(1));
  TpValue A = tp_class_build(S("A"), Tuple({}), ns, kw, TP_NONE);
  EXPECT_EQ(tp_from_object(tp_type_of(A)), M);
  EXPECT_EQ(Repr(tp_getattr(A, S("x"))), "1");
  TpValue B = tp_class_build(S("B"), Tuple({A}), tp_class_prepare(S("B"), Tuple({A}), TP_NONE), TP_NONE, TP_NONE);
  EXPECT_EQ(tp_from_object(tp_type_of(B)), M);
  // type(name, bases, ns) also picks M from the bases.
  EXPECT_EQ(tp_from_object(tp_type_of(MakeClass("C", {A}))), M);
  TpValue N = MakeClass("N", {type});
  TpValue D = Call(N, {S("D"), Tuple({}), tp_dict_new()});
  EXPECT_EQ(Raises([&] { MakeClass("E", {A, D}); }),
            "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
            "the metaclasses of all its bases");
  TpValue extra = tp_dict_new();
  tp_dict_setitem(extra, S("colour"), Int(1));
  EXPECT_EQ(Raises([&] { tp_class_build(S("F"), Tuple({A}), tp_dict_new(), extra, TP_NONE); }),
            "TypeError: F.__init_subclass__() takes no keyword arguments");
}

TEST_F(RuntimeCore, InstancesAttributesAndMethods) {
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__init__", tp_func_new(&kInfoInit, TP_NONE, TP_NONE, TP_NONE));
  tp_dict_setitem_str(ns, "__repr__", tp_func_new(&kInfoRepr, TP_NONE, TP_NONE, TP_NONE));
  tp_dict_setitem_str(ns, "__add__", tp_func_new(&kInfoAdd, TP_NONE, TP_NONE, TP_NONE));
  tp_dict_setitem_str(ns, "__eq__", tp_func_new(&kInfoEq, TP_NONE, TP_NONE, TP_NONE));
  tp_dict_setitem_str(ns, "kind", S("point"));
  TpValue P = MakeClass("P", {}, ns);
  TpValue p = Call(P, {Int(5)}, TP_NULL);
  EXPECT_EQ(tp_getattr(p, S("x")), Int(5));
  EXPECT_EQ(Str(tp_getattr(p, S("kind"))), "point");
  EXPECT_EQ(Repr(p), "P(5)");
  EXPECT_EQ(Str(p), "P(5)");
  EXPECT_EQ(tp_binop(p, Int(3), TP_BINOP_ADD), Int(8));
  EXPECT_EQ(Raises([&] { tp_binop(Int(3), p, TP_BINOP_ADD); }),
            "TypeError: unsupported operand type(s) for +: 'int' and 'P'");
  EXPECT_EQ(Raises([&] { tp_getattr(p, S("z")); }), "AttributeError: 'P' object has no attribute 'z'");
  EXPECT_EQ(Raises([&] { tp_getattr(P, S("z")); }), "AttributeError: type object 'P' has no attribute 'z'");
  EXPECT_EQ(Raises([&] { tp_call(P, nullptr, 0, TP_NULL); }),
            "TypeError: P.__init__() missing 1 required positional argument: 'x'");
  // __eq__ without __hash__ makes instances unhashable.
  TpValue q = Call(P, {Int(5)}, TP_NULL);
  EXPECT_TRUE(tp_truth(tp_compare(p, q, TP_CMP_EQ)));
  EXPECT_FALSE(tp_truth(tp_compare(p, q, TP_CMP_NE)));
  EXPECT_EQ(Raises([&] { tp::hashValue(p); }), "TypeError: unhashable type: 'P'");
  EXPECT_EQ(Raises([&] { tp_compare(p, q, TP_CMP_LT); }),
            "TypeError: '<' not supported between instances of 'P' and 'P'");
  // A bound method call.
  TpValue m = tp_getattr(p, S("__repr__"));
  EXPECT_EQ(Str(tp_call(m, nullptr, 0, TP_NULL)), "P(5)");
  // Instance attributes shadow class attributes; deleting restores them.
  tp_setattr(p, S("square"), S("kind"));
  EXPECT_EQ(Str(tp_getattr(p, S("kind"))), "square");
  tp_delattr(p, S("kind"));
  EXPECT_EQ(Str(tp_getattr(p, S("kind"))), "point");
  // Plain objects: default repr and no attributes.
  TpValue o = tp_call(tp_from_object(&tp_object_type), nullptr, 0, TP_NULL);
  EXPECT_EQ(Repr(o).rfind("<object object at 0x", 0), 0u);
  EXPECT_EQ(Raises([&] { tp_setattr(o, Int(1), S("a")); }), "AttributeError: 'object' object has no attribute 'a'");
  EXPECT_EQ(Raises([&] { Call(tp_from_object(&tp_object_type), {Int(1)}, TP_NULL); }),
            "TypeError: object() takes no arguments");
  TpValue Empty = MakeClass("Empty", {});
  EXPECT_EQ(Raises([&] { Call(Empty, {Int(1)}, TP_NULL); }),
            "TypeError: Empty() takes no arguments");
  TpValue e = tp_call(Empty, nullptr, 0, TP_NULL);
  EXPECT_EQ(Repr(e).rfind("<__main__.Empty object at 0x", 0), 0u);
}

TEST_F(RuntimeCore, ArgumentBindingMessages) {
  TpValue f = tp_func_new(&kInfoF, TP_NONE, TP_NONE, TP_NONE);
  EXPECT_EQ(Raises([&] { Call(f, {Int(1), Int(2), Int(3)}, TP_NULL); }),
            "TypeError: f() takes 2 positional arguments but 3 were given");
  EXPECT_EQ(Raises([&] { tp_call(f, nullptr, 0, TP_NULL); }),
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_EQ(Raises([&] { Call(f, {Int(1), Int(2)}, Tuple({S("a")})); }),
            "TypeError: f() got multiple values for argument 'a'");
  EXPECT_EQ(Raises([&] { Call(f, {Int(1), Int(2), Int(3)}, Tuple({S("c")})); }),
            "TypeError: f() got an unexpected keyword argument 'c'");
  TpValue r = Call(f, {Int(1), Int(2)}, Tuple({S("b")}));
  EXPECT_EQ(Repr(r), "(1, 2)");
  // def g(a, b=2, *args, k, **kw)
  TpValue g = tp_func_new(&kInfoG, Tuple({Int(2)}), TP_NONE, TP_NONE);
  EXPECT_EQ(Raises([&] { Call(g, {Int(1)}, TP_NULL); }),
            "TypeError: g() missing 1 required keyword-only argument: 'k'");
  r = Call(g, {Int(1), Int(2), Int(3), Int(4), Int(5), Int(6)}, Tuple({S("k"), S("z")}));
  EXPECT_EQ(Repr(r), "(1, 2, 5, (3, 4), {'z': 6})");
  r = Call(g, {Int(1), Int(9)}, Tuple({S("k")}));
  EXPECT_EQ(Repr(r), "(1, 2, 9, (), {})");
  // f(*args, **kwargs)
  TpValue kw = tp_dict_new();
  tp_dict_setitem_str(kw, "b", Int(7));
  EXPECT_EQ(Repr(tp_call_ex(f, Tuple({Int(1)}), kw)), "(1, 7)");
  EXPECT_EQ(Raises([&] { tp_call(Int(1), nullptr, 0, TP_NULL); }), "TypeError: 'int' object is not callable");
}

TEST_F(RuntimeCore, BuiltinFunctionsAndParsing) {
  TpValue len = tp_builtin("len");
  EXPECT_EQ(Raises([&] { Call(len, {Int(1)}, TP_NULL); }),
            "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(Raises([&] { tp_call(len, nullptr, 0, TP_NULL); }),
            "TypeError: len() takes exactly one argument (0 given)");
  EXPECT_EQ(Call(len, {Tuple({Int(1), Int(2)})}, TP_NULL), Int(2));
  TpValue isinstance = tp_builtin("isinstance");
  TpValue args[2] = {Int(1), Tuple({tp_from_object(&tp_str_type), tp_from_object(&tp_int_type)})};
  EXPECT_EQ(tp_call(isinstance, args, 2, TP_NULL), TP_TRUE);
  EXPECT_EQ(Raises([&] { tp_call(isinstance, args, 1, TP_NULL); }),
            "TypeError: isinstance expected 2 arguments, got 1");
  EXPECT_EQ(Repr(len), "<built-in function len>");
  TpValue out[2];
  TpValue Args12[2] = {Int(1), Int(2)};
  EXPECT_EQ(Raises([&] {
              tp::parseArgs("round", Args12, 1, Tuple({S("number")}), {"number", "ndigits"}, 1,
                            0, out);
            }),
            "TypeError: argument for round() given by name ('number') and position (1)");
  EXPECT_EQ(Raises([&] { tp::parseArgs("round", nullptr, 0, TP_NULL, {"number", "ndigits"}, 1, 0, out); }),
            "TypeError: round() missing required argument 'number' (pos 1)");
  EXPECT_EQ(Raises([&] {
              tp::parseArgs("int", Args12, 0, Tuple({S("x")}), {"x", "base"}, 0, 1, out);
            }),
            "TypeError: 'x' is an invalid keyword argument for int()");
}

TEST_F(RuntimeCore, ExceptionsRaiseCatchAndText) {
  try {
    tp::raiseZeroDivisionError("division by zero");
    FAIL();
  } catch (TpRaised& r) {
    EXPECT_TRUE(tp_exc_matches(r.exc, Tuple({tp_from_object(&tp_exc_KeyError),
                                             tp_from_object(&tp_exc_ArithmeticError)})));
    EXPECT_FALSE(tp_exc_matches(r.exc, tp_from_object(&tp_exc_LookupError)));
    EXPECT_EQ(tp::exceptionLastLine(r.exc), "ZeroDivisionError: division by zero");
  }
  EXPECT_EQ(Raises([] { tp::raiseKeyError(S("k")); }), "KeyError: 'k'");
  EXPECT_EQ(Raises([] { tp_raise(tp_from_object(&tp_exc_ValueError)); }), "ValueError");
  EXPECT_EQ(Raises([] { tp_raise(Int(5)); }), "TypeError: exceptions must derive from BaseException");
  EXPECT_EQ(Raises([] { tp_raise_name_error("x"); }), "NameError: name 'x' is not defined");
  EXPECT_EQ(Raises([] { tp_raise_unbound_local("y"); }),
            "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value");
  TpValue e = Call(tp_from_object(&tp_exc_ValueError), {Int(1), Int(2)}, TP_NULL);
  EXPECT_EQ(Repr(e), "ValueError(1, 2)");
  EXPECT_EQ(Str(e), "(1, 2)");
  e = Call(tp_from_object(&tp_exc_OSError), {Int(2), S("No such file"), S("f.txt")}, TP_NULL);
  EXPECT_EQ(tp::exceptionLastLine(e), "FileNotFoundError: [Errno 2] No such file: 'f.txt'");
  e = Call(tp_from_object(&tp_exc_StopIteration), {Int(7)}, TP_NULL);
  EXPECT_EQ(tp_getattr(e, S("value")), Int(7));
  // A user exception subclass.
  TpValue MyError = MakeClass("MyError", {tp_from_object(&tp_exc_Exception)});
  EXPECT_EQ(Raises([&] { tp_raise(Call(MyError, {S("boom")}, TP_NULL)); }), "MyError: boom");
  // Context chaining: raising while handling sets __context__.
  try {
    try {
      tp::raiseValueError("first");
    } catch (TpRaised& r) {
      tp_exc_push(r.exc);
      tp::raiseTypeError("second");
    }
  } catch (TpRaised& r) {
    tp_exc_pop();
    TpValue ctx = tp_getattr(r.exc, S("__context__"));
    EXPECT_EQ(tp::exceptionLastLine(ctx), "ValueError: first");
  }
}

TEST_F(RuntimeCore, TracebackText) {
  static const TpFuncInfo mod = {"<module>", "<module>", "__main__", "/nonexistent/prog.py", nullptr, 0, 0, 0, 0, 1,
                                 nullptr};
  static const TpFuncInfo fn = {"divide", "divide", "__main__", "/nonexistent/prog.py", nullptr, 0, 0, 0, 0, 1,
                                nullptr};
  TpValue e = Call(tp_from_object(&tp_exc_ZeroDivisionError), {S("division by zero")}, TP_NULL);
  auto* be = reinterpret_cast<TpBaseException*>(tp_as_object(e));
  // Recorded while unwinding: the inner frame first, so the list head is the outer one.
  static TpTraceFrame inner = {&fn, 3, nullptr, nullptr};
  static TpTraceFrame outer = {&mod, 7, nullptr, &inner};
  be->traceback = &outer;
  char* buf = nullptr;
  size_t size = 0;
  FILE* out = open_memstream(&buf, &size);
  tp::printException(e, out);
  fclose(out);
  EXPECT_EQ(std::string(buf, size),
            "Traceback (most recent call last):\n"
            "  File \"/nonexistent/prog.py\", line 7, in <module>\n"
            "  File \"/nonexistent/prog.py\", line 3, in divide\n"
            "ZeroDivisionError: division by zero\n");
  free(buf);
}

TEST_F(RuntimeCore, GlobalsAndImports) {
  TpValue g = tp_module_new("__main__", "t.py");
  EXPECT_EQ(Str(tp_global_load(g, S("__name__"))), "__main__");
  EXPECT_EQ(Raises([&] { tp_global_load(g, S("undefined_name")); }),
            "NameError: name 'undefined_name' is not defined");
  tp_global_store(g, S("x"), Int(3));
  EXPECT_EQ(tp_global_load(g, S("x")), Int(3));
  tp_global_del(g, S("x"));
  EXPECT_EQ(Raises([&] { tp_global_del(g, S("x")); }), "NameError: name 'x' is not defined");
  TpValue sys = tp_import("sys");
  EXPECT_TRUE(tp_is_list(tp_getattr(sys, S("argv"))));
  EXPECT_EQ(Raises([] { tp_import("nosuchmodule"); }), "ModuleNotFoundError: No module named 'nosuchmodule'");
  TpValue typing = tp_import("typing");
  TpValue list_t = tp_import_from(typing, S("List"));
  TpValue list_int = tp_getitem(list_t, tp_from_object(&tp_int_type));
  EXPECT_EQ(std::string(tp_str_view(tp_repr(list_int))), "typing.List[int]");
  EXPECT_EQ(Raises([&] { tp_import_from(typing, S("Nope")); }),
            "ImportError: cannot import name 'Nope' from 'typing' (unknown location)");
  TpValue exit_fn = tp_getattr(sys, S("exit"));
  EXPECT_EQ(Raises([&] { Call(exit_fn, {Int(3)}, TP_NULL); }), "SystemExit: 3");
}

TEST_F(RuntimeCore, DescriptorsAndSuper) {
  // class A: def __repr__(self): return "P(" + str(self.x) + ")"; class B(A) with super().
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__init__", tp_func_new(&kInfoInit, TP_NONE, TP_NONE, TP_NONE));
  TpValue A = MakeClass("A", {}, ns);
  TpValue B = MakeClass("B", {A});
  TpValue b = Call(B, {Int(4)}, TP_NULL);
  EXPECT_EQ(tp_getattr(b, S("x")), Int(4));
  TpValue sup = tp_super(B, b);
  TpValue init = tp_getattr(sup, S("__init__"));
  Call(init, {Int(9)}, TP_NULL);
  EXPECT_EQ(tp_getattr(b, S("x")), Int(9));
  // A property whose getter is the compiled __repr__ stand-in.
  TpValue prop = Call(tp_from_object(&tp_property_type), {tp_func_new(&kInfoRepr, TP_NONE, TP_NONE, TP_NONE)});
  tp_setattr(A, prop, S("shown"));
  EXPECT_EQ(Str(tp_getattr(b, S("shown"))), "P(9)");
  EXPECT_EQ(Raises([&] { tp_setattr(b, Int(1), S("shown")); }),
            "AttributeError: property of 'B' object has no setter");
  // staticmethod / classmethod
  TpValue f = tp_func_new(&kInfoF, TP_NONE, TP_NONE, TP_NONE);
  tp_setattr(A, tp_call(tp_from_object(&tp_staticmethod_type), &f, 1, TP_NULL), S("st"));
  tp_setattr(A, tp_call(tp_from_object(&tp_classmethod_type), &f, 1, TP_NULL), S("cm"));
  EXPECT_EQ(Repr(Call(tp_getattr(b, S("st")), {Int(1), Int(2)})), "(1, 2)");
  TpValue r = Call(tp_getattr(b, S("cm")), {Int(1)});
  EXPECT_EQ(tp_tuple_get(r, 0), B);
}

}  // namespace
