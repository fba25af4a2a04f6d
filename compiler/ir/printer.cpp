// The IR text printer (format in text.h). Values and blocks are named in
// textual order so that the output does not depend on the IDs left behind by
// passes, which is what makes print -> parse -> print byte-identical.
#include <charconv>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "compiler/ir/text.h"
#include "compiler/ir/text_internal.h"

namespace taipan::ir {

using namespace text_detail;

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t utf8Len(std::string_view s, size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

std::string funcLabelText(const std::string& label, bool is_index) {
  if (is_index || isPlain(label)) return "@" + label;
  return "@" + quoteString(label);
}

class Printer {
 public:
  explicit Printer(const Module& m) : m_(m) { computeFuncLabels(); }

  std::string module() {
    out_ += "module " + quoteString(m_.name) + " file " + quoteString(m_.source_path);
    if (m_.init.valid()) out_ += " init " + funcRef(m_.init);
    out_ += "\n";
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      out_ += "\n";
      function(FuncId(static_cast<int32_t>(i)));
    }
    return std::move(out_);
  }

  std::string single(FuncId f) {
    function(f);
    return std::move(out_);
  }

 private:
  void computeFuncLabels() {
    std::unordered_map<std::string, int> count;
    for (const Function& f : m_.functions)
      if (!f.symbol.empty()) ++count[f.symbol];
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      const Function& f = m_.functions[i];
      bool by_symbol = !f.symbol.empty() && count[f.symbol] == 1;
      labels_.push_back(by_symbol ? funcLabelText(f.symbol, false) : funcLabelText(std::to_string(i), true));
      label_is_symbol_.push_back(by_symbol);
    }
  }

  std::string funcRef(FuncId id) {
    if (!id.valid() || static_cast<size_t>(id.index) >= labels_.size()) return "@<invalid>";
    return labels_[id.index];
  }

  void nameValue(ValueId v, const Function& f) {
    if (!v.valid() || static_cast<size_t>(v.index) >= f.values.size() || names_.count(v.index)) return;
    const std::string& name = f.value(v).name;
    std::string text;
    if (name.empty()) {
      text = "%" + std::to_string(unnamed_++);
    } else {
      std::string base = isPlain(name) ? name : quoteString(name);
      text = "%" + base;
      for (int k = 1; used_.count(text); ++k) text = "%" + base + "." + std::to_string(k);
    }
    used_.insert(text);
    names_[v.index] = std::move(text);
  }

  std::string val(ValueId v) {
    auto it = names_.find(v.index);
    if (it == names_.end()) return "%<invalid:" + std::to_string(v.index) + ">";
    return it->second;
  }

  std::string type(TypeId t) { return m_.types.print(t); }

  void function(FuncId fid) {
    const Function& f = m_.func(fid);
    names_.clear();
    used_.clear();
    unnamed_ = 0;
    for (const Block& b : f.blocks) {
      for (ValueId a : b.args) nameValue(a, f);
      for (InstId i : b.insts) nameValue(f.inst(i).result, f);
    }
    out_ += "func " + funcRef(fid) + "(";
    for (size_t i = 0; i < f.params.size(); ++i) {
      if (i) out_ += ", ";
      out_ += val(f.params[i]);
    }
    out_ += ") -> " + type(f.result) + " [name " + quoteString(f.name) + ", qualname " + quoteString(f.qualname);
    if (!label_is_symbol_[fid.index] && !f.symbol.empty()) out_ += ", symbol " + quoteString(f.symbol);
    if (!f.sig.params.empty()) {
      out_ += ", params (";
      for (size_t i = 0; i < f.sig.params.size(); ++i) {
        if (i) out_ += ", ";
        out_ += isPlain(f.sig.params[i]) ? f.sig.params[i] : quoteString(f.sig.params[i]);
      }
      out_ += ")";
    }
    if (f.sig.posonly) out_ += ", posonly " + std::to_string(f.sig.posonly);
    if (f.sig.kwonly) out_ += ", kwonly " + std::to_string(f.sig.kwonly);
    if (f.sig.varargs) out_ += ", varargs";
    if (f.sig.varkw) out_ += ", varkw";
    if (f.line) out_ += ", line " + std::to_string(f.line);
    if (f.is_module_init) out_ += ", module_init";
    if (f.is_generator) out_ += ", generator";
    out_ += "] {\n";
    for (size_t b = 0; b < f.blocks.size(); ++b) block(f, BlockId(static_cast<int32_t>(b)));
    out_ += "}\n";
  }

  std::string blockRef(BlockId b) { return b.valid() ? "^" + std::to_string(b.index) : "^<invalid>"; }

