// The IR's tables and type store: opInfo() built from ops.def, op and
// operator-code spellings for the text form, and TypeStore interning and
// printing. Everything else about the IR lives in builder/printer/parser/
// verifier.
#include "compiler/ir/ir.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include "compiler/base/check.h"

namespace taipan::ir {

namespace {

constexpr OpInfo kOpInfos[] = {
#define TP_OP(Name, Text, Operands, Result, Flags, RuntimeFn) \
  {Text, Operands, ResultRule::Result, static_cast<uint8_t>(Flags), RuntimeFn},
#include "compiler/ir/ops.def"
};
static_assert(sizeof(kOpInfos) / sizeof(kOpInfos[0]) == kNumOps);

constexpr const char* kBinOpNames[] = {"add", "sub",    "mul",    "matmul", "truediv", "floordiv", "mod",
                                       "pow", "lshift", "rshift", "or",     "xor",     "and"};
constexpr const char* kUnaryOpNames[] = {"neg", "pos", "invert", "not"};
constexpr const char* kCmpNames[] = {"lt", "le", "eq", "ne", "gt", "ge", "is", "is_not", "in", "not_in"};

template <size_t N>
const char* nameOf(const char* const (&names)[N], int64_t kind) {
  return kind >= 0 && kind < static_cast<int64_t>(N) ? names[kind] : nullptr;
}

template <size_t N>
bool parseName(const char* const (&names)[N], std::string_view text, int64_t& out) {
  for (size_t i = 0; i < N; ++i) {
    if (text == names[i]) {
      out = static_cast<int64_t>(i);
      return true;
    }
  }
  return false;
}

// A key that identifies a type structurally; params are already interned, so
// their indices suffice.
std::string internKey(TypeKind kind, const std::vector<TypeId>& params, const std::string& name, bool variadic) {
  std::string key;
  key += static_cast<char>('A' + static_cast<int>(kind));
  key += variadic ? '*' : '-';
  for (TypeId p : params) {
    key += std::to_string(p.index);
    key += ',';
  }
  key += '|';
  key += name;
  return key;
}

}  // namespace

const OpInfo& opInfo(Op op) {
  auto i = static_cast<size_t>(op);
  TP_CHECK(i < static_cast<size_t>(kNumOps), "bad op");
  return kOpInfos[i];
}

bool parseOpName(std::string_view text, Op& out) {
  for (int i = 0; i < kNumOps; ++i) {
    if (kOpInfos[i].text == text) {
      out = static_cast<Op>(i);
      return true;
    }
  }
  return false;
}

const char* binOpName(int64_t kind) { return nameOf(kBinOpNames, kind); }
const char* unaryOpName(int64_t kind) { return nameOf(kUnaryOpNames, kind); }
const char* cmpName(int64_t kind) { return nameOf(kCmpNames, kind); }
bool parseBinOpName(std::string_view text, int64_t& out) { return parseName(kBinOpNames, text, out); }
bool parseUnaryOpName(std::string_view text, int64_t& out) { return parseName(kUnaryOpNames, text, out); }
bool parseCmpName(std::string_view text, int64_t& out) { return parseName(kCmpNames, text, out); }

TypeStore::TypeStore() {
  object_ = get(TypeKind::Object);
  int_ = get(TypeKind::Int);
  float_ = get(TypeKind::Float);
  floatobj_ = get(TypeKind::FloatObj);
  bool_ = get(TypeKind::Bool);
  none_ = get(TypeKind::None);
  str_ = get(TypeKind::Str);
  i64_ = get(TypeKind::I64);
  void_ = get(TypeKind::Void);
}

TypeId TypeStore::get(TypeKind kind, std::vector<TypeId> params, std::string name, bool variadic) {
  std::string key = internKey(kind, params, name, variadic);
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  for (TypeId p : params) TP_CHECK(p.valid() && static_cast<size_t>(p.index) < types_.size(), "bad type param");
  TypeId id(static_cast<int32_t>(types_.size()));
  types_.push_back(Type{kind, std::move(params), std::move(name), variadic});
  index_.emplace(std::move(key), id);
  return id;
}

bool TypeStore::isWord(TypeId id) const {
  switch (types_[id.index].kind) {
    case TypeKind::Float:
    case TypeKind::FloatObj:
    case TypeKind::Bool:
    case TypeKind::I64:
    case TypeKind::Void:
      return false;
    default:
      return true;
  }
}

namespace {
bool isPlainName(const std::string& s) {
  if (s.empty()) return false;
  for (unsigned char c : s) {
    if (!(std::isalnum(c) || c == '_' || c == '.' || c >= 0x80)) return false;
  }
  return !std::isdigit(static_cast<unsigned char>(s[0]));
}
}  // namespace

std::string TypeStore::print(TypeId id) const {
  if (!id.valid() || static_cast<size_t>(id.index) >= types_.size()) return "<invalid>";
  const Type& t = types_[id.index];
  auto withParams = [&](const char* base) {
    std::string s = base;
    if (t.params.empty() && !t.variadic) return s;  // unparameterised: elements unknown
    s += '[';
    for (size_t i = 0; i < t.params.size(); ++i) {
      if (i) s += ", ";
      s += print(t.params[i]);
    }
    if (t.kind == TypeKind::Tuple && t.variadic) s += t.params.empty() ? "..." : ", ...";
    s += ']';
    return s;
  };
  switch (t.kind) {
    case TypeKind::Object:
      return "object";
    case TypeKind::Int:
      return "int";
    case TypeKind::Float:
      return "float";
    case TypeKind::FloatObj:
      return "floatobj";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::None:
      return "none";
    case TypeKind::Str:
      return "str";
    case TypeKind::Bytes:
      return "bytes";
    case TypeKind::List:
      return withParams("list");
    case TypeKind::Tuple:
      return withParams("tuple");
    case TypeKind::Dict:
      return withParams("dict");
    case TypeKind::Set:
      return withParams("set");
    case TypeKind::Class: {
      if (isPlainName(t.name)) return "class " + t.name;
      // Quote names the type parser could not read back ("f.<locals>.C").
      std::string s = "class \"";
      for (char c : t.name) {
        if (c == '"' || c == '\\') s += '\\';
        s += c;
      }
      return s + "\"";
    }
    case TypeKind::Func:
      return "func";
    case TypeKind::Cell:
      return "cell";
    case TypeKind::I64:
      return "i64";
    case TypeKind::Void:
      return "void";
  }
  return "<invalid>";
}

bool isGenericBody(const Function& f) {
  const std::string& s = f.symbol;
  return s.size() > 8 && s.compare(s.size() - 8, 8, "$generic") == 0;
}

std::vector<bool> genericsWithClones(const Module& m) {
  auto rest = [](const std::string& symbol) {
    size_t d = symbol.find('$', symbol.find('$') + 1);
    return d == std::string::npos ? symbol : symbol.substr(d + 1);
  };
  std::set<std::tuple<std::string, uint32_t, std::string>> all;
  for (const Function& f : m.functions) all.insert({f.qualname, f.line, rest(f.symbol)});
  std::vector<bool> out(m.functions.size(), false);
  for (size_t i = 0; i < m.functions.size(); ++i) {
    const Function& f = m.functions[i];
    std::string base = rest(f.symbol);
    if (base.size() > 8 && base.compare(base.size() - 8, 8, "$generic") == 0) base.resize(base.size() - 8);
    out[i] = all.count({f.qualname, f.line, base + "$typed"}) > 0;
  }
  return out;
}

namespace {
// The blocks of `f` that lie on a cycle of its control flow (normal and
// exception edges): the blocks of a loop, which may run more than once per
// call. Tarjan's strongly connected components, iteratively.
std::vector<bool> blocksInCycles(const Function& f) {
  size_t n = f.blocks.size();
  std::vector<std::vector<int32_t>> succ(n);
  for (size_t b = 0; b < n; ++b)
    for (InstId iid : f.blocks[b].insts) {
      const Inst& inst = f.inst(iid);
      for (const Successor& s : inst.succs) succ[b].push_back(s.block.index);
      if (inst.unwind.valid()) succ[b].push_back(inst.unwind.index);
    }
  std::vector<bool> cyclic(n, false);
  std::vector<int32_t> index(n, -1), low(n, 0);
  std::vector<bool> on_stack(n, false);
  std::vector<int32_t> stack;
  int32_t counter = 0;
  for (size_t root = 0; root < n; ++root) {
    if (index[root] >= 0) continue;
    std::vector<std::pair<int32_t, size_t>> work{{static_cast<int32_t>(root), 0}};
    index[root] = low[root] = counter++;
    stack.push_back(static_cast<int32_t>(root));
    on_stack[root] = true;
    while (!work.empty()) {
      auto& [v, k] = work.back();
      if (k < succ[v].size()) {
        int32_t w = succ[v][k++];
        if (w == v) cyclic[v] = true;  // a self-loop
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = true;
          work.push_back({w, 0});
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      int32_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
      if (low[done] == index[done]) {
        std::vector<int32_t> scc;
        int32_t w;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          scc.push_back(w);
        } while (w != done);
        if (scc.size() > 1)
          for (int32_t x : scc) cyclic[x] = true;
      }
    }
  }
  return cyclic;
}
}  // namespace

std::vector<bool> runOnceFunctions(const Module& m) {
  size_t nf = m.functions.size();
  std::vector<bool> once(nf, false);
  if (m.name != "__main__" || !m.init.valid()) return once;
  // Names bound by exactly one global.store, in the module's top-level code,
  // of a func.new: the def's generic entry.
  std::map<std::string, int> stores;
  std::map<std::string, int32_t> entry_of;
  for (const Function& f : m.functions)
    for (const Inst& inst : f.insts) {
      if (inst.op == Op::GlobalStore || inst.op == Op::GlobalDel) ++stores[inst.imm.text];
      // globals() and vars() can reach any function by name.
      if (inst.op == Op::BuiltinLoad && (inst.imm.text == "globals" || inst.imm.text == "vars")) return once;
    }
  const Function& init = m.func(m.init);
  for (const Inst& inst : init.insts)
    if (inst.op == Op::GlobalStore && stores[inst.imm.text] == 1 && !inst.operands.empty()) {
      const ValueInfo& v = init.value(inst.operands[0]);
      if (v.inst.valid() && init.inst(v.inst).op == Op::FuncNew)
        entry_of[inst.imm.text] = init.inst(v.inst).imm.func.index;
    }
  // A def's group: its entry and the functions with its qualname and line
  // (the typed clone and the generic body); a nested def has another qualname.
  std::vector<int32_t> group(nf, -1);
  std::map<std::pair<std::string, uint32_t>, int32_t> by_def;
  std::vector<std::string> group_name;
  for (const auto& [name, fi] : entry_of) {
    const Function& f = m.functions[fi];
    if (f.qualname != name) continue;
    by_def[{f.qualname, f.line}] = static_cast<int32_t>(group_name.size());
    group_name.push_back(name);
  }
  std::map<std::string, int32_t> group_of_name;
  for (size_t g = 0; g < group_name.size(); ++g) group_of_name[group_name[g]] = static_cast<int32_t>(g);
  for (size_t i = 0; i < nf; ++i) {
    const Function& f = m.functions[i];
    if (static_cast<int32_t>(i) == m.init.index) continue;
    auto it = by_def.find({f.qualname, f.line});
    if (it != by_def.end()) group[i] = it->second;
  }
  // The sites that may call each group: (calling function, on a cycle).
  size_t ng = group_name.size();
  std::vector<std::vector<std::pair<int32_t, bool>>> sites(ng);
  std::vector<bool> escapes(ng, false);
  for (size_t i = 0; i < nf; ++i) {
    const Function& f = m.functions[i];
    std::vector<bool> cyclic;
    std::vector<int32_t> block_of(f.insts.size(), -1);
    for (size_t b = 0; b < f.blocks.size(); ++b)
      for (InstId iid : f.blocks[b].insts) block_of[iid.index] = static_cast<int32_t>(b);
    // The values that are a group's function, loaded by name.
    std::map<int32_t, int32_t> loaded;  // value index -> group
    for (size_t k = 0; k < f.insts.size(); ++k) {
      const Inst& inst = f.insts[k];
      int32_t g = -1;
      if (inst.op == Op::GlobalLoad || inst.op == Op::GlobalStore || inst.op == Op::GlobalDel) {
        auto it = group_of_name.find(inst.imm.text);
        if (it == group_of_name.end()) continue;
        g = it->second;
        if (inst.op == Op::GlobalLoad && inst.result.valid()) loaded[inst.result.index] = g;
      } else if (inst.op == Op::CallDirect || inst.op == Op::FuncNew || inst.op == Op::CtorNew ||
                 inst.op == Op::MethodIs) {
        if (!inst.imm.func.valid()) continue;
        g = group[inst.imm.func.index];
        // The def itself, or an entry's hand-over to its clone or body.
        if (g < 0 || inst.op == Op::FuncNew || (group[i] == g && inst.imm.i == 1)) continue;
        if (inst.op == Op::CtorNew || inst.op == Op::MethodIs) {
          escapes[g] = true;
          continue;
        }
      } else {
        continue;
      }
      if (inst.op == Op::GlobalStore || inst.op == Op::GlobalDel) continue;  // the def's own store
      if (block_of[k] < 0) continue;                                         // not placed: dead
      if (cyclic.empty()) cyclic = blocksInCycles(f);
      sites[g].push_back({static_cast<int32_t>(i), cyclic[block_of[k]]});
    }
    // A loaded function used other than as a callee may be called from anywhere.
    for (const Inst& inst : f.insts)
      for (size_t k = 0; k < inst.operands.size(); ++k)
        if (auto it = loaded.find(inst.operands[k].index); it != loaded.end())
          if (!(inst.op == Op::PyCall && k == 0)) escapes[it->second] = true;
  }
  // The least fixed point: a group runs once when every site is outside a
  // loop of the top-level code or of a group that runs once.
  std::vector<bool> group_once(ng, false);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t g = 0; g < ng; ++g) {
      if (group_once[g] || escapes[g]) continue;
      bool ok = std::all_of(sites[g].begin(), sites[g].end(), [&](const std::pair<int32_t, bool>& s) {
        if (s.second) return false;
        if (s.first == m.init.index) return true;
        return group[s.first] >= 0 && group_once[group[s.first]];
      });
      if (ok) group_once[g] = changed = true;
    }
  }
  for (size_t i = 0; i < nf; ++i) once[i] = group[i] >= 0 && group_once[group[i]];
  return once;
}

