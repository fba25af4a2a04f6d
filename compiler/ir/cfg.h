// Control-flow graph queries over an IR function, shared by irgen, the
// passes and lowering: each block's successors and predecessors, the blocks
// reachable from the entry, and whether a set of blocks holds a cycle.
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/ir/ir.h"

namespace taipan::ir {

struct Cfg {
  std::vector<std::vector<int32_t>> succ, pred;  // by block index, in instruction order
};

// The edges of `f`: every successor of every instruction, and with
// `with_unwind` the exception edges too.
Cfg cfgOf(const Function& f, bool with_unwind);

// The blocks reachable from the entry (1 each), over the successor edges and
// with `with_unwind` the exception edges too.
std::vector<char> reachableBlocks(const Function& f, bool with_unwind);

// True when the blocks marked in `member` hold a cycle over the edges
// between them (edges to blocks outside are ignored).
bool hasCycle(const Cfg& g, const std::vector<char>& member);

}  // namespace taipan::ir
