// The --explain-types analysis (explain_types.h). A dynamic operation (a
// `py.*` op, a global load) is where the cost of a fallback is paid; its
// `object` operands are traced back, through representation changes, to the
// value that inference could not type: a parameter, a variable merged at a
// join, an attribute or item read, a call result, a global. Each such root
// is reported once, at its line, with the reason. Boxed typed values are not
// fallbacks (they are typed values handed to a dynamic operation whose other
// operand is the fallback), and the results of dynamic operations are
// consequences of their operands, not roots of their own.
#include "compiler/passes/explain_types.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace taipan::passes {

namespace {

using namespace ir;

bool isDynamicOp(Op op) {
  switch (op) {
    case Op::PyBinOp:
    case Op::PyUnaryOp:
    case Op::PyCompare:
    case Op::PyTruth:
    case Op::PyGetAttr:
    case Op::PyGetAttrFo:
    case Op::PySetAttr:
    case Op::PyDelAttr:
    case Op::PyGetItem:
    case Op::PyGetItemSlice:
    case Op::PySetItem:
    case Op::PyDelItem:
    case Op::PyCall:
    case Op::PyCallEx:
    case Op::PyIter:
    case Op::PyUnpack:
    case Op::PyGetSlice:
      return true;
    default:
      return false;
  }
}

// The operands whose dynamic type makes the operation dynamic.
std::vector<size_t> blamedOperands(const Inst& inst) {
  switch (inst.op) {
    case Op::PyBinOp:
    case Op::PyCompare:
      return {0, 1};
    case Op::PyCall:
    case Op::PyCallEx:
    case Op::PyUnaryOp:
    case Op::PyTruth:
    case Op::PyGetAttr:
    case Op::PyGetAttrFo:
    case Op::PySetAttr:
    case Op::PyDelAttr:
    case Op::PyGetItem:
    case Op::PyGetItemSlice:
    case Op::PySetItem:
    case Op::PyDelItem:
    case Op::PyIter:
    case Op::PyUnpack:
    case Op::PyGetSlice:
      return {0};
    default:
      return {};
  }
}

std::string opLabel(const Inst& inst) {
  std::string s(opInfo(inst.op).text);
  switch (inst.op) {
    case Op::PyBinOp:
      if (const char* n = binOpName(inst.imm.i)) s += std::string(" ") + n;
      break;
    case Op::PyUnaryOp:
      if (const char* n = unaryOpName(inst.imm.i)) s += std::string(" ") + n;
      break;
    case Op::PyCompare:
      if (const char* n = cmpName(inst.imm.i)) s += std::string(" ") + n;
      break;
    case Op::PyGetAttr:
    case Op::PyGetAttrFo:
    case Op::PySetAttr:
    case Op::PyDelAttr:
      s += " '" + inst.imm.text + "'";
      break;
    default:
      break;
  }
  return s;
}

class Analysis {
 public:
  Analysis(const Module& m, const Function& f, TypeReport& out) : m_(m), f_(f), out_(out) {}

  void run() {
    users_.assign(f_.values.size(), {});
    for (const Block& b : f_.blocks)
      for (InstId iid : b.insts)
        for (ValueId v : f_.inst(iid).operands)
          if (v.valid()) users_[v.index].push_back(iid);
    for (const Block& b : f_.blocks) {
      // The generic copy of a speculating method (decision 0056) runs only
      // after a failed check; its work is not the typed path's.
      if (b.twins) continue;
      for (InstId iid : b.insts) {
        const Inst& inst = f_.inst(iid);
        if (!isDynamicOp(inst.op) || onlyForAnnotations(inst)) continue;
        LineWork& lw = out_.lines[inst.line];
        lw.dynamic_ops++;
        std::string label = opLabel(inst);
        if (std::find(lw.ops.begin(), lw.ops.end(), label) == lw.ops.end()) lw.ops.push_back(label);
        if (inlineBuiltinCall(inst)) continue;
        for (size_t k : blamedOperands(inst))
          if (k < inst.operands.size()) blame(inst.operands[k], inst.line, 0);
      }
    }
  }

 private:
  TypeKind kind(ValueId v) const { return m_.types[f_.value(v).type].kind; }

  // A call of a builtin with an inline path (ir::builtinCallEntry): not
  // dynamic work that inference could have avoided.
  bool inlineBuiltinCall(const Inst& inst) const {
    if (inst.op != Op::PyCall || !inst.imm.text.empty() || inst.operands.empty()) return false;
    const std::string* name = builtinLoadName(f_, inst.operands[0]);
    return name && builtinCallEntry(*name, inst.operands.size() - 1) != nullptr;
  }