const std::string* builtinLoadName(const Function& f, ValueId v) {
  const ValueInfo& vi = f.value(v);
  if (!vi.inst.valid() || f.inst(vi.inst).op != Op::BuiltinLoad) return nullptr;
  return &f.inst(vi.inst).imm.text;
}

bool isExactInt(const Module& m, const Function& f, ValueId v) {
  auto isInt = [&](ValueId x) { return m.types[f.value(x).type].kind == TypeKind::Int; };
  if (isInt(v)) return true;
  const ValueInfo& vi = f.value(v);
  return vi.inst.valid() && f.inst(vi.inst).op == Op::Cast && isInt(f.inst(vi.inst).operands[0]);
}

bool isScalarArithmetic(Op op) {
  switch (op) {
    case Op::IntAdd:
    case Op::IntSub:
    case Op::IntMul:
    case Op::IntFloorDiv:
    case Op::IntMod:
    case Op::IntNeg:
    case Op::IntLt:
    case Op::IntLe:
    case Op::IntGt:
    case Op::IntGe:
    case Op::IntEq:
    case Op::IntNe:
    case Op::IntAnd:
    case Op::IntOr:
    case Op::IntXor:
    case Op::IntLShift:
    case Op::IntRShift:
    case Op::FloatAdd:
    case Op::FloatSub:
    case Op::FloatMul:
    case Op::FloatDiv:
    case Op::FloatNeg:
    case Op::FloatLt:
    case Op::FloatLe:
    case Op::FloatGt:
    case Op::FloatGe:
    case Op::FloatEq:
    case Op::FloatNe:
    case Op::IntToFloat:
    case Op::BoolNot:
      return true;
    default:
      return false;
  }
}

const char* builtinCallEntry(std::string_view name, size_t nargs) {
  if (nargs == 1) {
    if (name == "len") return "tp_call_len";
    if (name == "ord") return "tp_call_ord";
    if (name == "str") return "tp_call_str";
    if (name == "repr") return "tp_call_repr";
    if (name == "int") return "tp_call_int";
    if (name == "float") return "tp_call_float";
  }
  if (nargs == 2 && name == "isinstance") return "tp_call_isinstance";
  return nullptr;
}

}  // namespace taipan::ir
