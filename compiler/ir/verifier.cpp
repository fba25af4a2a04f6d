// Verifier implementation. Dominance is computed over a graph finer than the
// block graph: a block is split after every instruction that has an unwind
// edge, because a value defined before that instruction reaches the handler
// while the instruction's own result (and everything after it) does not.
#include "compiler/ir/verifier.h"

#include <algorithm>

namespace taipan::ir {

namespace {

class FunctionVerifier {
 public:
  FunctionVerifier(const Module& m, FuncId fid, std::vector<std::string>& errors)
      : m_(m), t_(m.types), f_(m.func(fid)), fid_(fid), errors_(errors) {}

  bool run() {
    size_t before = errors_.size();
    if (f_.blocks.empty()) {
      error(BlockId(), "function has no blocks");
      return false;
    }
    if (f_.params.size() != f_.block(f_.entry()).args.size()) {
      error(f_.entry(), "function params do not match the entry block's arguments");
    } else {
      for (size_t i = 0; i < f_.params.size(); ++i)
        if (f_.params[i] != f_.block(f_.entry()).args[i])
          error(f_.entry(), "function param " + std::to_string(i) + " is not the entry block's argument");
    }
    if (f_.params.size() != f_.sig.params.size())
      error(f_.entry(), "function has " + std::to_string(f_.params.size()) + " params but its signature names " +
                            std::to_string(f_.sig.params.size()));
    if (!validType(f_.result)) error(BlockId(), "function result type is invalid");
    // Every instruction and value appears once.
    std::vector<int> inst_seen(f_.insts.size(), 0);
    for (size_t b = 0; b < f_.blocks.size(); ++b) {
      BlockId bid(static_cast<int32_t>(b));
      const Block& blk = f_.blocks[b];
      for (ValueId a : blk.args) {
        if (!validValue(a)) {
          error(bid, "invalid block argument");
          continue;
        }
        if (f_.value(a).block != bid || f_.value(a).inst.valid())
          error(bid, "block argument " + vname(a) + " does not record its block");
        if (!validType(f_.value(a).type)) error(bid, "block argument " + vname(a) + " has an invalid type");
      }
      if (blk.insts.empty()) {
        error(bid, "block has no terminator");
        continue;
      }
      for (size_t k = 0; k < blk.insts.size(); ++k) {
        InstId iid = blk.insts[k];
        if (!iid.valid() || static_cast<size_t>(iid.index) >= f_.insts.size()) {
          error(bid, "invalid instruction id");
          continue;
        }
        if (inst_seen[iid.index]++) error(bid, "instruction appears twice");
        const Inst& in = f_.inst(iid);
        bool term = opInfo(in.op).flags & kTerm;
        bool last = k + 1 == blk.insts.size();
        if (term && !last)
          error(bid, std::string("terminator ") + std::string(opInfo(in.op).text) + " in the middle of the block");
        if (!term && last) error(bid, "block does not end in a terminator");
        checkInst(bid, iid, in);
      }
    }
    checkGenerator();
    if (errors_.size() == before) checkDominance();
    return errors_.size() == before;
  }

 private:
  void error(BlockId b, const std::string& msg) {
    std::string where = "@" + (f_.symbol.empty() ? f_.name : f_.symbol);
    if (f_.symbol.empty() && f_.name.empty()) where = "@" + std::to_string(fid_.index);
    if (b.valid()) where += " ^" + std::to_string(b.index);
    errors_.push_back(where + ": " + msg);
  }
  std::string vname(ValueId v) const {
    return "%" + (v.valid() && static_cast<size_t>(v.index) < f_.values.size() && !f_.value(v).name.empty()
                      ? f_.value(v).name
                      : std::to_string(v.index));
  }
  bool validType(TypeId t) const { return t.valid() && static_cast<size_t>(t.index) < t_.size(); }
  bool validValue(ValueId v) const {
    return v.valid() && static_cast<size_t>(v.index) < f_.values.size() && validType(f_.value(v).type);
  }
  bool validBlock(BlockId b) const { return b.valid() && static_cast<size_t>(b.index) < f_.blocks.size(); }
  TypeId typeOf(ValueId v) const { return f_.value(v).type; }
  TypeKind kindOf(ValueId v) const { return t_[typeOf(v)].kind; }

