// Dead code elimination. Pure instructions (kPure in ops.def) whose result
// nobody uses are dropped, to a fixed point; then block arguments that no
// instruction uses are removed together with the values every branch passes
// for them, which can make more instructions dead, so the two steps repeat.
#include "compiler/passes/dce.h"

namespace taipan::passes {

namespace {

std::vector<int> countUses(const ir::Function& f) {
  std::vector<int> uses(f.values.size(), 0);
  for (const ir::Block& b : f.blocks) {
    for (ir::InstId i : b.insts) {
      const ir::Inst& in = f.inst(i);
      for (ir::ValueId v : in.operands) ++uses[v.index];
      for (const auto& s : in.succs)
        for (ir::ValueId v : s.args) ++uses[v.index];
    }
  }
  for (ir::ValueId p : f.params) ++uses[p.index];  // parameters are part of the calling convention
  return uses;
}

bool removeDeadInsts(ir::Function& f) {
  bool changed = false;
  for (bool again = true; again;) {
    again = false;
    std::vector<int> uses = countUses(f);
    for (ir::Block& b : f.blocks) {
      std::vector<ir::InstId> kept;
      kept.reserve(b.insts.size());
      for (ir::InstId i : b.insts) {
        const ir::Inst& in = f.inst(i);
        bool dead = (ir::opInfo(in.op).flags & ir::kPure) && in.result.valid() && uses[in.result.index] == 0;
        if (dead) {
          again = changed = true;
        } else {
          kept.push_back(i);
        }
      }
      b.insts = std::move(kept);
    }
  }
  return changed;
}

bool removeDeadArgs(ir::Function& f) {
  std::vector<int> uses = countUses(f);
  bool changed = false;
  for (size_t b = 1; b < f.blocks.size(); ++b) {  // the entry block's arguments are the parameters
    ir::Block& blk = f.blocks[b];
    for (size_t k = blk.args.size(); k-- > 0;) {
      ir::ValueId arg = blk.args[k];
      if (uses[arg.index] != 0) continue;
      blk.args.erase(blk.args.begin() + static_cast<long>(k));
      for (ir::Block& pb : f.blocks) {
        for (ir::InstId i : pb.insts) {
          for (auto& s : f.inst(i).succs) {
            if (s.block.index == static_cast<int32_t>(b) && k < s.args.size()) {
              s.args.erase(s.args.begin() + static_cast<long>(k));
            }
          }
        }
      }
      f.value(arg).block = ir::BlockId();
      changed = true;
    }
  }
  return changed;
}

}  // namespace

bool DeadCodeElimination::run(ir::Module& module) {
  bool changed = false;
  for (ir::Function& f : module.functions) {
    for (bool again = true; again;) {
      again = removeDeadInsts(f);
      again |= removeDeadArgs(f);
      changed |= again;
    }
  }
  return changed;
}

}  // namespace taipan::passes
