// Range loop versioning (decision 0059). irgen lowers `for i in range(a, b)`
// with step 1 to a counter loop over typed ints (step -1: int.gt, -1):
//
//   ^pre:  ... br ^head(a, ...)
//   ^head(%i, ...): %more = int.lt %i, %b; cond_br %more, ^body, ^exit
//   ^body: %next = int.add %i, 1; ...; br ^head(%next, ...)   (every back edge)
//
// Each typed int op tests its operands' tags and checks for overflow, so the
// counter's tag is tested again wherever the body uses it, and LLVM cannot
// tell that it stays small. When a and b are small on entry, the counter
// stays below b, so it is small and `%i + 1` cannot overflow (above b and
// `%i - 1` for step -1); this pass
// copies the loop and, behind an int.is_small test of each bound, runs the
// copy with int.lt_small (int.gt_small) and int.add_small (single machine
// operations). The
// counter is then a plain recurrence over tagged words, and LLVM proves its
// tag and range in the body. The original loop runs when a bound is a big
// int; it is marked cold.
//
// Only innermost loops whose every way out (the header's exit edge, a
// break, directly or through a block that only branches on) goes to one
// block that nothing else enters, with one entry edge,
// no exception edges and at most kMaxInsts instructions are copied. After
// the loop, only the exit block's arguments and the values the header
// defines can be used (the header's exit edge bypasses the body); the exit
// block receives the latter as new arguments, on every edge from any
// copy.
//
// Index copies (decision 0068): when the bounds and every int the loop
// reads from outside it can lie in [0, 2**kIndexBits), a third copy runs
// behind int.is_index tests of them. Its body promises LLVM that range
// for the counter (int.assume_index) and reads the tested values through
// int.narrow, so that LLVM proves sums and products of them small and drops
// their overflow checks. Otherwise the counted copy runs, as before. A
// constant step other than 1 and -1 (below 2**kIndexBits) gets the index
// copy alone, the original loop otherwise: with a small stop, the last step
// of a counted copy could leave the small ints.
#include "compiler/passes/range_loop.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "compiler/ir/builder.h"
#include "compiler/ir/cfg.h"

namespace taipan::passes {

namespace {

constexpr size_t kMaxInsts = 400;
// The most ints from outside the loop that the index copy tests on entry.
constexpr size_t kMaxIndexChecks = 6;
// The largest direct callee (in IR instructions) whose int arithmetic on an
// argument makes the index copy worth having (it is inlined: lowering's
// small leaves, decision 0057, are at most four times 24 instructions).
constexpr size_t kMaxCalleeInsts = 96;

// The instructions of a block other than set.line.
std::vector<ir::InstId> realInsts(const ir::Function& f, const ir::Block& blk) {
  std::vector<ir::InstId> out;
  for (ir::InstId iid : blk.insts)
    if (f.inst(iid).op != ir::Op::SetLine) out.push_back(iid);
  return out;
}

// The int arithmetic whose overflow checks the index copy can drop when an
// operand is known to be an index.
bool isIntArith(ir::Op op) {
  switch (op) {
    case ir::Op::IntAdd:
    case ir::Op::IntSub:
    case ir::Op::IntMul:
    case ir::Op::IntFloorDiv:
    case ir::Op::IntMod:
    case ir::Op::IntLShift:
    case ir::Op::IntNeg:
      return true;
    default:
      return false;
  }
}

// A constant that is certainly a small int (|v| < 10**18).
bool isSmallConst(const ir::Function& f, ir::ValueId v) {
  const ir::ValueInfo& vi = f.value(v);
  if (!vi.inst.valid() || f.inst(vi.inst).op != ir::Op::ConstInt) return false;
  const std::string& t = f.inst(vi.inst).imm.text;
  return t.size() <= (t[0] == '-' ? 19u : 18u);
}

// The value of a constant for which isSmallConst holds.
long long smallConstValue(const ir::Function& f, ir::ValueId v) { return std::stoll(f.inst(f.value(v).inst).imm.text); }

// A constant in [lo, 2**kIndexBits) (the index range starts at 0).
bool isIndexConst(const ir::Function& f, ir::ValueId v, long long lo = 0) {
  if (!isSmallConst(f, v)) return false;
  long long x = smallConstValue(f, v);
  return x >= lo && x < (1LL << ir::kIndexBits);
}

class LoopVersioner {
 public:
  LoopVersioner(ir::Module& m, ir::FuncId fid) : m_(m), fid_(fid), b_(m) {}