  TypeId ruleType(ResultRule r) const {
    switch (r) {
      case ResultRule::Object:
        return t_.object();
      case ResultRule::Int:
        return t_.intType();
      case ResultRule::Float:
        return t_.floatType();
      case ResultRule::Bool:
        return t_.boolType();
      case ResultRule::NoneT:
        return t_.noneType();
      case ResultRule::Str:
        return t_.strType();
      case ResultRule::I64:
        return t_.i64();
      default:
        return {};
    }
  }

  // A generator function has exactly one gen.start, in its entry block and
  // without an unwind edge; the gen.* ops appear only in generators.
  void checkGenerator() {
    int starts = 0;
    for (size_t b = 0; b < f_.blocks.size(); ++b)
      for (InstId iid : f_.blocks[b].insts) {
        if (!iid.valid() || static_cast<size_t>(iid.index) >= f_.insts.size()) continue;
        const Inst& in = f_.inst(iid);
        bool gen_op = in.op == Op::GenStart || in.op == Op::GenYield || in.op == Op::GenYieldFrom;
        BlockId bid(static_cast<int32_t>(b));
        if (gen_op && !f_.is_generator) error(bid, std::string(opInfo(in.op).text) + " outside a generator function");
        if (in.op != Op::GenStart) continue;
        ++starts;
        if (bid != f_.entry()) error(bid, "gen.start outside the entry block");
        if (in.unwind.valid()) error(bid, "gen.start has an unwind edge");
      }
    if (f_.is_generator && starts != 1)
      error(f_.entry(), "a generator function needs exactly one gen.start, has " + std::to_string(starts));
    if (f_.is_generator && f_.is_module_init) error(f_.entry(), "a module's init function cannot be a generator");
  }

  void checkInst(BlockId b, InstId iid, const Inst& in) {
    const OpInfo& info = opInfo(in.op);
    std::string op(info.text);
    // Operands exist.
    bool operands_ok = true;
    for (ValueId v : in.operands) {
      if (!validValue(v)) {
        error(b, op + ": invalid operand");
        operands_ok = false;
      }
    }
    // Operand counts.
    size_t n = in.operands.size();
    if (info.operands >= 0 && n != static_cast<size_t>(info.operands)) {
      error(b, op + ": expects " + std::to_string(info.operands) + " operands, has " + std::to_string(n));
    }
    auto atMost = [&](size_t k) {
      if (n > k) error(b, op + ": expects at most " + std::to_string(k) + " operands, has " + std::to_string(n));
    };
    switch (in.op) {
      case Op::Ret:
      case Op::AssertFail:
      case Op::CellNew:
        atMost(1);
        break;
      case Op::Raise:
        atMost(2);
        break;
      case Op::PyCall:
        if (n < 1) error(b, op + ": needs a callee");
        break;
      case Op::DictNew:
        if (n % 2) error(b, op + ": needs key/value pairs");
        break;
      case Op::FuncNew:
        if (n != 3) error(b, op + ": expects 3 operands (defaults, kwdefaults, closure), has " + std::to_string(n));
        break;
      default:
        break;
    }
    // Result.
    if (info.result == ResultRule::None) {
      if (in.result.valid()) error(b, op + ": has no result");
    } else if (!in.result.valid()) {
      error(b, op + ": missing result");
    } else if (!validValue(in.result)) {
      error(b, op + ": invalid result value");
    } else {
      if (f_.value(in.result).inst != iid) error(b, op + ": result does not record its instruction");
      TypeId want = ruleType(info.result);
      if (want.valid() && typeOf(in.result) != want)
        error(b, op + ": result type must be " + t_.print(want) + ", not " + t_.print(typeOf(in.result)));
    }
    // Successors.
    size_t want_succs = in.op == Op::Br ? 1 : in.op == Op::CondBr ? 2 : 0;
    if (in.succs.size() != want_succs) error(b, op + ": expects " + std::to_string(want_succs) + " successors");
    for (const Successor& s : in.succs) {
      if (!validBlock(s.block)) {
        error(b, op + ": invalid successor block");
        continue;
      }
      const Block& target = f_.block(s.block);
      if (s.block == f_.entry()) error(b, op + ": branches to the entry block");
      if (s.args.size() != target.args.size()) {
        error(b, op + ": ^" + std::to_string(s.block.index) + " takes " + std::to_string(target.args.size()) +
                     " arguments, given " + std::to_string(s.args.size()));
        continue;
      }
      for (size_t k = 0; k < s.args.size(); ++k) {
        if (!validValue(s.args[k])) {
          error(b, op + ": invalid successor argument");
          operands_ok = false;
        } else if (typeOf(s.args[k]) != typeOf(target.args[k])) {
          error(b, op + ": argument " + std::to_string(k) + " to ^" + std::to_string(s.block.index) + " is " +
                       t_.print(typeOf(s.args[k])) + ", expected " + t_.print(typeOf(target.args[k])));
        }
      }
    }
    // Unwind edge.
    if (in.unwind.valid()) {
      if (!(info.flags & kRaise)) error(b, op + ": unwind edge on an op that cannot raise");
      if (!validBlock(in.unwind))
        error(b, op + ": invalid unwind block");
      else if (!f_.block(in.unwind).args.empty())
        error(b, op + ": unwind block must take no arguments");
      else if (in.unwind == f_.entry())
        error(b, op + ": unwinds to the entry block");
    }
    if (!operands_ok) return;
    checkTypes(b, in, op);
  }

