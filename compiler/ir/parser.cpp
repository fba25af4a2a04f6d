// The IR text parser (format in text.h): a hand-written recursive-descent
// reader over characters. Forward references are normal in SSA text (a block
// that dominates is not always printed first, functions call functions
// defined later), so block labels, values and function labels are recorded
// when used and resolved at the end of their function / of the module.
// Errors are reported as "line:col: message" for the first problem found.
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "compiler/ir/text.h"
#include "compiler/ir/text_internal.h"

namespace taipan::ir {

using namespace text_detail;

namespace {

struct ParseError {
  size_t pos;
  std::string message;
};

class Parser {
 public:
  Parser(std::string_view text, Module& m) : s_(text), m_(m) {}

  void run() {
    wsnl();
    if (peekWord() == "module") {
      word();
      ws();
      m_.name = string();
      ws();
      if (peekWord() == "file") {
        word();
        ws();
        m_.source_path = string();
        ws();
      }
      if (peekWord() == "init") {
        word();
        ws();
        size_t at = pos_;
        pending_funcs_.push_back({funcLabel(), at, -1, -1, true});
        ws();
      }
      endLine();
    }
    wsnl();
    while (pos_ < s_.size()) {
      if (peekWord() != "func") fail("expected 'func'");
      function();
      wsnl();
    }
    // Resolve function references.
    for (auto& p : pending_funcs_) {
      FuncId id = lookupFunc(p.label, p.pos);
      if (p.module_init) {
        m_.init = id;
      } else {
        m_.functions[p.func].insts[p.inst].imm.func = id;
      }
    }
  }

  size_t pos() const { return pos_; }

 private:
  struct Label {
    std::string text;
    bool is_index = false;  // bare digits: a function index
  };
  struct PendingFunc {
    Label label;
    size_t pos;
    int32_t func, inst;
    bool module_init;
  };
  struct PendingBlock {
    std::string label;
    size_t pos;
    int32_t inst;
    int succ;  // -1: the unwind edge
  };

  [[noreturn]] void fail(std::string msg) { throw ParseError{pos_, std::move(msg)}; }
  [[noreturn]] void failAt(size_t pos, std::string msg) { throw ParseError{pos, std::move(msg)}; }

  bool eof() const { return pos_ >= s_.size(); }
  char peek() const { return eof() ? '\0' : s_[pos_]; }