  void block(const Function& f, BlockId id) {
    const Block& b = f.block(id);
    out_ += blockRef(id);
    if (!b.args.empty()) {
      out_ += "(";
      for (size_t i = 0; i < b.args.size(); ++i) {
        if (i) out_ += ", ";
        out_ += val(b.args[i]) + ": " + type(f.value(b.args[i]).type);
      }
      out_ += ")";
    }
    out_ += ":\n";
    for (InstId i : b.insts) inst(f, f.inst(i));
  }

  void inst(const Function& f, const Inst& in) {
    out_ += "  ";
    if (in.result.valid()) out_ += val(in.result) + ": " + type(f.value(in.result).type) + " = ";
    out_ += opInfo(in.op).text;
    const Immediate& imm = in.imm;
    // Which immediate fields the primary consumed.
    bool used_text = false, used_i = false, used_f = false, used_func = false;
    switch (primaryOf(in.op)) {
      case Primary::None:
        break;
      case Primary::Digits: {
        bool digits = !imm.text.empty();
        for (size_t k = 0; k < imm.text.size(); ++k)
          if (!(isDigit(imm.text[k]) || (k == 0 && imm.text[k] == '-' && imm.text.size() > 1))) digits = false;
        out_ += " " + (digits ? imm.text : quoteString(imm.text));
        used_text = true;
        break;
      }
      case Primary::Float:
        out_ += " " + formatFloat(imm.f);
        used_f = true;
        break;
      case Primary::Bool:
        if (imm.i == 0 || imm.i == 1) {
          out_ += imm.i ? " true" : " false";
          used_i = true;
        }
        break;
      case Primary::Text:
        out_ += " " + quoteString(imm.text);
        used_text = true;
        break;
      case Primary::BinOp:
      case Primary::UnaryOp:
      case Primary::Cmp: {
        Primary p = primaryOf(in.op);
        const char* name = p == Primary::BinOp     ? binOpName(imm.i)
                           : p == Primary::UnaryOp ? unaryOpName(imm.i)
                                                   : cmpName(imm.i);
        if (name) {
          out_ += " ";
          out_ += name;
          used_i = true;
        }
        break;
      }
      case Primary::Func:
        if (imm.func.valid()) {
          out_ += " " + funcRef(imm.func);
          used_func = true;
        }
        break;
      case Primary::LineNum:
        out_ += " " + std::to_string(imm.i);
        used_i = true;
        break;
    }
    bool first = true;
    auto sep = [&] {
      out_ += first ? " " : ", ";
      first = false;
    };
    for (ValueId v : in.operands) {
      sep();
      out_ += val(v);
    }
    for (const Successor& s : in.succs) {
      sep();
      out_ += blockRef(s.block);
      if (!s.args.empty()) {
        out_ += "(";
        for (size_t k = 0; k < s.args.size(); ++k) {
          if (k) out_ += ", ";
          out_ += val(s.args[k]);
        }
        out_ += ")";
      }
    }
    std::string attrs;
    auto attr = [&](std::string item) {
      if (!attrs.empty()) attrs += ", ";
      attrs += item;
    };
    if (!used_text && !imm.text.empty()) attr(std::string(textKey(in.op)) + " " + quoteString(imm.text));
    if (!used_i && imm.i != 0) attr("i " + std::to_string(imm.i));
    if (imm.i2 != -1) attr("i2 " + std::to_string(imm.i2));
    if (!used_f && (imm.f != 0.0 || std::signbit(imm.f) || std::isnan(imm.f))) attr("f " + formatFloat(imm.f));
    if (!used_func && imm.func.valid()) attr("func " + funcRef(imm.func));
    if (!attrs.empty()) out_ += " [" + attrs + "]";
    if (in.unwind.valid()) out_ += " unwind " + blockRef(in.unwind);
    if (in.line) out_ += " line " + std::to_string(in.line);
    out_ += "\n";
  }

  const Module& m_;
  std::string out_;
  std::vector<std::string> labels_;
  std::vector<bool> label_is_symbol_;
  std::unordered_map<int32_t, std::string> names_;
  std::unordered_set<std::string> used_;
  int unnamed_ = 0;
};

}  // namespace

std::string quoteString(std::string_view s) {
  std::string out = "\"";
  static const char kHex[] = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c >= 0x80) {
      // Valid UTF-8 stays readable; stray bytes (WTF-8 surrogates are valid
      // three-byte sequences here only when well-formed) are escaped.
      size_t n = utf8Len(s, i);
      if (n) {
        out.append(s.substr(i, n));
        i += n;
        continue;
      }
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
    ++i;
  }
  out += '"';
  return out;
}

std::string formatFloat(double v) {
  if (std::isnan(v)) return std::signbit(v) ? "-nan" : "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  std::string s(buf, r.ptr);
  // Keep floats visibly floats ("2.0", not "2").
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string printModule(const Module& module) { return Printer(module).module(); }
std::string printFunction(const Module& module, FuncId func) { return Printer(module).single(func); }
std::string printType(const TypeStore& types, TypeId type) { return types.print(type); }

}  // namespace taipan::ir
