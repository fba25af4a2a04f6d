// SSA construction for irgen: blocks, predecessors and sealing, variables as
// SSA values with block arguments at joins (Braun et al.), typed joins that
// demote a variable to object when its guessed type is contradicted, landing
// blocks for exception edges, and the final clean-up (trivial block arguments
// removed, provably bound locals lose their check_bound, blocks and values
// renumbered densely in textual order).
#include <algorithm>
#include <functional>

#include "compiler/base/check.h"
#include "compiler/ir/cfg.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

BlockId FuncGen::newBlock() {
  BlockId b = B().createBlock(task_.fid);
  if (ssa_.size() <= static_cast<size_t>(b.index)) ssa_.resize(b.index + 1);
  // The generic copy of a speculating method runs only after a failed
  // check (spec.cpp): cold, like the code of a raise.
  if (raising_ || spec_mode_ == SpecMode::Generic) F().block(b).cold = true;
  if (spec_mode_ == SpecMode::Generic) F().block(b).twins = true;
  return b;
}

void FuncGen::setBlock(BlockId b) {
  flushUnwind();
  cur_ = b;
  if (b.valid()) B().setInsertPoint(task_.fid, b);
}

void FuncGen::terminate() {
  flushUnwind();
  cur_ = BlockId();
}

void FuncGen::br(BlockId dest) {
  if (!live()) return;
  B().br(dest);
  ssa_[dest.index].preds.push_back(cur_);
  terminate();
}

void FuncGen::condBr(ValueId c, BlockId t, BlockId f) {
  if (!live()) return;
  if (typeOf(c) != T().boolType()) c = truth(c);
  B().condBr(c, t, f);
  ssa_[t.index].preds.push_back(cur_);
  ssa_[f.index].preds.push_back(cur_);
  terminate();
}

int FuncGen::varFor(const sema::Scope* scope, const std::string& name, TypeId type) {
  auto key = std::make_pair(scope, name);
  auto it = vars_.find(key);
  if (it != vars_.end()) return it->second;
  if (demoted_->count(key)) type = T().object();
  int v = static_cast<int>(var_types_.size());
  var_types_.push_back(type);
  var_names_.push_back(name);
  vars_[key] = v;
  if (spec_mode_ == SpecMode::Generic) generic_keys_[v] = key;
  return v;
}

int FuncGen::hiddenVar(TypeId type) {
  int v = static_cast<int>(var_types_.size());
  var_types_.push_back(type);
  var_names_.push_back("");
  return v;
}

Ty FuncGen::tyOf(ValueId v) {
  switch (T()[typeOf(v)].kind) {
    case ir::TypeKind::Int:
      return Ty::Int;
    case ir::TypeKind::Float:
      return Ty::Float;
    case ir::TypeKind::FloatObj:
      return Ty::FloatObj;
    case ir::TypeKind::List:
      return T()[typeOf(v)].params.empty() ? Ty::List : Ty::Object;
    case ir::TypeKind::Bool:
      return Ty::Bool;
    case ir::TypeKind::None:
      return Ty::None;
    case ir::TypeKind::Str:
      return Ty::Str;
    default:
      return Ty::Object;
  }
}

ValueId FuncGen::coerce(ValueId v, TypeId to) {
  TypeId from = typeOf(v);
  if (from == to) return v;
  if (to == T().object()) {
    if (!T().isWord(from)) return B().box(v);
    return B().cast(v, to);
  }
  if (to == T().floatObjType())
    return B().emit(ir::Op::FoFrom, to, {v});  // one instruction (edge coercions rely on it)
  TP_CHECK(false, "irgen: coercion to a typed representation");
  return v;
}

ValueId FuncGen::constNull(TypeId type) {
  auto it = nulls_.find(type.index);
  if (it != nulls_.end()) return it->second;
  // Placed first in the entry block so that it dominates every use.
  BlockId saved = cur_;
  B().setInsertPoint(task_.fid, F().entry());
  ValueId v = B().emit(ir::Op::ConstNull, type, {});
  auto& insts = F().block(F().entry()).insts;
  ir::InstId id = insts.back();
  insts.pop_back();
  insts.insert(insts.begin(), id);
  if (ssa_[0].scanned) ssa_[0].scanned++;
  if (saved.valid()) B().setInsertPoint(task_.fid, saved);
  nulls_[type.index] = v;
  return v;
}

void FuncGen::writeVar(int var, ValueId v) {
  flushUnwind();
  TP_CHECK(live(), "irgen: write in dead code");
  ssa_[cur_.index].defs[var] = v;
}

namespace {
// Demotes a variable whose typed join failed; the function is regenerated.
}  // namespace