  void checkTypes(BlockId b, const Inst& in, const std::string& op) {
    auto want = [&](size_t k, TypeId t) {
      if (k < in.operands.size() && typeOf(in.operands[k]) != t)
        error(b, op + ": operand " + std::to_string(k) + " must be " + t_.print(t) + ", not " +
                     t_.print(typeOf(in.operands[k])));
    };
    auto wantAll = [&](TypeId t) {
      for (size_t k = 0; k < in.operands.size(); ++k) want(k, t);
    };
    auto wantWords = [&]() {
      for (size_t k = 0; k < in.operands.size(); ++k)
        if (!t_.isWord(typeOf(in.operands[k])))
          error(b, op + ": operand " + std::to_string(k) + " must be an object word, not " +
                       t_.print(typeOf(in.operands[k])) + " (box it)");
    };
    switch (in.op) {
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
      case Op::IntToFloat:
        wantAll(t_.intType());
        break;
      case Op::FloatSqrt:
        wantAll(t_.floatType());
        break;
      case Op::StrCompare:
      case Op::StrConcat:
      case Op::StrCompareChar:
      case Op::StrByteSize:
        wantAll(t_.strType());
        break;
      case Op::StrCharAt:
        want(0, t_.strType());
        want(1, t_.intType());
        break;
      case Op::StrGetItem:
        want(0, t_.strType());
        if (!t_.isWord(typeOf(in.operands[1]))) error(b, op + ": operand 1 must be an object word");
        break;
      case Op::FoFrom:
      case Op::AsFloat:
        if (t_[typeOf(in.operands[0])].kind == TypeKind::Void || t_[typeOf(in.operands[0])].kind == TypeKind::I64)
          error(b, op + ": operand 0 must be a Python value");
        if (in.op == Op::FoFrom && in.result.valid()) {
          if (typeOf(in.result) != t_.floatObjType()) error(b, op + ": result must be floatobj");
        }
        break;
      case Op::FoBinOp:
      case Op::FoNeg:
      case Op::FoCompare:
        wantAll(t_.floatObjType());
        if (in.op != Op::FoCompare && in.result.valid() && typeOf(in.result) != t_.floatObjType())
          error(b, op + ": result must be floatobj");
        break;
      case Op::TypeIs:
        // A floatobj may be asked whether it holds a float (irgen's direct
        // constructor calls).
        if (t_[typeOf(in.operands[0])].kind == TypeKind::FloatObj && in.imm.text == "float") break;
        wantWords();
        break;
      case Op::ListGetItem:
      case Op::ListSetItem:
      case Op::ListItemIs:
      case Op::PyGetAttrFo:
        wantWords();
        break;
      case Op::AttrPeek:
      case Op::LayoutCheck:
      case Op::SlotLoadF:
      case Op::SlotLoad:
        wantWords();
        break;
      case Op::SlotStoreF:
        if (!t_.isWord(typeOf(in.operands[0])) || typeOf(in.operands[1]) != t_.floatType())
          error(b, op + ": operands must be an object and a float");
        break;
      case Op::SlotStore:
        if (!t_.isWord(typeOf(in.operands[0])) || !t_.isWord(typeOf(in.operands[1])))
          error(b, op + ": operands must be an object and a word");
        break;
      case Op::SlotAdd:
        if (!t_.isWord(typeOf(in.operands[0])) ||
            (in.imm.i2 == 1 ? typeOf(in.operands[1]) != t_.floatType() : !t_.isWord(typeOf(in.operands[1]))))
          error(b, op + ": operands must be an object and a float (i2 1) or a word");
        break;
      case Op::PySetAttr:
        if (!t_.isWord(typeOf(in.operands[0])) ||
            (!t_.isWord(typeOf(in.operands[1])) && typeOf(in.operands[1]) != t_.floatObjType()))
          error(b, op + ": operands must be an object and an object or floatobj value");
        break;
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
        wantAll(t_.floatType());
        break;
      case Op::BoolNot:
      case Op::CondBr:
        wantAll(t_.boolType());
        break;
      case Op::Box:
        if (t_[typeOf(in.operands[0])].kind == TypeKind::Void) error(b, op + ": cannot box void");
        break;
      case Op::Unbox:
        if (t_[typeOf(in.operands[0])].kind == TypeKind::FloatObj) {
          if (in.result.valid() && t_[typeOf(in.result)].kind != TypeKind::Float)
            error(b, op + ": a floatobj unboxes only to float");
          break;
        }
        wantWords();
        if (in.result.valid() && t_[typeOf(in.result)].kind == TypeKind::Void) error(b, op + ": cannot unbox to void");
        break;
      case Op::Cast:
        wantWords();
        if (in.result.valid() && !t_.isWord(typeOf(in.result)))
          error(b, op + ": cast result must be an object word, not " + t_.print(typeOf(in.result)) + " (use unbox)");
        break;
      case Op::Ret: {
        bool is_void = t_[f_.result].kind == TypeKind::Void;
        if (is_void && !in.operands.empty()) error(b, "ret: value returned from a void function");
        if (!is_void && in.operands.empty()) error(b, "ret: missing return value");
        if (!is_void && !in.operands.empty()) want(0, f_.result);
        break;
      }
      case Op::Br:
      case Op::Unreachable:
      case Op::SetLine:
      case Op::CheckInterrupt:
        break;
      case Op::CallDirect:
      case Op::CtorNew:
      case Op::MethodIs:
      case Op::FuncNew: {
        if (!in.imm.func.valid() || static_cast<size_t>(in.imm.func.index) >= m_.functions.size()) {
          error(b, op + ": invalid function");
          break;
        }
        const Function& callee = m_.func(in.imm.func);
        if (in.op == Op::FuncNew || in.op == Op::CtorNew || in.op == Op::MethodIs) {
          wantWords();
          break;
        }
        if (in.operands.size() != callee.params.size()) {
          error(b, op + ": callee takes " + std::to_string(callee.params.size()) + " arguments, given " +
                       std::to_string(in.operands.size()));
          break;
        }
        for (size_t k = 0; k < callee.params.size(); ++k)
          if (static_cast<size_t>(callee.params[k].index) < callee.values.size())
            want(k, callee.value(callee.params[k]).type);
        if (in.result.valid() && typeOf(in.result) != callee.result)
          error(b, op + ": result type must be the callee's " + t_.print(callee.result));
        break;
      }
      default:
        wantWords();
        break;
    }
  }