  bool run() {
    // Copies are visited too (a loop nested in a counted copy is versioned
    // in it); the original of a versioned loop is cold and skipped.
    bool changed = false;
    for (size_t h = 0; h < f().blocks.size(); ++h)
      if (!f().blocks[h].cold) changed |= tryHeader(static_cast<int32_t>(h));
    return changed;
  }

 private:
  ir::Function& f() { return m_.func(fid_); }

  // The block that defines v: its instruction's (block_of, -1 for none), or
  // the block whose argument it is.
  int32_t defBlock(const std::vector<int32_t>& block_of, ir::ValueId v) {
    const ir::ValueInfo& vi = f().value(v);
    return vi.inst.valid() ? block_of[vi.inst.index] : vi.block.index;
  }

  bool tryHeader(int32_t h) {
    ir::Function& fn = f();
    std::vector<ir::InstId> hi = realInsts(fn, fn.blocks[h]);
    if (hi.size() != 2) return false;
    const ir::Inst& lt = fn.inst(hi[0]);
    const ir::Inst& br = fn.inst(hi[1]);
    bool up = lt.op == ir::Op::IntLt;  // step 1; int.gt: step -1
    if ((!up && lt.op != ir::Op::IntGt) || br.op != ir::Op::CondBr || br.operands[0] != lt.result) return false;
    ir::ValueId ctr = lt.operands[0], stop = lt.operands[1];
    const std::vector<ir::ValueId>& hargs = fn.blocks[h].args;
    size_t k = 0;
    while (k < hargs.size() && hargs[k] != ctr) ++k;
    if (k == hargs.size()) return false;
    // A pair loop: the stop is a header argument too.
    size_t ks = 0;
    while (ks < hargs.size() && hargs[ks] != stop) ++ks;
    bool pair = ks < hargs.size();
    if (pair && ks == k) return false;
    int32_t body = br.succs[0].block.index, exit = br.succs[1].block.index;
    if (body == h || exit == h) return false;

    // The loop: blocks reached from the body without passing the header
    // that lead back to it.
    ir::Cfg g = ir::cfgOf(fn, true);
    std::vector<char> fwd(fn.blocks.size(), 0), in_loop(fn.blocks.size(), 0);
    std::vector<int32_t> work{body};
    fwd[body] = 1;
    while (!work.empty()) {
      int32_t x = work.back();
      work.pop_back();
      for (int32_t y : g.succ[x])
        if (y != h && !fwd[y]) fwd[y] = 1, work.push_back(y);
    }
    std::vector<int32_t> latches;
    for (int32_t p : g.pred[h])
      if (fwd[p]) latches.push_back(p);
    if (latches.empty()) return false;
    in_loop[h] = 1;
    for (int32_t p : latches)
      if (!in_loop[p]) in_loop[p] = 1, work.push_back(p);
    while (!work.empty()) {
      int32_t x = work.back();
      work.pop_back();
      for (int32_t y : g.pred[x])
        if (fwd[y] && !in_loop[y]) in_loop[y] = 1, work.push_back(y);
    }
    if (!in_loop[body] || in_loop[exit]) return false;
    // A break reaches the exit through a block of its own that only passes
    // values on (`br exit(...)`): such a block is copied with the loop.
    std::vector<int32_t> loop_blocks;
    for (size_t x = 0; x < fn.blocks.size(); ++x)
      if (in_loop[x]) loop_blocks.push_back(static_cast<int32_t>(x));
    for (int32_t x : loop_blocks)
      for (int32_t y : g.succ[x]) {
        if (in_loop[y] || y == exit || g.pred[y].size() != 1 || !fn.blocks[y].args.empty()) continue;
        std::vector<ir::InstId> yi = realInsts(fn, fn.blocks[y]);
        const ir::Inst& t = fn.inst(yi.back());
        if (yi.size() == 1 && t.op == ir::Op::Br && t.succs[0].block.index == exit) in_loop[y] = 1;
      }
    // A speculating function's landing (decisions 0056, 0081) leaves the
    // loop for its generic copy: a cold block whose predecessors (a unit's
    // tests) are all in the loop, that ends in a jump to a block outside it,
    // passing the values that copy needs as arguments. It is copied with the
    // loop, each copy jumping from its own.
    std::vector<char> landing(fn.blocks.size(), 0);
    bool has_landing = false;
    auto preds_in_loop = [&](int32_t y) {
      for (int32_t p : g.pred[y])
        if (!in_loop[p]) return false;
      return true;
    };
    for (int32_t x : loop_blocks)
      for (int32_t y : g.succ[x]) {
        const ir::Block& yb = fn.blocks[y];
        if (in_loop[y] || y == exit || !preds_in_loop(y) || !yb.cold || !yb.args.empty()) continue;
        const ir::Inst& t = fn.inst(yb.insts.back());
        if (t.op != ir::Op::Br || in_loop[t.succs[0].block.index] || t.succs[0].block.index == exit) continue;
        landing[y] = in_loop[y] = 1;
        has_landing = true;
      }

    // One way out, one way in, no exception edges, not too large.
    size_t insts = 0;
    std::vector<int32_t> blocks;
    for (size_t x = 0; x < fn.blocks.size(); ++x) {
      if (!in_loop[x]) continue;
      blocks.push_back(static_cast<int32_t>(x));
      insts += fn.blocks[x].insts.size();
      for (ir::InstId iid : fn.blocks[x].insts)
        if (fn.inst(iid).unwind.valid()) return false;
      for (int32_t y : g.succ[x])
        if (!in_loop[y] && y != exit && !landing[x]) return false;
    }
    // Only innermost loops are copied (a copy of an outer loop would copy
    // its inner loops, and versioning those again in the copy multiplies
    // the code): no cycle among the blocks other than the header.
    std::vector<char> inner = in_loop;
    inner[h] = 0;
    if (insts > kMaxInsts || ir::hasCycle(g, inner)) return false;
    for (int32_t p : g.pred[exit])
      if (!in_loop[p]) return false;
    std::vector<int32_t> outside;
    for (int32_t p : g.pred[h])
      if (!in_loop[p]) outside.push_back(p);
    if (outside.size() != 1) return false;
    int32_t pre = outside[0];
    const ir::Inst& pre_br = fn.inst(fn.blocks[pre].insts.back());
    if (pre_br.op != ir::Op::Br || pre_br.succs.size() != 1 || pre_br.succs[0].block.index != h) return false;
    ir::ValueId start = pre_br.succs[0].args[k];
    ir::ValueId stop_start = pair ? pre_br.succs[0].args[ks] : ir::ValueId();

    // The stop is defined before the loop; every back edge passes %i + 1.
    std::vector<int32_t> block_of(fn.insts.size(), -1);
    for (size_t x = 0; x < fn.blocks.size(); ++x)
      for (ir::InstId iid : fn.blocks[x].insts) block_of[iid.index] = static_cast<int32_t>(x);
    if (!pair && (defBlock(block_of, stop) < 0 || in_loop[defBlock(block_of, stop)])) return false;
    // Past a landing, the generic copy may use the values the loop defined
    // before it directly (a join of one predecessor needs no arguments);
    // only the header's values are passed on to the exit.
    auto body_value = [&](ir::ValueId v) {
      if (!v.valid()) return false;
      int32_t d = defBlock(block_of, v);
      return d >= 0 && d != h && in_loop[d];
    };
    if (has_landing)
      for (size_t x = 0; x < fn.blocks.size(); ++x) {
        if (in_loop[x]) continue;
        for (ir::InstId iid : fn.blocks[x].insts) {
          const ir::Inst& in = fn.inst(iid);
          for (ir::ValueId o : in.operands)
            if (body_value(o)) return false;
          for (const ir::Successor& sc : in.succs)
            for (ir::ValueId o : sc.args)
              if (body_value(o)) return false;
        }
      }
    // Every back edge passes the same next value of an argument.
    auto nextOf = [&](size_t arg) {
      ir::ValueId next;
      for (int32_t p : latches) {
        const ir::Inst& t = fn.inst(fn.blocks[p].insts.back());
        for (const ir::Successor& s : t.succs) {
          if (s.block.index != h) continue;
          if (next.valid() && s.args[arg] != next) return ir::ValueId();
          next = s.args[arg];
        }
      }
      return next;
    };
    // A pair loop (`while lo < hi: ...; lo += 1; hi -= 1`): the lesser
    // argument steps up by 1 or stays, the greater steps down by 1 or stays.
    // In the body the lesser is below the greater, so each stays between the
    // two entry values: small when they are, in the index range when they
    // are.
    if (pair) {
      std::vector<ir::InstId> steps;
      if (!pairStep(ctr, nextOf(k), up ? 1 : -1, steps) || !pairStep(stop, nextOf(ks), up ? -1 : 1, steps) ||
          steps.empty())
        return false;
      return version({up, 0, h, body, pre, exit, ctr, start, {}, stop, stop_start, steps}, blocks, in_loop, block_of);
    }
    ir::ValueId next = nextOf(k);
    if (!next.valid()) return false;
    const ir::ValueInfo& ni = fn.value(next);
    if (!ni.inst.valid()) return false;
    const ir::Inst& add = fn.inst(ni.inst);
    // The step: 1 or -1, or a constant of the index range going the same
    // way (index copy only).
    if (add.op != ir::Op::IntAdd || add.operands[0] != ctr || !isSmallConst(fn, add.operands[1])) return false;
    long long step = smallConstValue(fn, add.operands[1]);
    if (up ? (step < 1 || step >= (1LL << ir::kIndexBits)) : (step > -1 || step <= -(1LL << ir::kIndexBits)))
      return false;
    return version({up, step, h, body, pre, exit, ctr, start, stop, {}, {}, {ni.inst}}, blocks, in_loop, block_of);
  }