ValueId FuncGen::coerceBeforeTerminator(BlockId b, ValueId v, TypeId to) {
  B().setInsertPoint(task_.fid, b);
  v = coerce(v, to);
  auto& insts = F().block(b).insts;
  ir::InstId moved = insts.back();
  insts.pop_back();
  insts.insert(insts.end() - 1, moved);
  ssa_[b.index].scanned = std::min(ssa_[b.index].scanned, insts.size());
  if (cur_.valid()) B().setInsertPoint(task_.fid, cur_);
  return v;
}

ValueId FuncGen::readVar(int var, BlockId b) {
  BlockSsa& s = ssa_[b.index];
  if (auto it = s.defs.find(var); it != s.defs.end()) return it->second;
  if (spec_mode_ == SpecMode::Generic && landing_blocks_.count(b.index) && generic_keys_.count(var))
    return landingValue(var, b);
  std::function<ValueId(BlockId)> start = [&](BlockId blk) -> ValueId {
    BlockSsa& bs = ssa_[blk.index];
    if (auto it = bs.start_defs.find(var); it != bs.start_defs.end()) return it->second;
    TypeId type = var_types_[var];
    ValueId val;
    if (!bs.sealed) {
      val = B().addBlockArg(task_.fid, blk, type, var_names_[var]);
      ssa_[blk.index].incomplete.emplace_back(var, F().block(blk).args.size() - 1);
    } else if (bs.preds.empty()) {
      if (!T().isWord(type)) {
        // A float/bool local that may be unbound: it needs the null word.
        for (auto& [key, idx] : vars_)
          if (idx == var) demoted_->insert(key);
        retry_ = true;
        type = T().object();
      }
      val = constNull(type);
    } else if (bs.preds.size() == 1) {
      val = readVar(var, bs.preds[0]);
    } else {
      val = B().addBlockArg(task_.fid, blk, type, var_names_[var]);
      size_t pos = F().block(blk).args.size() - 1;
      ssa_[blk.index].start_defs[var] = val;
      if (!ssa_[blk.index].defs.count(var)) ssa_[blk.index].defs[var] = val;
      std::vector<BlockId> preds = ssa_[blk.index].preds;
      for (BlockId p : preds) {
        ValueId in = readVar(var, p);
        // setEdgeArg
        ir::Function& f = F();
        ir::Inst& term = f.inst(f.block(p).insts.back());
        TypeId want = type;
        if (typeOf(in) != want) {
          if (want != T().object() && want != T().floatObjType()) {
            for (auto& [key, idx] : vars_)
              if (idx == var) demoted_->insert(key);
            retry_ = true;
          } else {
            in = coerceBeforeTerminator(p, in, want);
          }
        }
        ir::Inst& term2 = F().inst(F().block(p).insts.back());
        (void)term;
        for (ir::Successor& succ : term2.succs)
          if (succ.block == blk) {
            succ.args.resize(F().block(blk).args.size());
            succ.args[pos] = in;
          }
      }
    }
    ssa_[blk.index].start_defs[var] = val;
    if (!ssa_[blk.index].defs.count(var)) ssa_[blk.index].defs[var] = val;
    return val;
  };
  if (s.snapshot_of.valid()) {
    ValueId v = start(s.snapshot_of);
    ssa_[b.index].defs[var] = v;
    return v;
  }
  return start(b);
}

void FuncGen::seal(BlockId b) {
  if (ssa_[b.index].sealed) return;
  for (size_t i = 0; i < ssa_[b.index].incomplete.size(); ++i) {
    auto [var, pos] = ssa_[b.index].incomplete[i];
    ValueId arg = F().block(b).args[pos];
    TypeId type = typeOf(arg);
    std::vector<BlockId> preds = ssa_[b.index].preds;
    for (BlockId p : preds) {
      ValueId in = readVar(var, p);
      if (typeOf(in) != type) {
        if (type != T().object() && type != T().floatObjType()) {
          for (auto& [key, idx] : vars_)
            if (idx == var) demoted_->insert(key);
          retry_ = true;
        } else {
          B().setInsertPoint(task_.fid, p);
          in = coerce(in, type);
          auto& insts = F().block(p).insts;
          ir::InstId moved = insts.back();
          insts.pop_back();
          insts.insert(insts.end() - 1, moved);
          if (cur_.valid()) B().setInsertPoint(task_.fid, cur_);
        }
      }
      for (ir::Successor& succ : F().inst(F().block(p).insts.back()).succs)
        if (succ.block == b) {
          succ.args.resize(F().block(b).args.size());
          succ.args[pos] = in;
        }
    }
  }
  ssa_[b.index].incomplete.clear();
  ssa_[b.index].sealed = true;
}

// ---- exception edges ----
// Raising instructions inside a try body are stamped with the try's
// placeholder block by the builder. Before the variable state changes (a
// write, a block switch), they are given a landing block whose variable
// values are those of this moment; the landing block jumps to the handler.

