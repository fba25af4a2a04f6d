// The first type inference pass (docs/decisions/0008-first-inference.md).
// It answers three questions for irgen, never changing what a program means:
//   - which expression shapes have a provable unboxed type (the rules below,
//     shared with irgen so that both agree: int op int -> int, ...);
//   - which module-level names are provably never rebound (builtins such as
//     `range` and `len`, module functions that calls may reach directly);
//   - a first guess of each local variable's type in a function, by a
//     fixpoint over its assignments, seeded by int/float/bool annotations of
//     the parameters of a typed clone. The guess is only a guess: irgen
//     demotes a variable to `object` (and regenerates the function) as soon as
//     a join sees values of another type, so a wrong guess costs speed, never
//     correctness.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/sema/scopes.h"

namespace taipan::types {

// The lattice of this first pass: Never < {Int, Float, Bool, None, Str} < Object,
// plus FloatObj. Int is the Python int (never a bool), Float an f64, Bool an
// i1. FloatObj is "any value, floats kept unboxed": a join of Float with
// anything else, and float arithmetic with an operand of unknown type. It can
// hold every value, so choosing it is only ever a speed decision.
// List is an exact `list` object (its items are unknown objects): the type of
// an object never changes, so item access can skip the type test. Str is an
// exact `str` (never a subclass instance): constants, chr(), str arithmetic,
// indexing, slicing and iteration of exact strs, the results of str's own
// methods, and annotated parameters of typed clones after their entry test;
// str()/repr()/format() results are objects (a __str__ may return a subclass).
enum class Ty : uint8_t { Never, Int, Float, Bool, None, Str, Object, FloatObj, List };

std::string_view tyName(Ty t);
Ty join(Ty a, Ty b);
// Types a local variable may have across joins: None collapses to Object.
Ty varType(Ty t);

// ---- expression rules (irgen emits exactly these) ----
Ty constantType(const ast::Constant& c);
// `l op r`; Object when the operation takes the dynamic path.
Ty binopResult(Ty l, ast::BinOpKind op, Ty r);
Ty unaryResult(ast::UnaryOpKind op, Ty t);
// One comparison `l op r` (a chain joins these).
Ty compareResult(Ty l, ast::CmpOpKind op, Ty r);
// Result of calling the real builtin `name` (when proven unrebound).
Ty builtinResult(std::string_view name);
// The result of calling method `name` of an exact str positionally (Object
// when unknown): lower/strip/replace/... give exact strs, split a list,
// startswith/isdigit/... a bool, find/count/index an int.
Ty strMethodResult(std::string_view name);
// int/float/bool/str/list for those annotation names, else Object. Only used to seed
// typed clones: a caller still has to prove the argument types.
Ty annotationType(const ast::Expr* annotation);

// A compile-time nonzero int step (1, -1, 2, ...) of a range() call, or 0:
// `for x in range(a, b, step)` is a counted loop only with such a step.
int64_t constantStep(const ast::Expr* e);

// ---- module facts ----
struct ModuleFacts {
  // Names bound at module level (assigned, def'd, imported, deleted, or
  // declared `global` and assigned anywhere), with how many binding sites.
  std::unordered_map<std::string, int> bindings;
  bool has_star_import = false;
  bool uses_dynamic_namespace = false;  // globals()/vars()/exec/eval/__dict__ tricks: trust nothing
  // Attribute names stored or deleted anywhere (`x.name = ...`), and whether
  // attributes may be set by name (setattr/delattr/__dict__/vars).
  std::unordered_set<std::string> stored_attrs;
  bool dynamic_attrs = false;
  // Attribute names whose stores look like floats (`self.x = x` with `x:
  // float`, a float constant or float arithmetic): loads of them are read
  // as FloatObj. Only a speed hint.
  std::unordered_set<std::string> float_attrs;
  // Attribute names every store of which in the module gives an int, an
  // exact str or a bool (`self.pos = 0`, `self.pos += 1`, `self.text = text`
  // with `text: str`, `self.n = len(text)`), joined over all stores. Methods
  // speculate that `self.name` holds that type, and test it where they load
  // it (irgen/spec.cpp, decision 0056): only a speed hint.
  std::unordered_map<std::string, Ty> attr_types;

  // True when `module.attr` can never have been rebound by the program.
  bool attrNeverStored(std::string_view attr) const {
    return !dynamic_attrs && !uses_dynamic_namespace && !stored_attrs.count(std::string(attr));
  }

  // True when `name` resolves to the builtin everywhere in the module.
  bool isBuiltin(std::string_view name) const;
  // True for the name of a builtin, whether or not the module rebinds it.
  static bool isBuiltinName(std::string_view name);
  // True when the module-level name is bound exactly once, by the given
  // top-level def statement.
  bool boundOnlyBy(std::string_view name) const;
};

ModuleFacts analyzeModule(const ast::Module& module, const sema::ScopeTree& scopes);

// Names in a function that likely hold lists of floats: parameters annotated
// `list[float]`/`List[float]`, and locals assigned `[<float>] * n` or a list
// display of floats. A speed hint only: items read from them are FloatObj.
std::unordered_set<std::string> floatListNames(const ast::Arguments* args, const ast::StmtList& body);

// Names in a function that likely hold lists of ints, bools or exact strs,
// with that item type: parameters annotated `list[T]`/`List[T]`, and locals
// every plain assignment of which is `[c] * n`, a display of such constants
// or `list(range(...))` (int). A name bound any other way that is not a
// plain assignment of a list keeps its guess; two guesses that differ drop
// it. Only a speed hint: the speculative copy of a function tests every item
// it reads as one (irgen/spec.cpp, decision 0081).
std::unordered_map<std::string, Ty> itemListTypes(const ast::Arguments* args, const ast::StmtList& body);

// Per-function guesses.
struct FunctionTypes {
  std::unordered_map<std::string, Ty> locals;  // SSA-able locals of the function's own scope
  Ty result = Ty::Object;
};

// Looks up the (guessed) result type of a direct call to a module function by
// name, or Never when unknown yet / not direct.
using CallResultFn = Ty (*)(const void* ctx, std::string_view callee, const std::vector<Ty>& args);

// The (guessed) result type of a method call `x.<method>(<nargs> arguments)`
// on a receiver of unknown type: Object unless every def the call may reach
// directly gives a float, when the site's result is a floatobj either way.
using MethodResultFn = Ty (*)(const void* ctx, std::string_view method, size_t nargs);

// Guesses the local types of a function body. `params` seeds parameter types
// (absent = Object). `call_result` gives the result of calls to names (used
// for recursive module functions); may be null.
// `self_attrs`, when given, types the loads `self_name.attr` (the guesses of
// a method's speculative copy, decision 0056); `item_types` types the item
// loads `name[i]` of a list variable with an int key (decision 0081).
FunctionTypes inferFunction(const ast::StmtList& body, const sema::Scope& scope, const ModuleFacts& facts,
                            const std::unordered_map<std::string, Ty>& params, CallResultFn call_result,
                            const void* ctx, const std::unordered_map<std::string, Ty>* self_attrs = nullptr,
                            std::string_view self_name = {}, MethodResultFn method_result = nullptr,
                            const std::unordered_map<std::string, Ty>* item_types = nullptr);

}  // namespace taipan::types