  // The step of a pair loop's argument `v` (its value on every back edge
  // `next`) toward the other: 0 when it stays, else `dir` (1: v + 1, -1:
  // v - 1). Returns false for anything else.
  bool pairStep(ir::ValueId v, ir::ValueId next, int dir, std::vector<ir::InstId>& steps) {
    if (!next.valid()) return false;
    if (next == v) return true;
    const ir::ValueInfo& ni = f().value(next);
    if (!ni.inst.valid()) return false;
    const ir::Inst& in = f().inst(ni.inst);
    if ((in.op != ir::Op::IntAdd && in.op != ir::Op::IntSub) || in.operands[0] != v ||
        !isSmallConst(f(), in.operands[1]))
      return false;
    long long c = smallConstValue(f(), in.operands[1]);
    if ((in.op == ir::Op::IntSub ? -c : c) != dir) return false;
    steps.push_back(ni.inst);
    return true;
  }

  // What version() copies: a counted loop's counter `ctr`, entering as
  // `start`, stepping by `step` below (`up`) or above `stop`; or a pair
  // loop's two arguments, `ctr` below (`up`) or above `other`, entering as
  // `start` and `other_start`. The copies turn `steps` (the counter's step,
  // or each argument's) into int.add_small.
  struct Versioning {
    bool up;
    long long step;
    int32_t h, body, pre, exit;
    ir::ValueId ctr, start, stop;
    ir::ValueId other, other_start;
    std::vector<ir::InstId> steps;
    bool pair() const { return other.valid(); }
  };