void FuncGen::pushTry(BlockId handler) {
  flushUnwind();
  BlockId placeholder = newBlock();
  ssa_[placeholder.index].sealed = true;
  eh_.emplace_back(placeholder, handler);
  B().setUnwind(placeholder);
}

void FuncGen::popTry() {
  flushUnwind();
  eh_.pop_back();
  B().setUnwind(eh_.empty() ? BlockId() : eh_.back().first);
}

void FuncGen::flushUnwind() {
  if (!cur_.valid()) return;
  // Indices only: newBlock() and the landing block's `br` grow the block,
  // instruction and SSA vectors, so references into them would dangle.
  size_t n = F().block(cur_).insts.size();
  if (ssa_[cur_.index].scanned >= n) return;
  BlockId landing;
  for (size_t i = ssa_[cur_.index].scanned; i < n; ++i) {
    ir::InstId id = F().block(cur_).insts[i];
    BlockId unwind = F().inst(id).unwind;
    if (!unwind.valid()) continue;
    auto it = std::find_if(eh_.begin(), eh_.end(), [&](auto& p) { return p.first == unwind; });
    if (it == eh_.end()) continue;
    BlockId handler = it->second;
    if (!landing.valid()) {
      landing = newBlock();
      BlockSsa& ls = ssa_[landing.index];
      ls.snapshot_of = cur_;
      ls.defs = ssa_[cur_.index].defs;
      ls.sealed = true;
      ls.preds.push_back(cur_);
      B().setInsertPoint(task_.fid, landing);
      B().br(handler);
      ssa_[handler.index].preds.push_back(landing);
      ssa_[landing.index].scanned = 1;
      B().setInsertPoint(task_.fid, cur_);
    }
    F().inst(id).unwind = landing;
  }
  ssa_[cur_.index].scanned = F().block(cur_).insts.size();
}

// ---- final clean-up ----

