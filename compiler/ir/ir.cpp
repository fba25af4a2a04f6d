// The IR's tables and type store: opInfo() built from ops.def, op and
// operator-code spellings for the text form, and TypeStore interning and
// printing. Everything else about the IR lives in builder/printer/parser/
// verifier.
#include "compiler/ir/ir.h"

#include <cctype>
#include <set>
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

const std::string* builtinLoadName(const Function& f, ValueId v) {
  const ValueInfo& vi = f.value(v);
  if (!vi.inst.valid() || f.inst(vi.inst).op != Op::BuiltinLoad) return nullptr;
  return &f.inst(vi.inst).imm.text;
}

const char* builtinCallEntry(std::string_view name, size_t nargs) {
  if (nargs == 1) {
    if (name == "len") return "tp_call_len";
    if (name == "ord") return "tp_call_ord";
    if (name == "str") return "tp_call_str";
  }
  if (nargs == 2 && name == "isinstance") return "tp_call_isinstance";
  return nullptr;
}

}  // namespace taipan::ir