  // The loop's blocks copied once: block and value maps from the original.
  struct Copy {
    std::map<int32_t, int32_t> bm;
    std::map<int32_t, ir::ValueId> vm;
    ir::ValueId map(ir::ValueId v) const {
      auto it = vm.find(v.index);
      return it == vm.end() ? v : it->second;
    }
  };

  // Copies the loop; the copy's header compare and counter step are the
  // small ops.
  // `negated` holds, for an int.sub step, its constant negated (defined
  // before the loop): the copy adds it.
  Copy copyLoop(int32_t h, const std::vector<int32_t>& blocks, const std::vector<ir::InstId>& steps,
                const std::map<int32_t, ir::ValueId>& negated) {
    // Blocks and arguments first, then every result, then the instructions
    // (a use may come before its definition in block order).
    Copy c;
    for (int32_t x : blocks) {
      ir::BlockId nb = b_.createBlock(fid_);
      c.bm[x] = nb.index;
      f().blocks[nb.index].cold = f().blocks[x].cold;
      f().blocks[nb.index].twins = f().blocks[x].twins;
      std::vector<ir::ValueId> args = f().blocks[x].args;  // a copy: addBlockArg grows values
      for (ir::ValueId a : args) c.vm[a.index] = b_.addBlockArg(fid_, nb, f().value(a).type, f().value(a).name);
    }
    int32_t next_inst = static_cast<int32_t>(f().insts.size());
    std::vector<ir::InstId> order;
    for (int32_t x : blocks)
      for (ir::InstId iid : f().blocks[x].insts) {
        order.push_back(iid);
        ir::InstId copy(next_inst++);
        const ir::Inst& in = f().inst(iid);
        if (in.result.valid()) {
          ir::ValueInfo vi = f().value(in.result);
          vi.inst = copy;
          c.vm[in.result.index] = ir::ValueId(static_cast<int32_t>(f().values.size()));
          f().values.push_back(vi);
        }
      }
    size_t at = 0;
    for (int32_t x : blocks)
      for (size_t i = 0; i < f().blocks[x].insts.size(); ++i) {
        ir::InstId from = order[at++];
        ir::Inst in = f().inst(from);
        bool is_step = std::find(steps.begin(), steps.end(), from) != steps.end();
        for (ir::ValueId& v : in.operands) v = c.map(v);
        for (ir::Successor& s : in.succs) {
          if (auto it = c.bm.find(s.block.index); it != c.bm.end()) s.block = ir::BlockId(it->second);
          for (ir::ValueId& v : s.args) v = c.map(v);
        }
        if (in.result.valid()) in.result = c.map(in.result);
        if (x == h && in.op == ir::Op::IntLt) in.op = ir::Op::IntLtSmall;
        if (x == h && in.op == ir::Op::IntGt) in.op = ir::Op::IntGtSmall;
        if (is_step) {
          if (in.op == ir::Op::IntSub) in.operands[1] = negated.at(from.index);
          in.op = ir::Op::IntAddSmall;
        }
        ir::InstId id(static_cast<int32_t>(f().insts.size()));
        f().insts.push_back(std::move(in));
        f().blocks[c.bm[x]].insts.push_back(id);
      }
    return c;
  }