  // An annotation evaluated when a def runs (`List[Body]` in the dict that
  // becomes the function's __annotations__): not the program's work.
  bool onlyForAnnotations(const Inst& inst) const {
    if (!inst.result.valid() || users_[inst.result.index].empty()) return false;
    for (InstId u : users_[inst.result.index]) {
      const Inst& ui = f_.inst(u);
      if (ui.op == Op::PyGetItem || ui.op == Op::PyBinOp) {  // Dict[str, List[int]], int | None
        if (!onlyForAnnotations(ui)) return false;
        continue;
      }
      if (ui.op == Op::TupleNew) {  // the subscript of Dict[K, V]
        if (!onlyForAnnotations(ui)) return false;
        continue;
      }
      if (ui.op != Op::DictNew || !ui.result.valid()) return false;
      for (InstId d : users_[ui.result.index]) {
        const Inst& di = f_.inst(d);
        if (di.op != Op::PySetAttr || di.imm.text != "__annotations__") return false;
      }
    }
    return true;
  }

  // Follows representation changes back to the value they re-type.
  ValueId strip(ValueId v) const {
    for (int guard = 0; guard < 64; ++guard) {
      const ValueInfo& vi = f_.value(v);
      if (!vi.inst.valid()) return v;
      const Inst& def = f_.inst(vi.inst);
      if ((def.op == Op::Cast || def.op == Op::Box) && !def.operands.empty()) {
        v = def.operands[0];
        continue;
      }
      return v;
    }
    return v;
  }

  void report(ValueId v, uint32_t line, std::string what, std::string reason) {
    if (!reported_.insert(v.index).second) return;
    out_.fallbacks.push_back(TypeFallback{line, f_.qualname, std::move(what), std::move(reason)});
  }

  std::string paramName(ValueId v) const {
    for (size_t i = 0; i < f_.params.size(); ++i)
      if (f_.params[i] == v && i < f_.sig.params.size()) return f_.sig.params[i];
    return f_.value(v).name;
  }

  // The callee's name for messages ("'f'", "builtin 'len'", "method '.append'").
  std::string calleeName(ValueId callee, std::string* reason) const {
    ValueId c = strip(callee);
    const ValueInfo& vi = f_.value(c);
    if (!vi.inst.valid()) {
      *reason = "a call of a value whose type is unknown returns object";
      return "a call of '" + (vi.name.empty() ? std::string("?") : vi.name) + "'";
    }
    const Inst& def = f_.inst(vi.inst);
    switch (def.op) {
      case Op::GlobalLoad:
        *reason = "a call through the global '" + def.imm.text + "' is dynamic and its result is object";
        return "the result of '" + def.imm.text + "()'";
      case Op::BuiltinLoad:
        *reason = "the result type of the builtin '" + def.imm.text + "' is not modelled here";
        return "the result of '" + def.imm.text + "()'";
      case Op::PyGetAttr:
        *reason = "method calls on values of unknown type are dynamic and return object";
        return "the result of '." + def.imm.text + "()'";
      case Op::CellGet:
        *reason = "a call through a closure variable is dynamic and returns object";
        return "the result of a call of '" + vi.name + "'";
      default:
        *reason = "the callee is not a known function";
        return "the result of a call";
    }
  }

  // Reports the root of an `object` value used by a dynamic operation.
  void blame(ValueId v0, uint32_t use_line, int depth) {
    if (depth > 8) return;
    ValueId v = strip(v0);
    TypeKind k = kind(v);
    // A typed value boxed for the operation is not a fallback, and floatobj
    // keeps its float unboxed.
    if (k != TypeKind::Object) return;
    const ValueInfo& vi = f_.value(v);
    if (!vi.inst.valid()) {
      if (vi.block == f_.entry()) {
        std::string name = paramName(v);
        if (name == "self" || name == "cls")
          report(v, f_.line, "parameter '" + name + "'", "the receiver of a method is not typed");
        else
          report(v, f_.line, "parameter '" + name + "'",
                 "only parameters annotated int, float or bool of a top-level function or method with a typed clone "
                 "are unboxed");
        return;
      }
      blameJoin(v, use_line, depth);
      return;
    }
    const Inst& def = f_.inst(vi.inst);
    switch (def.op) {
      case Op::PyGetAttr:
        report(v, def.line, "attribute '." + def.imm.text + "'",
               "only int, str, bool and list attributes of `self` are typed (in plain methods, where a "
               "statement reads them before anything that could run user code); the value is object");
        return;
      case Op::PyGetItem:
        report(v, def.line, "an item read by subscript", "the element type of the container is not tracked");
        return;
      case Op::ListGetItem:
        report(v, def.line, "an item of a list",
               "items are typed only where a statement computes with an item of a list variable likely to hold "
               "ints, bools or strs (a list[int] annotation, [0] * n); the value is object");
        return;
      // Containers built here: exact values; the operation using them is
      // dynamic for its own reasons.
      case Op::TupleNew:
      case Op::ListNew:
      case Op::DictNew:
      case Op::SetNew:
      case Op::ConstStr:
        return;
      case Op::PyNext:
        report(v, def.line, vi.name.empty() ? "an item of an iteration" : "loop variable '" + vi.name + "'",
               "the element type of the iterable is not tracked");
        return;
      case Op::PyUnpack:
      case Op::TupleGet:
        report(v, def.line, "an unpacked item", "the element types of the unpacked value are not tracked");
        return;
      case Op::PyCall:
      case Op::PyCallEx: {
        std::string reason;
        std::string what = def.operands.empty() ? "the result of a call" : calleeName(def.operands[0], &reason);
        report(v, def.line, what, reason);
        return;
      }
      case Op::CallDirect: {
        const Function& callee = m_.func(def.imm.func);
        report(v, def.line, "the result of '" + callee.qualname + "()'",
               "its inferred return type is object (only int, float and bool results are unboxed)");
        return;
      }
      case Op::GlobalLoad:
        report(v, def.line, "global '" + def.imm.text + "'",
               "module globals are object (a global may be rebound at any time)");
        return;
      case Op::BuiltinLoad:
        report(v, def.line, "builtin '" + def.imm.text + "'",
               "a call of this builtin goes through the generic call path");
        return;
      case Op::CellGet:
        report(v, def.line, "closure variable '" + vi.name + "'", "variables shared with a closure are object");
        return;
      case Op::Import:
      case Op::ImportFrom:
        report(v, def.line, "module '" + def.imm.text + "'", "module attributes are looked up at run time");
        return;
      case Op::FuncArg:
        report(v, def.line, "an argument", "arguments of closures and generators are object");
        return;
      // Results of dynamic operations: their operands are the roots.
      case Op::PyBinOp:
      case Op::PyUnaryOp:
      case Op::PyCompare:
      case Op::PyGetSlice:
      case Op::PyGetItemSlice:
      case Op::PyIter:
      case Op::ExcCurrent:
        return;
      // Definitions being built (annotations set on a new function, a class
      // body's namespace): machinery, not user values.
      case Op::FuncNew:
      case Op::ClassNew:
      case Op::ClassPrepare:
      case Op::ClassBuild:
        return;
      default:
        report(v, def.line, "the result of " + std::string(opInfo(def.op).text), "this operation's result is object");
        return;
    }
  }

