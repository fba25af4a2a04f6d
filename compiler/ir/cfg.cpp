// Control-flow graph queries (cfg.h): edge lists, reachability from the
// entry and an iterative depth-first cycle test.
#include "compiler/ir/cfg.h"

#include <utility>

namespace taipan::ir {

Cfg cfgOf(const Function& f, bool with_unwind) {
  Cfg g;
  g.succ.resize(f.blocks.size());
  g.pred.resize(f.blocks.size());
  for (size_t b = 0; b < f.blocks.size(); ++b)
    for (InstId iid : f.blocks[b].insts) {
      const Inst& in = f.inst(iid);
      auto edge = [&](BlockId to) {
        g.succ[b].push_back(to.index);
        g.pred[to.index].push_back(static_cast<int32_t>(b));
      };
      for (const Successor& s : in.succs) edge(s.block);
      if (with_unwind && in.unwind.valid()) edge(in.unwind);
    }
  return g;
}

std::vector<char> reachableBlocks(const Function& f, bool with_unwind) {
  std::vector<char> seen(f.blocks.size(), 0);
  if (f.blocks.empty()) return seen;
  std::vector<int32_t> work{0};
  seen[0] = 1;
  auto visit = [&](BlockId t) {
    if (t.valid() && !seen[t.index]) seen[t.index] = 1, work.push_back(t.index);
  };
  while (!work.empty()) {
    int32_t b = work.back();
    work.pop_back();
    for (InstId iid : f.blocks[b].insts) {
      const Inst& in = f.inst(iid);
      for (const Successor& s : in.succs) visit(s.block);
      if (with_unwind) visit(in.unwind);
    }
  }
  return seen;
}

bool hasCycle(const Cfg& g, const std::vector<char>& member) {
  std::vector<uint8_t> state(member.size(), 0);  // 0 new, 1 on the stack, 2 done
  std::vector<std::pair<int32_t, size_t>> stack;
  for (size_t root = 0; root < member.size(); ++root) {
    if (!member[root] || state[root]) continue;
    stack.push_back({static_cast<int32_t>(root), 0});
    state[root] = 1;
    while (!stack.empty()) {
      auto& [x, i] = stack.back();
      if (i < g.succ[x].size()) {
        int32_t y = g.succ[x][i++];
        if (!member[y]) continue;
        if (state[y] == 1) return true;
        if (state[y] == 0) {
          state[y] = 1;
          stack.push_back({y, 0});
        }
      } else {
        state[x] = 2;
        stack.pop_back();
      }
    }
  }
  return false;
}

}  // namespace taipan::ir