  // Calls visit(operand) for every operand and branch argument of the
  // instructions of `blocks`.
  template <class Visit>
  void eachOperand(const std::vector<int32_t>& blocks, Visit&& visit) {
    for (int32_t x : blocks)
      for (ir::InstId iid : f().blocks[x].insts) {
        ir::Inst& in = f().inst(iid);
        for (ir::ValueId& o : in.operands) visit(o);
        for (ir::Successor& s : in.succs)
          for (ir::ValueId& o : s.args) visit(o);
      }
  }

  // Whether the loop computes with the counter or the ints it reads from
  // outside (`known`, the values the index copy bounds): int arithmetic
  // other than the counter's step, or a direct call given one (a small
  // leaf, inlined). Only then can the index copy drop checks; else it would
  // only add code (and compile time).
  // A pair loop's lists indexed by its arguments count too: lowering
  // proves a counted loop's counter non-negative, but not an argument that
  // steps down.
  bool computesWithIndices(const std::vector<int32_t>& blocks, const std::vector<ir::InstId>& steps,
                           const std::set<int32_t>& known, bool indexing) {
    for (int32_t x : blocks)
      for (ir::InstId iid : f().blocks[x].insts) {
        const ir::Inst& in = f().inst(iid);
        if (std::find(steps.begin(), steps.end(), iid) != steps.end()) continue;
        bool list_index = in.op == ir::Op::ListGetItem || in.op == ir::Op::ListSetItem || in.op == ir::Op::ListItemIs;
        if (indexing && list_index) {
          ir::ValueId key = in.operands[1];
          const ir::ValueInfo& ki = f().value(key);
          if (ki.inst.valid() && f().inst(ki.inst).op == ir::Op::Cast) key = f().inst(ki.inst).operands[0];
          if (known.count(key.index)) return true;
        } else if (isIntArith(in.op)) {
          for (ir::ValueId o : in.operands)
            if (known.count(o.index)) return true;
        } else if (in.op == ir::Op::CallDirect) {
          for (size_t k = 0; k < in.operands.size(); ++k)
            if (known.count(in.operands[k].index) && calleeComputesWith(in.imm.func, k)) return true;
        }
      }
    return false;
  }