  // ---- dominance over split blocks ----
  void checkDominance() {
    // Node numbering: each block contributes 1 + (number of unwinding insts) nodes.
    size_t nb = f_.blocks.size();
    std::vector<int> first_node(nb);
    int nodes = 0;
    for (size_t b = 0; b < nb; ++b) {
      first_node[b] = nodes++;
      for (InstId i : f_.blocks[b].insts) {
        const Inst& in = f_.inst(i);
        if (in.unwind.valid() && !(opInfo(in.op).flags & kTerm)) ++nodes;
      }
    }
    std::vector<std::vector<int>> succ(nodes), pred(nodes);
    auto edge = [&](int a, int c) {
      succ[a].push_back(c);
      pred[c].push_back(a);
    };
    // Position of every definition: (node, index within node); block args at -1.
    std::vector<std::pair<int, int>> def(f_.values.size(), {-1, 0});
    struct Use {
      ValueId v;
      int node, pos;
      BlockId block;
    };
    std::vector<Use> uses;
    for (size_t b = 0; b < nb; ++b) {
      int node = first_node[b];
      int pos = 0;
      for (ValueId a : f_.blocks[b].args) def[a.index] = {node, -1};
      for (InstId i : f_.blocks[b].insts) {
        const Inst& in = f_.inst(i);
        BlockId bid(static_cast<int32_t>(b));
        for (ValueId v : in.operands) uses.push_back({v, node, pos, bid});
        for (const Successor& s : in.succs) {
          for (ValueId v : s.args) uses.push_back({v, node, pos, bid});
          edge(node, first_node[s.block.index]);
        }
        if (in.unwind.valid()) {
          edge(node, first_node[in.unwind.index]);
          if (!(opInfo(in.op).flags & kTerm)) {
            edge(node, node + 1);
            ++node;
            pos = 0;
            if (in.result.valid()) def[in.result.index] = {node, -1};
            continue;
          }
        }
        if (in.result.valid()) def[in.result.index] = {node, pos};
        ++pos;
      }
    }
    // Reverse post-order from the entry.
    std::vector<int> order, rpo_index(nodes, -1);
    std::vector<char> seen(nodes, 0);
    std::vector<std::pair<int, size_t>> stack{{0, 0}};
    seen[0] = 1;
    while (!stack.empty()) {
      auto& [n, k] = stack.back();
      if (k < succ[n].size()) {
        int c = succ[n][k++];
        if (!seen[c]) {
          seen[c] = 1;
          stack.push_back({c, 0});
        }
      } else {
        order.push_back(n);
        stack.pop_back();
      }
    }
    std::reverse(order.begin(), order.end());
    for (size_t i = 0; i < order.size(); ++i) rpo_index[order[i]] = static_cast<int>(i);
    // Cooper-Harvey-Kennedy iterative dominators.
    std::vector<int> idom(nodes, -1);
    idom[0] = 0;
    auto intersect = [&](int a, int c) {
      while (a != c) {
        while (rpo_index[a] > rpo_index[c]) a = idom[a];
        while (rpo_index[c] > rpo_index[a]) c = idom[c];
      }
      return a;
    };
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 1; i < order.size(); ++i) {
        int n = order[i];
        int nd = -1;
        for (int p : pred[n]) {
          if (idom[p] < 0) continue;
          nd = nd < 0 ? p : intersect(p, nd);
        }
        if (nd >= 0 && idom[n] != nd) {
          idom[n] = nd;
          changed = true;
        }
      }
    }
    auto dominates = [&](int a, int c) {
      for (;;) {
        if (a == c) return true;
        if (c == 0) return false;
        c = idom[c];
      }
    };
    for (const Use& u : uses) {
      if (rpo_index[u.node] < 0) continue;  // unreachable code is not checked
      auto [dn, dp] = def[u.v.index];
      bool ok;
      if (dn < 0)
        ok = false;
      else if (rpo_index[dn] < 0)
        ok = false;
      else if (dn == u.node)
        ok = dp < u.pos;
      else
        ok = dominates(dn, u.node);
      if (!ok) error(u.block, "use of " + vname(u.v) + " is not dominated by its definition");
    }
  }

  const Module& m_;
  const TypeStore& t_;
  const Function& f_;
  FuncId fid_;
  std::vector<std::string>& errors_;
};

}  // namespace

bool verifyFunction(const Module& module, FuncId func, std::vector<std::string>& errors) {
  return FunctionVerifier(module, func, errors).run();
}

bool verify(const Module& module, std::vector<std::string>& errors) {
  bool ok = true;
  if (module.init.valid() && static_cast<size_t>(module.init.index) >= module.functions.size()) {
    errors.push_back("module: invalid init function");
    ok = false;
  }
  for (size_t i = 0; i < module.functions.size(); ++i)
    ok &= verifyFunction(module, FuncId(static_cast<int32_t>(i)), errors);
  return ok;
}

}  // namespace taipan::ir