  // Spaces and comments on the current line.
  void ws() {
    while (!eof()) {
      char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else if (c == ';') {
        while (!eof() && s_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }
  void wsnl() {
    for (;;) {
      ws();
      if (peek() == '\n') {
        ++pos_;
      } else {
        break;
      }
    }
  }
  void endLine() {
    ws();
    if (!eof() && peek() != '\n') fail("unexpected text at end of line");
  }
  void expect(char c) {
    ws();
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++pos_;
  }
  bool accept(char c) {
    ws();
    if (peek() != c) return false;
    ++pos_;
    return true;
  }

  // A bare word: letters, digits, '_', '.', '$', non-ASCII.
  std::string_view peekWord() const {
    size_t e = pos_;
    while (e < s_.size() && (isNameChar(s_[e]) || s_[e] == '.')) ++e;
    return s_.substr(pos_, e - pos_);
  }
  std::string word() {
    std::string_view w = peekWord();
    if (w.empty()) fail("expected a word");
    pos_ += w.size();
    return std::string(w);
  }

  std::string string() {
    ws();
    if (peek() != '"') fail("expected a string");
    ++pos_;
    std::string out;
    for (;;) {
      if (eof()) fail("unterminated string");
      char c = s_[pos_++];
      if (c == '"') break;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (eof()) fail("unterminated string");
      char e = s_[pos_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case '\\':
          out += '\\';
          break;
        case '"':
          out += '"';
          break;
        case 'x': {
          int v = 0;
          for (int k = 0; k < 2; ++k) {
            char h = peek();
            int d = h >= '0' && h <= '9'   ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                           : -1;
            if (d < 0) fail("bad \\x escape");
            v = v * 16 + d;
            ++pos_;
          }
          out += static_cast<char>(v);
          break;
        }
        default:
          failAt(pos_ - 1, "unknown escape");
      }
    }
    return out;
  }

  int64_t integer() {
    ws();
    size_t b = pos_;
    if (peek() == '-') ++pos_;
    while (isDigit(peek())) ++pos_;
    int64_t v = 0;
    auto r = std::from_chars(s_.data() + b, s_.data() + pos_, v);
    if (b == pos_ || r.ec != std::errc() || r.ptr != s_.data() + pos_) failAt(b, "expected an integer");
    return v;
  }

  double floating() {
    ws();
    size_t b = pos_;
    while (!eof() &&
           (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '.' || peek() == '-' || peek() == '+'))
      ++pos_;
    std::string_view t = s_.substr(b, pos_ - b);
    if (t == "nan") return std::numeric_limits<double>::quiet_NaN();
    if (t == "-nan") return -std::numeric_limits<double>::quiet_NaN();
    if (t == "inf") return std::numeric_limits<double>::infinity();
    if (t == "-inf") return -std::numeric_limits<double>::infinity();
    double v = 0;
    auto r = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || r.ec != std::errc() || r.ptr != t.data() + t.size()) failAt(b, "expected a float");
    return v;
  }

  // '%name', '%name.N', '%"quoted"', '%N'.
  struct ValueName {
    std::string key;   // the whole spelling, unique per value
    std::string name;  // ValueInfo::name ("" for %N)
  };
  ValueName valueName() {
    ws();
    size_t b = pos_;
    if (peek() != '%') fail("expected a value");
    ++pos_;
    ValueName v;
    if (peek() == '"') {
      v.name = string();
    } else {
      size_t e = pos_;
      while (e < s_.size() && isNameChar(s_[e])) ++e;
      if (e == pos_) fail("expected a value name");
      std::string_view w = s_.substr(pos_, e - pos_);
      pos_ = e;
      bool digits = true;
      for (char c : w) digits &= isDigit(c);
      if (!digits) {
        if (isDigit(w[0])) failAt(b, "bad value name");
        v.name = std::string(w);
      }
    }
    if (peek() == '.' && !v.name.empty()) {
      ++pos_;
      if (!isDigit(peek())) fail("expected a number after '.'");
      while (isDigit(peek())) ++pos_;
    }
    v.key = std::string(s_.substr(b, pos_ - b));
    return v;
  }

  // Looks up (or forward-declares) a value in the current function.
  ValueId useValue() {
    size_t at = pos_;
    ValueName n = valueName();
    auto it = values_.find(n.key);
    if (it != values_.end()) return it->second.id;
    Function& f = fn();
    ValueId id(static_cast<int32_t>(f.values.size()));
    f.values.push_back(ValueInfo{TypeId(), InstId(), BlockId(), n.name});
    values_[n.key] = {id, false, at};
    return id;
  }
  // Defines a value (a block argument or an instruction result).
  ValueId defineValue(const ValueName& n, size_t at, TypeId type) {
    Function& f = fn();
    auto it = values_.find(n.key);
    ValueId id;
    if (it != values_.end()) {
      if (it->second.defined) failAt(at, "value " + n.key + " defined twice");
      id = it->second.id;
      it->second.defined = true;
    } else {
      id = ValueId(static_cast<int32_t>(f.values.size()));
      f.values.push_back(ValueInfo{});
      values_[n.key] = {id, true, at};
    }
    f.value(id).type = type;
    f.value(id).name = n.name;
    return id;
  }

  TypeId type() {
    ws();
    size_t b = pos_;
    std::string w = word();
    TypeStore& t = m_.types;
    if (w == "object") return t.object();
    if (w == "int") return t.intType();
    if (w == "float") return t.floatType();
    if (w == "floatobj") return t.floatObjType();
    if (w == "bool") return t.boolType();
    if (w == "none") return t.noneType();
    if (w == "str") return t.strType();
    if (w == "bytes") return t.get(TypeKind::Bytes);
    if (w == "func") return t.get(TypeKind::Func);
    if (w == "cell") return t.get(TypeKind::Cell);
    if (w == "i64") return t.i64();
    if (w == "void") return t.voidType();
    if (w == "class") {
      ws();
      if (peek() == '"') return t.get(TypeKind::Class, {}, string());
      size_t e = pos_;
      while (e < s_.size() && isClassNameChar(s_[e])) ++e;
      if (e == pos_) fail("expected a class name");
      std::string name(s_.substr(pos_, e - pos_));
      pos_ = e;
      return t.get(TypeKind::Class, {}, name);
    }
    TypeKind kind;
    if (w == "list")
      kind = TypeKind::List;
    else if (w == "tuple")
      kind = TypeKind::Tuple;
    else if (w == "dict")
      kind = TypeKind::Dict;
    else if (w == "set")
      kind = TypeKind::Set;
    else
      failAt(b, "unknown type '" + w + "'");
    std::vector<TypeId> params;
    bool variadic = false;
    if (peek() == '[') {
      ++pos_;
      for (;;) {
        ws();
        if (kind == TypeKind::Tuple && s_.substr(pos_, 3) == "...") {
          pos_ += 3;
          variadic = true;
          expect(']');
          break;
        }
        params.push_back(type());
        if (accept(']')) break;
        expect(',');
      }
    }
    return t.get(kind, std::move(params), {}, variadic);
  }

  Label funcLabel() {
    ws();
    if (peek() != '@') fail("expected '@function'");
    ++pos_;
    Label l;
    if (peek() == '"') {
      l.text = string();
      return l;
    }
    size_t e = pos_;
    while (e < s_.size() && isNameChar(s_[e])) ++e;
    if (e == pos_) fail("expected a function label");
    l.text = std::string(s_.substr(pos_, e - pos_));
    pos_ = e;
    l.is_index = isDigit(l.text[0]);
    if (l.is_index)
      for (char c : l.text)
        if (!isDigit(c)) fail("bad function label");
    return l;
  }

  FuncId lookupFunc(const Label& l, size_t at) {
    if (l.is_index) {
      int64_t i = std::stoll(l.text);
      if (i < 0 || static_cast<size_t>(i) >= m_.functions.size()) failAt(at, "no function @" + l.text);
      return FuncId(static_cast<int32_t>(i));
    }
    auto it = func_by_symbol_.find(l.text);
    if (it == func_by_symbol_.end()) failAt(at, "no function @" + l.text);
    return it->second;
  }

  std::string blockLabel() {
    ws();
    if (peek() != '^') fail("expected a block label");
    ++pos_;
    size_t e = pos_;
    while (e < s_.size() && isNameChar(s_[e])) ++e;
    if (e == pos_) fail("expected a block label");
    std::string l(s_.substr(pos_, e - pos_));
    pos_ = e;
    return l;
  }

  Function& fn() { return m_.functions[cur_]; }

  void function() {
    word();  // func
    size_t label_pos = pos_;
    Label label = funcLabel();
    cur_ = static_cast<int32_t>(m_.functions.size());
    m_.functions.emplace_back();
    values_.clear();
    blocks_.clear();
    pending_blocks_.clear();
    Function& f0 = fn();
    if (label.is_index) {
      if (std::stoll(label.text) != cur_) failAt(label_pos, "function index label must be its position");
    } else {
      f0.symbol = label.text;
      if (!func_by_symbol_.emplace(label.text, FuncId(cur_)).second)
        failAt(label_pos, "duplicate function @" + label.text);
    }
    // Header parameters: references to values defined by the entry block.
    std::vector<std::pair<std::string, size_t>> params;
    expect('(');
    if (!accept(')')) {
      for (;;) {
        ws();
        size_t at = pos_;
        params.push_back({valueName().key, at});
        if (accept(')')) break;
        expect(',');
      }
    }
    ws();
    if (s_.substr(pos_, 2) != "->") fail("expected '->'");
    pos_ += 2;
    fn().result = type();
    if (accept('[')) {
      if (!accept(']')) {
        for (;;) {
          ws();
          size_t at = pos_;
          std::string key = word();
          ws();
          Function& f = fn();
          if (key == "name")
            f.name = string();
          else if (key == "qualname")
            f.qualname = string();
          else if (key == "symbol") {
            if (!label.is_index) failAt(at, "'symbol' is only allowed on index-labelled functions");
            f.symbol = string();
          } else if (key == "params") {
            expect('(');
            if (!accept(')')) {
              for (;;) {
                ws();
                f.sig.params.push_back(peek() == '"' ? string() : word());
                if (accept(')')) break;
                expect(',');
              }
            }
          } else if (key == "posonly")
            f.sig.posonly = static_cast<uint32_t>(integer());
          else if (key == "kwonly")
            f.sig.kwonly = static_cast<uint32_t>(integer());
          else if (key == "varargs")
            f.sig.varargs = true;
          else if (key == "varkw")
            f.sig.varkw = true;
          else if (key == "line")
            f.line = static_cast<uint32_t>(integer());
          else if (key == "module_init")
            f.is_module_init = true;
          else if (key == "generator")
            f.is_generator = true;
          else
            failAt(at, "unknown function attribute '" + key + "'");
          if (accept(']')) break;
          expect(',');
        }
      }
    }
    expect('{');
    endLine();
    wsnl();
    bool have_block = false;
    while (peek() != '}') {
      if (eof()) fail("expected '}'");
      if (peek() == '^') {
        blockHeader();
        have_block = true;
      } else {
        if (!have_block) fail("instruction outside a block");
        instruction();
      }
      wsnl();
    }
    ++pos_;
    endLine();
    // Resolve blocks and values.
    Function& f = fn();
    for (auto& pb : pending_blocks_) {
      auto it = blocks_.find(pb.label);
      if (it == blocks_.end()) failAt(pb.pos, "undefined block ^" + pb.label);
      Inst& in = f.insts[pb.inst];
      if (pb.succ < 0)
        in.unwind = it->second;
      else
        in.succs[pb.succ].block = it->second;
    }
    for (auto& [key, info] : values_)
      if (!info.defined) failAt(info.pos, "undefined value " + key);
    for (auto& [key, at] : params) {
      auto it = values_.find(key);
      if (it == values_.end()) failAt(at, "undefined parameter value " + key);
      f.params.push_back(it->second.id);
    }
  }

  void blockHeader() {
    size_t at = pos_;
    std::string label = blockLabel();
    Function& f = fn();
    BlockId id(static_cast<int32_t>(f.blocks.size()));
    if (!blocks_.emplace(label, id).second) failAt(at, "block ^" + label + " defined twice");
    f.blocks.emplace_back();
    cur_block_ = id;
    if (accept('(')) {
      if (!accept(')')) {
        for (;;) {
          ws();
          size_t vat = pos_;
          ValueName n = valueName();
          expect(':');
          TypeId t = type();
          ValueId v = defineValue(n, vat, t);
          fn().value(v).block = id;
          fn().block(id).args.push_back(v);
          if (accept(')')) break;
          expect(',');
        }
      }
    }
    expect(':');
    endLine();
  }

  void instruction() {
    Function& f = fn();
    InstId iid(static_cast<int32_t>(f.insts.size()));
    Inst in;
    ValueName result;
    size_t result_pos = 0;
    TypeId result_type;
    bool has_result = false;
    ws();
    if (peek() == '%') {
      result_pos = pos_;
      result = valueName();
      expect(':');
      result_type = type();
      expect('=');
      has_result = true;
    }
    ws();
    size_t op_pos = pos_;
    std::string opname = word();
    if (!parseOpName(opname, in.op)) failAt(op_pos, "unknown op '" + opname + "'");
    ws();
    // Primary immediate.
    switch (primaryOf(in.op)) {
      case Primary::None:
        break;
      case Primary::Digits:
        if (peek() == '"') {
          in.imm.text = string();
        } else if (peek() == '-' || isDigit(peek())) {
          size_t b = pos_;
          if (peek() == '-') ++pos_;
          while (isDigit(peek())) ++pos_;
          in.imm.text = std::string(s_.substr(b, pos_ - b));
        }
        break;
      case Primary::Float: {
        std::string_view w = peekWord();
        if (w != "line" && w != "unwind" && peek() != '[' && peek() != '\n' && !eof()) in.imm.f = floating();
        break;
      }
      case Primary::Bool:
        if (peekWord() == "true" || peekWord() == "false") in.imm.i = word() == "true";
        break;
      case Primary::Text:
        if (peek() == '"') in.imm.text = string();
        break;
      case Primary::BinOp:
      case Primary::UnaryOp:
      case Primary::Cmp: {
        Primary p = primaryOf(in.op);
        std::string_view w = peekWord();
        int64_t k;
        bool ok = p == Primary::BinOp     ? parseBinOpName(w, k)
                  : p == Primary::UnaryOp ? parseUnaryOpName(w, k)
                                          : parseCmpName(w, k);
        if (ok) {
          pos_ += w.size();
          in.imm.i = k;
        }
        break;
      }
      case Primary::Func:
        if (peek() == '@') pending_funcs_.push_back({funcLabel(), pos_, cur_, iid.index, false});
        break;
      case Primary::LineNum:
        if (isDigit(peek()) || peek() == '-') in.imm.i = integer();
        break;
    }
    // Operands and successors.
    ws();
    if (peek() == '%' || peek() == '^') {
      for (;;) {
        ws();
        if (peek() == '%') {
          if (!in.succs.empty()) fail("operands must come before successors");
          in.operands.push_back(useValue());
        } else {
          size_t at = pos_;
          std::string l = blockLabel();
          pending_blocks_.push_back({l, at, iid.index, static_cast<int>(in.succs.size())});
          Successor s;
          if (peek() == '(') {
            ++pos_;
            if (!accept(')')) {
              for (;;) {
                s.args.push_back(useValue());
                if (accept(')')) break;
                expect(',');
              }
            }
          }
          in.succs.push_back(std::move(s));
        }
        if (!accept(',')) break;
      }
    }
    if (accept('[')) {
      if (!accept(']')) {
        for (;;) {
          ws();
          size_t at = pos_;
          std::string key = word();
          ws();
          if (key == textKey(in.op))
            in.imm.text = string();
          else if (key == "i")
            in.imm.i = integer();
          else if (key == "i2")
            in.imm.i2 = integer();
          else if (key == "f")
            in.imm.f = floating();
          else if (key == "func")
            pending_funcs_.push_back({funcLabel(), at, cur_, iid.index, false});
          else
            failAt(at, "unknown attribute '" + key + "'");
          if (accept(']')) break;
          expect(',');
        }
      }
    }
    ws();
    if (peekWord() == "unwind") {
      word();
      ws();
      size_t at = pos_;
      pending_blocks_.push_back({blockLabel(), at, iid.index, -1});
    }
    ws();
    if (peekWord() == "line") {
      word();
      in.line = static_cast<uint32_t>(integer());
    }
    endLine();
    if (has_result) {
      in.result = defineValue(result, result_pos, result_type);
      fn().value(in.result).inst = iid;
    }
    fn().insts.push_back(std::move(in));
    fn().block(cur_block_).insts.push_back(iid);
  }

  struct ValueSlot {
    ValueId id;
    bool defined;
    size_t pos;
  };

  std::string_view s_;
  size_t pos_ = 0;
  Module& m_;
  int32_t cur_ = -1;
  BlockId cur_block_;
  std::unordered_map<std::string, ValueSlot> values_;
  std::unordered_map<std::string, BlockId> blocks_;
  std::unordered_map<std::string, FuncId> func_by_symbol_;
  std::vector<PendingFunc> pending_funcs_;
  std::vector<PendingBlock> pending_blocks_;
};

}  // namespace

bool parseModule(std::string_view text, Module& out, std::string& error) {
  Parser p(text, out);
  try {
    p.run();
    return true;
  } catch (const ParseError& e) {
    size_t line = 1, col = 1;
    for (size_t i = 0; i < e.pos && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    error = std::to_string(line) + ":" + std::to_string(col) + ": " + e.message;
    return false;
  }
}

}  // namespace taipan::ir
