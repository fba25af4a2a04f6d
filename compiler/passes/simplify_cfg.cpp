// CFG simplification: folds cond_br on a const.bool (and cond_br whose two
// edges are identical) into br, removes blocks unreachable from the entry,
// and merges a block into its single predecessor when that predecessor ends
// in an unconditional br to it (substituting the branch arguments for the
// block's arguments). Repeats until nothing changes.
#include "compiler/passes/simplify_cfg.h"

#include "compiler/ir/cfg.h"

namespace taipan::passes {

namespace {

bool sameEdge(const ir::Successor& a, const ir::Successor& b) { return a.block == b.block && a.args == b.args; }

bool foldBranches(ir::Function& f) {
  bool changed = false;
  for (ir::Block& b : f.blocks) {
    if (b.insts.empty()) continue;
    ir::Inst& t = f.inst(b.insts.back());
    if (t.op != ir::Op::CondBr || t.succs.size() != 2 || t.operands.size() != 1) continue;
    const ir::ValueInfo& c = f.value(t.operands[0]);
    int keep = -1;
    if (c.inst.valid() && f.inst(c.inst).op == ir::Op::ConstBool)
      keep = f.inst(c.inst).imm.i ? 0 : 1;
    else if (sameEdge(t.succs[0], t.succs[1]))
      keep = 0;
    if (keep < 0) continue;
    ir::Successor s = std::move(t.succs[keep]);
    t.op = ir::Op::Br;
    t.operands.clear();
    t.succs.clear();
    t.succs.push_back(std::move(s));
    changed = true;
  }
  return changed;
}

bool removeUnreachable(ir::Function& f) {
  std::vector<char> seen = ir::reachableBlocks(f, true);
  return compactBlocks(f, seen);
}

void replaceUses(ir::Function& f, ir::ValueId from, ir::ValueId to) {
  for (ir::Block& b : f.blocks) {
    for (ir::InstId i : b.insts) {
      ir::Inst& in = f.inst(i);
      for (auto& v : in.operands)
        if (v == from) v = to;
      for (auto& s : in.succs)
        for (auto& v : s.args)
          if (v == from) v = to;
    }
  }
}

bool mergeBlocks(ir::Function& f) {
  // Predecessor edges per block (an edge counts once per successor slot).
  std::vector<int> preds(f.blocks.size(), 0);
  for (ir::Block& b : f.blocks) {
    for (ir::InstId i : b.insts) {
      const ir::Inst& in = f.inst(i);
      for (const auto& s : in.succs) ++preds[s.block.index];
      if (in.unwind.valid()) ++preds[in.unwind.index];
    }
  }
  std::vector<char> keep(f.blocks.size(), 1);
  bool changed = false;
  for (size_t p = 0; p < f.blocks.size(); ++p) {
    if (!keep[p]) continue;
    // Merge successors repeatedly into p (chains of blocks collapse at once).
    for (;;) {
      ir::Block& pb = f.blocks[p];
      if (pb.insts.empty()) break;
      ir::Inst& t = f.inst(pb.insts.back());
      if (t.op != ir::Op::Br || t.succs.size() != 1) break;
      int32_t s = t.succs[0].block.index;
      if (s == 0 || static_cast<size_t>(s) == p || preds[s] != 1 || !keep[s]) break;
      std::vector<ir::ValueId> args = t.succs[0].args;
      ir::Block sb = std::move(f.blocks[s]);
      f.blocks[s] = ir::Block();
      keep[s] = 0;
      ir::Block& pb2 = f.blocks[p];
      pb2.insts.pop_back();
      pb2.insts.insert(pb2.insts.end(), sb.insts.begin(), sb.insts.end());
      // After the move, so that uses inside the merged block are rewritten too.
      for (size_t k = 0; k < sb.args.size() && k < args.size(); ++k) {
        replaceUses(f, sb.args[k], args[k]);
        f.value(sb.args[k]).block = ir::BlockId();
      }
      changed = true;
    }
  }
  if (changed) compactBlocks(f, keep);
  return changed;
}

}  // namespace

bool SimplifyCfg::run(ir::Module& module) {
  bool changed = false;
  for (ir::Function& f : module.functions) {
    if (f.blocks.empty()) continue;
    for (bool again = true; again;) {
      again = foldBranches(f);
      again |= removeUnreachable(f);
      again |= mergeBlocks(f);
      changed |= again;
    }
  }
  return changed;
}

}  // namespace taipan::passes