  // Whether the direct callee `fid` is small enough to be inlined and does
  // int arithmetic on its parameter k itself: a value passed to anything
  // else (wordfreq's `rng.below(v)`, whose body computes on objects) gains
  // nothing from the index copy.
  bool calleeComputesWith(ir::FuncId fid, size_t k) {
    if (fid.index < 0 || static_cast<size_t>(fid.index) >= m_.functions.size()) return false;
    const ir::Function& g = m_.func(fid);
    if (g.insts.size() > kMaxCalleeInsts || g.blocks.empty() || k >= g.blocks[0].args.size()) return false;
    ir::ValueId p = g.blocks[0].args[k];
    for (const ir::Inst& in : g.insts) {
      bool uses_index = isIntArith(in.op) || in.op == ir::Op::IntLt || in.op == ir::Op::IntGt ||
                        in.op == ir::Op::ListGetItem || in.op == ir::Op::ListSetItem;
      if (uses_index)
        for (ir::ValueId o : in.operands)
          if (o == p) return true;
    }
    return false;
  }

  // The ints the loop reads from outside it, other than the bounds and
  // constants (LLVM knows a constant): the index copy tests each on entry.
  // Returns false when there are more than it tests.
  bool invariants(const std::vector<int32_t>& blocks, const std::vector<char>& in_loop,
                  const std::vector<int32_t>& block_of, ir::ValueId start, ir::ValueId stop,
                  std::vector<ir::ValueId>& out) {
    ir::TypeId int_t = m_.types.intType();
    std::set<int32_t> seen{start.index, stop.index};
    auto visit = [&](ir::ValueId v) {
      if (!v.valid() || f().value(v).type != int_t || !seen.insert(v.index).second) return;
      int32_t d = defBlock(block_of, v);
      if (d < 0 || in_loop[d]) return;
      const ir::ValueInfo& vi = f().value(v);
      if (!vi.inst.valid() || f().inst(vi.inst).op != ir::Op::ConstInt) out.push_back(v);
    };
    // A value only passed out of the loop (to the exit, or from a landing to
    // the generic copy) is not computed with: it needs no test.
    for (int32_t x : blocks)
      for (ir::InstId iid : f().blocks[x].insts) {
        const ir::Inst& in = f().inst(iid);
        for (ir::ValueId o : in.operands) visit(o);
        for (const ir::Successor& sc : in.succs)
          if (in_loop[sc.block.index])
            for (ir::ValueId o : sc.args) visit(o);
      }
    return out.size() <= kMaxIndexChecks;
  }