void FuncGen::finish() {
  ir::Function& f = F();
  // Blocks left without a terminator are unreachable (e.g. after `while True`).
  for (size_t bi = 0; bi < f.blocks.size(); ++bi) {
    auto& insts = f.blocks[bi].insts;
    if (insts.empty() || !(ir::opInfo(f.inst(insts.back()).op).flags & ir::kTerm)) {
      B().setInsertPoint(task_.fid, BlockId(static_cast<int32_t>(bi)));
      B().setUnwind({});
      B().unreachable();
    }
  }
  // Union-find of replaced values.
  std::vector<int32_t> repl(f.values.size());
  for (size_t i = 0; i < repl.size(); ++i) repl[i] = static_cast<int32_t>(i);
  std::function<int32_t(int32_t)> find = [&](int32_t v) {
    while (repl[v] != v) v = repl[v] = repl[repl[v]];
    return v;
  };
  // Incoming edges per block.
  std::vector<std::vector<std::pair<int32_t, int32_t>>> in(f.blocks.size());  // (inst, succ index)
  for (size_t bi = 0; bi < f.blocks.size(); ++bi)
    for (ir::InstId id : f.blocks[bi].insts)
      for (size_t si = 0; si < f.inst(id).succs.size(); ++si)
        in[f.inst(id).succs[si].block.index].emplace_back(id.index, static_cast<int32_t>(si));
  std::vector<std::vector<bool>> removed(f.blocks.size());
  for (size_t bi = 0; bi < f.blocks.size(); ++bi) removed[bi].assign(f.blocks[bi].args.size(), false);
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t bi = 1; bi < f.blocks.size(); ++bi) {
      if (in[bi].empty()) continue;
      for (size_t p = 0; p < f.blocks[bi].args.size(); ++p) {
        if (removed[bi][p]) continue;
        int32_t a = f.blocks[bi].args[p].index;
        int32_t same = -1;
        bool trivial = true;
        for (auto [ii, si] : in[bi]) {
          const auto& args = f.insts[ii].succs[si].args;
          TP_CHECK(p < args.size() && args[p].valid(), "irgen: block argument without operand");
          int32_t v = find(args[p].index);
          if (v == a || v == same) continue;
          if (same >= 0) {
            trivial = false;
            break;
          }
          same = v;
        }
        if (trivial && same >= 0) {
          repl[a] = same;
          removed[bi][p] = true;
          changed = true;
        }
      }
    }
  }
  // Nullability of values (an unbound local is the null word).
  std::vector<bool> nullable(f.values.size(), false);
  for (const ir::Inst& inst : f.insts)
    if (inst.op == ir::Op::ConstNull) nullable[inst.result.index] = true;
  changed = true;
  while (changed) {
    changed = false;
    for (size_t bi = 1; bi < f.blocks.size(); ++bi)
      for (size_t p = 0; p < f.blocks[bi].args.size(); ++p) {
        int32_t a = f.blocks[bi].args[p].index;
        if (removed[bi][p] || nullable[a]) continue;
        for (auto [ii, si] : in[bi])
          if (nullable[find(f.insts[ii].succs[si].args[p].index)]) {
            nullable[a] = true;
            changed = true;
            break;
          }
      }
  }
  // Rewrite operands, drop removed arguments and needless bound checks.
  for (size_t bi = 0; bi < f.blocks.size(); ++bi) {
    auto& blk = f.blocks[bi];
    std::vector<ValueId> args;
    for (size_t p = 0; p < blk.args.size(); ++p)
      if (!removed[bi][p]) args.push_back(blk.args[p]);
    blk.args = std::move(args);
    std::vector<ir::InstId> kept;
    for (ir::InstId id : blk.insts) {
      ir::Inst& inst = f.inst(id);
      for (ValueId& v : inst.operands) v = ValueId(find(v.index));
      if (inst.op == ir::Op::CheckBound && !nullable[inst.operands[0].index]) continue;
      // A speculated load's test that a variable is bound (spec.cpp, imm.i 1).
      if (inst.op == ir::Op::IsNull && inst.imm.i == 1 && !nullable[inst.operands[0].index]) {
        inst.op = ir::Op::ConstBool;
        inst.operands.clear();
        inst.imm.i = 0;
      }
      for (ir::Successor& succ : inst.succs) {
        std::vector<ValueId> sargs;
        for (size_t p = 0; p < succ.args.size(); ++p)
          if (!removed[succ.block.index][p]) sargs.push_back(ValueId(find(succ.args[p].index)));
        succ.args = std::move(sargs);
      }
      kept.push_back(id);
    }
    blk.insts = std::move(kept);
  }
  // Reachable blocks in their original order.
  std::vector<char> reach = ir::reachableBlocks(f, true);
  // Dead pure instructions (unused const.null placeholders etc.) are left to the passes.
  std::vector<int32_t> bmap(f.blocks.size(), -1), vmap(f.values.size(), -1);
  std::vector<ir::Block> blocks;
  std::vector<ir::Inst> insts;
  std::vector<ir::ValueInfo> values;
  for (size_t bi = 0; bi < f.blocks.size(); ++bi)
    if (reach[bi]) bmap[bi] = static_cast<int32_t>(blocks.size()), blocks.emplace_back();
  auto newValue = [&](ValueId old) {
    vmap[old.index] = static_cast<int32_t>(values.size());
    values.push_back(f.values[old.index]);
    return ValueId(vmap[old.index]);
  };
  for (size_t bi = 0; bi < f.blocks.size(); ++bi) {
    if (!reach[bi]) continue;
    ir::Block& nb = blocks[bmap[bi]];
    nb.cold = f.blocks[bi].cold;
    nb.twins = f.blocks[bi].twins;
    for (ValueId a : f.blocks[bi].args) {
      ValueId nv = newValue(a);
      values[nv.index].block = BlockId(bmap[bi]);
    }
    for (ir::InstId id : f.blocks[bi].insts) {
      ir::Inst inst = f.inst(id);
      ir::InstId nid(static_cast<int32_t>(insts.size()));
      if (inst.result.valid()) {
        ValueId nv = newValue(inst.result);
        values[nv.index].inst = nid;
      }
      insts.push_back(std::move(inst));
      nb.insts.push_back(nid);
    }
  }
  for (size_t bi = 0; bi < f.blocks.size(); ++bi) {
    if (!reach[bi]) continue;
    ir::Block& nb = blocks[bmap[bi]];
    for (size_t i = 0; i < f.blocks[bi].args.size(); ++i) nb.args.push_back(ValueId(vmap[f.blocks[bi].args[i].index]));
  }
  for (ir::Inst& inst : insts) {
    if (inst.result.valid()) inst.result = ValueId(vmap[inst.result.index]);
    for (ValueId& v : inst.operands) {
      TP_CHECK(vmap[v.index] >= 0, "irgen: operand defined in unreachable code");
      v = ValueId(vmap[v.index]);
    }
    for (ir::Successor& s : inst.succs) {
      s.block = BlockId(bmap[s.block.index]);
      for (ValueId& v : s.args) v = ValueId(vmap[v.index]);
    }
    if (inst.unwind.valid()) inst.unwind = BlockId(bmap[inst.unwind.index]);
  }
  for (ValueId& p : f.params) p = ValueId(vmap[p.index]);
  f.blocks = std::move(blocks);
  f.insts = std::move(insts);
  f.values = std::move(values);
}

}  // namespace taipan::irgen