  // A variable merged at a join: which assignments make it object.
  void blameJoin(ValueId v, uint32_t use_line, int depth) {
    const ValueInfo& vi = f_.value(v);
    const Block& b = f_.block(vi.block);
    size_t index = std::find(b.args.begin(), b.args.end(), v) - b.args.begin();
    std::set<std::string> kinds;
    uint32_t line = 0;
    std::vector<std::pair<ValueId, uint32_t>> object_inputs;
    for (const Block& pb : f_.blocks) {
      if (pb.insts.empty()) continue;
      const Inst& term = f_.inst(pb.insts.back());
      for (const Successor& s : term.succs) {
        if (s.block != vi.block || index >= s.args.size()) continue;
        ValueId in = strip(s.args[index]);
        if (in == v) continue;
        kinds.insert(m_.types.print(f_.value(in).type));
        if (kind(in) == TypeKind::Object) {
          const ValueInfo& ii = f_.value(in);
          uint32_t at = ii.inst.valid() && f_.inst(ii.inst).line ? f_.inst(ii.inst).line : term.line;
          object_inputs.push_back({in, at});
        }
        if (!line || (term.line && term.line < line)) line = term.line;
      }
    }
    if (!line) line = use_line;
    std::string what = vi.name.empty() ? "a value merged from several branches" : "variable '" + vi.name + "'";
    if (!reported_.count(v.index)) {
      if (kinds.size() > 1 && object_inputs.size() < kinds.size()) {
        if (!object_inputs.empty()) line = object_inputs.front().second;
        std::string list;
        for (const std::string& k : kinds) list += (list.empty() ? "" : ", ") + k;
        report(v, line, what, "it is assigned values of different types (" + list + ")");
      } else if (object_inputs.empty()) {
        report(v, line, what, "it may be unbound here, or inference gave up on it");
      } else {
        reported_.insert(v.index);  // its inputs are the roots
        for (auto& [in, l] : object_inputs) blame(in, l, depth + 1);
      }
    }
  }

  const Module& m_;
  const Function& f_;
  TypeReport& out_;
  std::set<int32_t> reported_;
  std::vector<std::vector<InstId>> users_;
};

}  // namespace

TypeReport explainTypes(const ir::Module& module) {
  TypeReport report;
  // A generic function with a typed clone is reported through its clone.
  std::vector<bool> cloned = ir::genericsWithClones(module);
  for (size_t i = 0; i < module.functions.size(); ++i) {
    const Function& f = module.functions[i];
    if (cloned[i]) continue;
    Analysis(module, f, report).run();
  }
  std::stable_sort(report.fallbacks.begin(), report.fallbacks.end(),
                   [](const TypeFallback& a, const TypeFallback& b) { return a.line < b.line; });
  auto same = [](const TypeFallback& a, const TypeFallback& b) {
    return std::tie(a.line, a.function, a.what, a.reason) == std::tie(b.line, b.function, b.what, b.reason);
  };
  report.fallbacks.erase(std::unique(report.fallbacks.begin(), report.fallbacks.end(), same), report.fallbacks.end());
  return report;
}

}  // namespace taipan::passes