  // Copies the loop (false: nothing to gain, nothing changed). A step
  // other than 1 and -1 gets only the index copy: with a small stop, the
  // counter's last step could leave the small ints.
  bool version(const Versioning& v, const std::vector<int32_t>& blocks, const std::vector<char>& in_loop,
               const std::vector<int32_t>& block_of) {
    const int32_t h = v.h, body = v.body, pre = v.pre, exit = v.exit;
    const ir::ValueId ctr = v.ctr, start = v.start;
    // The other bound on entry: the stop, or a pair loop's other argument.
    const ir::ValueId stop = v.pair() ? v.other_start : v.stop;
    bool unit = v.pair() || v.step == 1 || v.step == -1;
    // The index copy's entry tests: the bounds and the invariants.
    std::vector<ir::ValueId> inv;
    // A loop counting down may stop at -1 and still count in the range.
    bool index_copy = (isSmallConst(f(), start) ? isIndexConst(f(), start) : true) &&
                      (isSmallConst(f(), stop) ? isIndexConst(f(), stop, v.up || v.pair() ? 0 : -1) : true) &&
                      invariants(blocks, in_loop, block_of, start, stop, inv);
    if (index_copy && unit) {
      std::set<int32_t> known{ctr.index};
      if (v.pair()) known.insert(v.other.index);
      for (ir::ValueId x : inv) known.insert(x.index);
      index_copy = computesWithIndices(blocks, v.steps, known, v.pair());
    }
    if (!unit && !index_copy) return false;
    // An int.sub step adds its constant negated in the copies, defined
    // before the loop.
    std::map<int32_t, ir::ValueId> negated;
    for (ir::InstId s : v.steps) {
      if (f().inst(s).op != ir::Op::IntSub) continue;
      long long c = smallConstValue(f(), f().inst(s).operands[1]);
      ir::InstId br = f().blocks[pre].insts.back();
      f().blocks[pre].insts.pop_back();
      b_.setInsertPoint(fid_, ir::BlockId(pre));
      b_.setUnwind(ir::BlockId());
      b_.setLine(f().inst(br).line);
      negated[s.index] = b_.constInt(static_cast<int64_t>(-c));
      f().blocks[pre].insts.push_back(br);
    }
    std::vector<ir::ValueId> bounds;
    if (!isSmallConst(f(), start)) bounds.push_back(start);
    if (!isSmallConst(f(), stop)) bounds.push_back(stop);
    std::vector<ir::ValueId> tested = bounds;
    tested.insert(tested.end(), inv.begin(), inv.end());
    std::vector<Copy> copies;
    if (index_copy) {
      copies.push_back(copyLoop(h, blocks, v.steps, negated));
      Copy& c = copies.back();
      // The body starts with promises: the counter is in the index range
      // (it stays between the bounds), and so is each tested value, which
      // the loop after the header reads through int.narrow. (The entry test
      // alone does not tell LLVM: its range analysis gives up on values
      // that flow around a loop.)
      ir::Block& bb = f().blocks[c.bm.at(body)];
      int32_t line = f().inst(bb.insts.front()).line;
      std::vector<ir::InstId> head;
      auto add_inst = [&](ir::Op op, std::vector<ir::ValueId> operands, ir::ValueId result) {
        ir::Inst a;
        a.op = op;
        a.operands = std::move(operands);
        a.result = result;
        a.line = line;
        head.push_back(ir::InstId(static_cast<int32_t>(f().insts.size())));
        f().insts.push_back(std::move(a));
      };
      add_inst(ir::Op::IntAssumeIndex, {c.map(ctr)}, {});
      if (v.pair()) add_inst(ir::Op::IntAssumeIndex, {c.map(v.other)}, {});
      // Only the values that the blocks after the header read.
      std::vector<int32_t> after_header;
      for (const auto& [x, nb] : c.bm)
        if (x != h) after_header.push_back(nb);
      std::set<int32_t> read;
      eachOperand(after_header, [&](ir::ValueId& o) { read.insert(o.index); });
      std::map<int32_t, ir::ValueId> narrowed;
      for (ir::ValueId t : tested) {
        if (!read.count(t.index)) continue;
        ir::ValueInfo vi = f().value(t);
        vi.inst = ir::InstId(static_cast<int32_t>(f().insts.size()));
        vi.block = {};
        ir::ValueId n(static_cast<int32_t>(f().values.size()));
        f().values.push_back(vi);
        add_inst(ir::Op::IntNarrow, {t, c.map(ctr)}, n);
        narrowed[t.index] = n;
      }
      eachOperand(after_header, [&](ir::ValueId& o) {
        if (auto it = narrowed.find(o.index); it != narrowed.end()) o = it->second;
      });
      bb.insts.insert(bb.insts.begin(), head.begin(), head.end());
    }
    // With nothing to test, the index copy is the only one.
    bool counted_copy = unit && (!index_copy || !tested.empty());
    if (counted_copy) copies.push_back(copyLoop(h, blocks, v.steps, negated));

    // The values of the header used after the loop come to the exit block
    // as arguments, from every copy.
    std::vector<ir::ValueId> defined = f().blocks[h].args;
    for (ir::InstId iid : f().blocks[h].insts)
      if (f().inst(iid).result.valid()) defined.push_back(f().inst(iid).result);
    std::set<int32_t> copied;
    for (const Copy& c : copies)
      for (const auto& [x, nb] : c.bm) copied.insert(nb);
    std::map<int32_t, ir::ValueId> repl;
    // The blocks outside the loop and its copies: their operands are read
    // once to find the loop's values they use, once to rename them.
    std::vector<int32_t> outside;
    for (size_t x = 0; x < f().blocks.size(); ++x)
      if (!((x < in_loop.size() && in_loop[x]) || copied.count(static_cast<int32_t>(x))))
        outside.push_back(static_cast<int32_t>(x));
    std::set<int32_t> used_outside;
    eachOperand(outside, [&](ir::ValueId& o) { used_outside.insert(o.index); });
    for (ir::ValueId d : defined) {
      if (!used_outside.count(d.index)) continue;
      ir::ValueId a = b_.addBlockArg(fid_, ir::BlockId(exit), f().value(d).type, f().value(d).name);
      repl[d.index] = a;
      // Every edge into the exit comes from one of the copies (a break, or
      // the header's exit edge): each passes its own copy's value.
      for (int32_t x : blocks) {
        for (ir::Successor& s : f().inst(f().blocks[x].insts.back()).succs)
          if (s.block.index == exit) s.args.push_back(d);
        for (const Copy& c : copies)
          for (ir::Successor& s : f().inst(f().blocks[c.bm.at(x)].insts.back()).succs)
            if (s.block.index == exit) s.args.push_back(c.map(d));
      }
    }
    if (!repl.empty())
      eachOperand(outside, [&](ir::ValueId& o) {
        if (auto it = repl.find(o.index); it != repl.end()) o = it->second;
      });

    // The entry: the index copy when every bound and invariant is in the
    // index range, else the counted copy when both bounds are small; the
    // original loop is the rare case.
    ir::Block& pb = f().blocks[pre];
    ir::InstId old_br = pb.insts.back();
    ir::Inst br = f().inst(old_br);
    pb.insts.pop_back();
    b_.setInsertPoint(fid_, ir::BlockId(pre));
    b_.setUnwind(ir::BlockId());
    b_.setLine(br.line);
    std::vector<ir::ValueId> args = br.succs[0].args;
    // Tests each value with `op` in turn: all pass, the copy's header
    // `pass`; one fails, `fail` (the original header, or a block without
    // arguments).
    auto chain = [&](ir::Op op, const std::vector<ir::ValueId>& vals, ir::BlockId pass, ir::BlockId fail) {
      std::vector<ir::ValueId> fail_args = fail.index == h ? args : std::vector<ir::ValueId>{};
      if (vals.empty()) b_.br(pass, args);
      for (size_t i = 0; i < vals.size(); ++i) {
        ir::ValueId ok = b_.emit(op, {}, {vals[i]});
        bool last = i + 1 == vals.size();
        ir::BlockId then = last ? pass : b_.createBlock(fid_);
        b_.condBr(ok, then, last ? args : std::vector<ir::ValueId>{}, fail, fail_args);
        if (!last) b_.setInsertPoint(fid_, then);
      }
    };
    if (index_copy) {
      ir::BlockId fail = counted_copy ? b_.createBlock(fid_) : ir::BlockId(h);
      chain(ir::Op::IntIsIndex, tested, ir::BlockId(copies.front().bm.at(h)), fail);
      if (counted_copy) b_.setInsertPoint(fid_, fail);
    }
    if (counted_copy) chain(ir::Op::IntIsSmall, bounds, ir::BlockId(copies.back().bm.at(h)), ir::BlockId(h));
    for (int32_t x : blocks) f().blocks[x].cold = true;
    return true;
  }

  ir::Module& m_;
  ir::FuncId fid_;
  ir::IRBuilder b_;
};

}  // namespace

bool RangeLoopVersioning::run(ir::Module& module) {
  bool changed = false;
  for (size_t i = 0; i < module.functions.size(); ++i) {
    const ir::Function& f = module.functions[i];
    if (f.blocks.empty() || f.is_generator) continue;
    changed |= LoopVersioner(module, ir::FuncId(static_cast<int32_t>(i))).run();
  }
  return changed;
}

}  // namespace taipan::passes
