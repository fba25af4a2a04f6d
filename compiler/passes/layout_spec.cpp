// Layout specialisation. irgen gives every class the list of attributes its
// methods assign (`__taipan_slots__`), which the runtime lays out as fixed
// instance slots; attribute sites otherwise go through per-site inline
// caches that test the type, the epoch and the slot's presence on every
// access. This pass finds straight-line regions of a block in which some
// objects are read and written through attributes that one such layout
// holds, and in which nothing can run user code (no calls, no dynamic
// operations, no exception edges; float arithmetic only on floats known to
// be raw). Each region is versioned:
//
//   prefix; layout.check %o1 -> layout.check %o2 -> ... -> ^fast | ^slow
//   ^fast: the region with slot.load_f / slot.load / slot.store_f
//   ^slow: the region as it was
//   ^join(values the region defines and later code uses): the rest
//
// layout.check asks the runtime to confirm, once per site and type, that the
// object's exact type has each named attribute in the slot the layout gives
// it and that the generic attribute rules reach that slot (no descriptor, no
// __getattribute__/__setattr__); inline it tests the type, the epoch and the
// instance's presence and raw-float bits. Nothing in a fast region can run
// user code, so the checks stay true to its end and every access is one load
// or store. Layouts are taken from the IR itself: the `dict.set` of a
// `__taipan_slots__` tuple of constant strings in a class body, or the slot
// names operand of a `class.build`.
#include "compiler/passes/layout_spec.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "compiler/ir/builder.h"

namespace taipan::passes {

namespace {

using Layout = std::vector<std::string>;

const ir::Inst* defOf(const ir::Function& f, ir::ValueId v) {
  const ir::ValueInfo& vi = f.value(v);
  return vi.inst.valid() ? &f.inst(vi.inst) : nullptr;
}

std::vector<Layout> collectLayouts(const ir::Module& m) {
  std::vector<Layout> out;
  for (const ir::Function& f : m.functions) {
    for (const ir::Inst& in : f.insts) {
      const ir::Inst* tup;
      if (in.op == ir::Op::ClassBuild && in.operands.size() == 5) {
        tup = defOf(f, in.operands[4]);
      } else {
        if (in.op != ir::Op::DictSet || in.operands.size() != 3) continue;
        const ir::Inst* key = defOf(f, in.operands[1]);
        tup = defOf(f, in.operands[2]);
        if (!key || key->op != ir::Op::ConstStr || key->imm.text != "__taipan_slots__") continue;
      }
      if (!tup || tup->op != ir::Op::TupleNew || tup->operands.empty()) continue;
      Layout l;
      for (ir::ValueId v : tup->operands) {
        const ir::Inst* s = defOf(f, v);
        if (!s || s->op != ir::Op::ConstStr) {
          l.clear();
          break;
        }
        l.push_back(s->imm.text);
      }
      // The runtime lays out at most ir::kMaxSlots slots; the rest stay in the dict.
      if (l.size() > static_cast<size_t>(ir::kMaxSlots)) l.resize(ir::kMaxSlots);
      if (!l.empty() && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(std::move(l));
    }
  }
  return out;
}

// The attribute names the module reads as floats (py.getattr_fo) or stores
// floatobjs in: a word store into one of them that may be a float at run
// time keeps it raw (slot.add / slot.store imm.i2 2), as the runtime's
// stores do, so that the regions reading it as a raw float ("rf") hold.
std::set<std::string> collectFloatNames(const ir::Module& m) {
  std::set<std::string> out;
  for (const ir::Function& f : m.functions)
    for (const ir::Inst& in : f.insts)
      if (in.op == ir::Op::PyGetAttrFo || (in.op == ir::Op::PySetAttr && in.operands.size() == 2 &&
                                           f.value(in.operands[1]).type == m.types.floatObjType()))
        out.insert(in.imm.text);
  return out;
}

enum class Access { None, ReadF, ReadO, WriteF, WriteO };

// Per guarded object: the layout chosen and what the region does with each
// slot, which becomes the layout.check spec (the lowering derives the masks
// it tests from the spec).
struct Guard {
  ir::ValueId obj;
  const Layout* layout = nullptr;
  std::map<int, std::string> flags;  // slot index -> "r", "w", "n", "f", "o" letters
  bool fresh = false;                // only written: the first write of each slot adds it
};

class FunctionSpecializer {
 public:
  FunctionSpecializer(ir::Module& m, ir::FuncId fid, const std::vector<Layout>& layouts,
                      const std::set<std::string>& float_names)
      : m_(m), fid_(fid), layouts_(layouts), float_names_(float_names), b_(m) {}

  bool run() {
    size_t n = f().blocks.size();
    for (size_t bi = 0; bi < n; ++bi) {
      ir::BlockId blk(static_cast<int32_t>(bi));
      size_t count = f().block(blk).insts.size();
      if (count < 3) continue;
      // Runs of instructions that could be in a region (the terminator stays
      // where it is). Anything that can never be in one splits the block
      // first, so that the analysis of a run never rescans the rest of a
      // long block: a 10,000-line module body took 14.6 s and 5.4 GB here.
      // The last run goes first: versioning a run moves what follows it.
      size_t end = count - 1, start = 0;
      int accesses = 0;
      std::vector<std::pair<size_t, size_t>> runs;
      for (size_t k = 0; k <= end; ++k) {
        if (k < end && maybeInRegion(instAt(blk, k))) {
          if (accessOf(instAt(blk, k)) != Access::None) ++accesses;
          continue;
        }
        if (accesses >= 2) runs.emplace_back(start, k);
        start = k + 1;
        accesses = 0;
      }
      for (auto it = runs.rbegin(); it != runs.rend(); ++it) process(blk, it->first, it->second);
    }
    return changed_;
  }

 private:
  ir::Function& f() { return m_.func(fid_); }
  const ir::TypeStore& T() const { return m_.types; }
  const ir::Inst& instAt(ir::BlockId b, size_t k) { return f().inst(f().block(b).insts[k]); }

  Access accessOf(const ir::Inst& in) {
    switch (in.op) {
      case ir::Op::PyGetAttrFo:
        return Access::ReadF;
      case ir::Op::PyGetAttr:
      case ir::Op::AttrPeek:  // a peek the guard proves present and a word is that word
        return Access::ReadO;
      case ir::Op::PySetAttr: {
        ir::TypeId t = f().value(in.operands[1]).type;
        if (t == T().floatObjType()) return Access::WriteF;
        return T().isWord(t) ? Access::WriteO : Access::None;  // a value held as the object word
      }
      default:
        return Access::None;
    }
  }

  // The ops that take their operands as numbers: safe in a region when the
  // operands are raw, and given a guarded value's f64 in a fast copy.
  static bool numeric(ir::Op op) {
    return op == ir::Op::FoFrom || op == ir::Op::FoBinOp || op == ir::Op::FoCompare || op == ir::Op::FoNeg ||
           op == ir::Op::AsFloat;
  }

  // False for an instruction no region can hold, whatever is known about
  // the values (run() splits blocks there).
  bool maybeInRegion(const ir::Inst& in) {
    if (in.unwind.valid()) return false;
    if (accessOf(in) != Access::None || numeric(in.op)) return true;  // safe or not by what is raw
    static const std::set<int32_t> none;
    return safe(in, none);
  }

  bool isRaw(ir::ValueId v, const std::set<int32_t>& raw) {
    return f().value(v).type == T().floatType() || raw.count(v.index);
  }

  // Instructions a fast region may hold besides the slot accesses: none of
  // them runs user code or changes an instance's layout.
  bool safe(const ir::Inst& in, const std::set<int32_t>& raw) {
    if (in.unwind.valid()) return false;
    if (ir::isScalarArithmetic(in.op)) return true;
    switch (in.op) {
      case ir::Op::ConstInt:
      case ir::Op::ConstFloat:
      case ir::Op::ConstBool:
      case ir::Op::ConstNone:
      case ir::Op::ConstStr:
      case ir::Op::Box:
      case ir::Op::Unbox:
      case ir::Op::Cast:
      case ir::Op::TypeIs:
      case ir::Op::FloatSqrt:
      case ir::Op::FoFrom:
      case ir::Op::PyIs:
      case ir::Op::IsNull:
      case ir::Op::TupleGet:
      case ir::Op::ListNew:
      case ir::Op::TupleNew:
      case ir::Op::BuiltinLoad:
      case ir::Op::SetLine:
        return true;
      case ir::Op::FoBinOp:
      case ir::Op::FoCompare:
        return isRaw(in.operands[0], raw) && isRaw(in.operands[1], raw);
      case ir::Op::FoNeg:
        return isRaw(in.operands[0], raw);
      case ir::Op::AsFloat: {
        ir::TypeKind k = T()[f().value(in.operands[0]).type].kind;
        return k == ir::TypeKind::Int || k == ir::TypeKind::Bool || isRaw(in.operands[0], raw);
      }
      case ir::Op::ListGetItem:
      case ir::Op::ListSetItem:
        return ir::isExactInt(m_, f(), in.operands[1]);
      case ir::Op::ListItemIs:
        return true;
      default:
        return false;
    }
  }

  // What the instruction makes raw (a floatobj known to hold its f64 form).
  void noteRaw(const ir::Inst& in, std::set<int32_t>& raw) {
    if (!in.result.valid()) return;
    switch (in.op) {
      case ir::Op::FoFrom:
        if (isRaw(in.operands[0], raw)) raw.insert(in.result.index);
        break;
      case ir::Op::FoNeg:
        raw.insert(in.result.index);  // safe() required a raw operand
        break;
      case ir::Op::FoBinOp: {
        auto k = static_cast<ir::BinOpKind>(in.imm.i);
        if (k == ir::BinOpKind::Add || k == ir::BinOpKind::Sub || k == ir::BinOpKind::Mul ||
            k == ir::BinOpKind::TrueDiv)
          raw.insert(in.result.index);
        break;
      }
      default:
        break;
    }
  }

  // The layout that holds every slot `uses` names, with no slot both a float
  // and a word.
  const Layout* chooseLayout(const std::map<std::string, std::pair<bool, bool>>& uses) {
    for (const Layout& l : layouts_) {
      bool all = true;
      for (const auto& [name, fw] : uses) {
        if (fw.first && fw.second) return nullptr;
        if (std::find(l.begin(), l.end(), name) == l.end()) {
          all = false;
          break;
        }
      }
      if (all) return &l;
    }
    return nullptr;
  }

  bool guardable(ir::ValueId obj) {
    ir::TypeKind k = T()[f().value(obj).type].kind;
    return k == ir::TypeKind::Object || k == ir::TypeKind::Class;
  }

  // Versions [lo, hi) of block b, or the parts of it that qualify. Later
  // parts are done first so that earlier positions stay valid.
  void process(ir::BlockId b, size_t lo0, size_t hi0) {
    // Ranges still to do, the last on top: a split versions the later part
    // first (so that earlier positions stay valid), then the earlier one.
    std::vector<std::pair<size_t, size_t>> todo{{lo0, hi0}};
    while (!todo.empty()) {
      auto [lo, hi] = todo.back();
      todo.pop_back();
      processRange(b, lo, hi, todo);
    }
  }

  void processRange(ir::BlockId b, size_t lo, size_t hi, std::vector<std::pair<size_t, size_t>>& todo) {
    for (;;) {
      if (hi <= lo + 1) return;
      // Objects accessed in the range, and how (float use, word use) per name.
      std::map<int32_t, std::map<std::string, std::pair<bool, bool>>> uses;
      std::vector<ir::ValueId> order;
      for (size_t k = lo; k < hi; ++k) {
        const ir::Inst& in = instAt(b, k);
        Access a = accessOf(in);
        if (a == Access::None) continue;
        ir::ValueId obj = in.operands[0];
        if (!uses.count(obj.index)) order.push_back(obj);
        auto& u = uses[obj.index][in.imm.text];
        (a == Access::ReadO || a == Access::WriteO ? u.second : u.first) = true;
      }
      if (uses.empty()) return;
      // `self` of an __init__ that the range only writes: the instance is
      // normally new (a constructor call), its slots not present yet, so the
      // region adds them (flag n), in slot order right after the present
      // ones; a region that writes them in another order is not versioned.
      std::set<int32_t> read;
      for (size_t k = lo; k < hi; ++k) {
        const ir::Inst& in = instAt(b, k);
        Access a = accessOf(in);
        if (a == Access::ReadF || a == Access::ReadO) read.insert(in.operands[0].index);
      }
      ir::ValueId init_self = f().name == "__init__" && !f().params.empty() ? f().params[0] : ir::ValueId();
      std::map<int32_t, const Layout*> chosen;
      std::set<int32_t> fresh;
      for (ir::ValueId obj : order) {
        if (obj == init_self && !read.count(obj.index)) fresh.insert(obj.index);
        chosen[obj.index] = guardable(obj) ? chooseLayout(uses[obj.index]) : nullptr;
      }
      // The checks go after the last definition of a guarded object.
      size_t g = lo;
      for (size_t k = lo; k < hi; ++k) {
        const ir::Inst& in = instAt(b, k);
        if (in.result.valid() && chosen.count(in.result.index) && chosen[in.result.index]) g = k + 1;
      }
      if (g > lo) {
        lo = g;
        continue;
      }
      // The first instruction that cannot be in a fast region splits the range.
      // A floatobj (or an object made one) that the range uses as a number
      // but does not define (a loop's accumulator, a float read from an
      // attribute before the loop) is made raw by a guard of its own:
      // `type.is float` next to the layout checks, and its f64 in the fast
      // copy.
      std::set<int32_t> raw, defined_here;
      std::vector<ir::ValueId> floats;
      for (size_t k = lo; k < hi; ++k)
        if (instAt(b, k).result.valid()) defined_here.insert(instAt(b, k).result.index);
      auto guardFloat = [&](ir::ValueId v) {
        ir::TypeId t = f().value(v).type;
        if (isRaw(v, raw) || defined_here.count(v.index) || (t != T().floatObjType() && t != T().object())) return;
        raw.insert(v.index);
        floats.push_back(v);
      };
      size_t bad = hi;
      int accesses = 0;
      for (size_t k = lo; k < hi && bad == hi; ++k) {
        const ir::Inst& in = instAt(b, k);
        switch (in.op) {
          case ir::Op::FoBinOp:
          case ir::Op::FoCompare:
          case ir::Op::FoNeg:
          case ir::Op::FoFrom:
            for (ir::ValueId v : in.operands) guardFloat(v);
            break;
          default:
            if (accessOf(in) == Access::WriteF) guardFloat(in.operands[1]);
            break;
        }
        Access a = accessOf(in);
        if (a != Access::None) {
          // Word stores are versioned only into fresh objects (an __init__):
          // elsewhere they measured slower (scheduler +8 % instructions:
          // regions over several classes fail their checks in turn).
          if (in.unwind.valid() || !chosen[in.operands[0].index] ||
              (a == Access::WriteF && !isRaw(in.operands[1], raw)) ||
              (a == Access::WriteO && !fresh.count(in.operands[0].index))) {
            bad = k;
            break;
          }
          ++accesses;
          if (a == Access::ReadF) raw.insert(in.result.index);
          continue;
        }
        if (!safe(in, raw)) {
          bad = k;
          break;
        }
        noteRaw(in, raw);
      }
      if (bad < hi) {
        todo.emplace_back(lo, bad);  // after the later part
        lo = bad + 1;
        continue;
      }
      if (accesses < 2) return;
      std::vector<Guard> guards;
      for (ir::ValueId obj : order) {
        Guard gd;
        gd.obj = obj;
        gd.layout = chosen[obj.index];
        gd.fresh = fresh.count(obj.index) != 0;
        guards.push_back(std::move(gd));
      }
      for (const Guard& gd : guards)
        if (gd.fresh && !addsInOrder(b, lo, hi, gd)) return;
      version(b, lo, hi, guards, floats);
      return;
    }
  }

  int slotIndex(const Layout& l, const std::string& name) {
    return static_cast<int>(std::find(l.begin(), l.end(), name) - l.begin());
  }

  // A fresh object's first writes in [lo, hi) add consecutive slots in
  // increasing order (the runtime keeps slots in insertion order).
  bool addsInOrder(ir::BlockId b, size_t lo, size_t hi, const Guard& g) {
    std::set<int> seen;
    int next = -1;
    for (size_t k = lo; k < hi; ++k) {
      const ir::Inst& in = instAt(b, k);
      if (accessOf(in) == Access::None || in.operands[0] != g.obj) continue;
      int idx = slotIndex(*g.layout, in.imm.text);
      if (!seen.insert(idx).second) continue;
      if (next >= 0 && idx != next) return false;
      next = idx + 1;
    }
    return next <= ir::kMaxSlots;
  }

  void version(ir::BlockId b, size_t lo, size_t hi, std::vector<Guard>& guards,
               const std::vector<ir::ValueId>& floats) {
    std::vector<ir::InstId> all = f().block(b).insts;
    std::vector<ir::InstId> prefix(all.begin(), all.begin() + lo);
    std::vector<ir::InstId> region(all.begin() + lo, all.begin() + hi);
    std::vector<ir::InstId> rest(all.begin() + hi, all.end());
    uint32_t line = f().inst(region.front()).line;

    // What each guard must find in the instance.
    std::map<int32_t, Guard*> by_obj;
    for (Guard& g : guards) by_obj[g.obj.index] = &g;
    for (ir::InstId id : region) {
      const ir::Inst& in = f().inst(id);
      Access a = accessOf(in);
      if (a == Access::None) continue;
      Guard& g = *by_obj[in.operands[0].index];
      int idx = slotIndex(*g.layout, in.imm.text);
      bool first = !g.flags.count(idx);
      std::string& fl = g.flags[idx];
      auto add = [&](char c) {
        if (fl.find(c) == std::string::npos) fl.push_back(c);
      };
      bool write = a == Access::WriteF || a == Access::WriteO;
      add(g.fresh && first ? 'n' : write ? 'w' : 'r');
      add(a == Access::ReadO || a == Access::WriteO ? 'o' : 'f');
    }
    std::set<std::pair<int32_t, int>> added;  // (object, slot) whose slot.add was emitted

    // Values the region defines that code outside it uses.
    std::set<int32_t> in_region;
    for (ir::InstId id : region) in_region.insert(id.index);
    std::set<int32_t> defined;
    for (ir::InstId id : region)
      if (f().inst(id).result.valid()) defined.insert(f().inst(id).result.index);
    std::vector<ir::ValueId> liveouts;
    std::set<int32_t> seen;
    for (size_t i = 0; i < f().insts.size(); ++i) {
      if (in_region.count(static_cast<int32_t>(i))) continue;
      const ir::Inst& in = f().insts[i];
      auto note = [&](ir::ValueId v) {
        if (defined.count(v.index) && seen.insert(v.index).second) liveouts.push_back(v);
      };
      for (ir::ValueId v : in.operands) note(v);
      for (const auto& s : in.succs)
        for (ir::ValueId v : s.args) note(v);
    }

    ir::BlockId fast = b_.createBlock(fid_);
    ir::BlockId slow = b_.createBlock(fid_);
    ir::BlockId join = b_.createBlock(fid_);
    std::vector<ir::ValueId> join_args;
    for (ir::ValueId v : liveouts)
      join_args.push_back(b_.addBlockArg(fid_, join, f().value(v).type, f().value(v).name));

    // The checks, one per object, at the end of the prefix.
    f().block(b).insts = prefix;
    b_.setInsertPoint(fid_, b);
    b_.setUnwind(ir::BlockId());
    b_.setLine(line);
    for (size_t i = 0; i < guards.size(); ++i) {
      const Guard& g = guards[i];
      std::string spec;
      for (const auto& [idx, fl] : g.flags) {
        if (!spec.empty()) spec += ',';
        spec += (*g.layout)[idx] + "@" + std::to_string(idx) + ":" + fl;
      }
      ir::Immediate imm;
      imm.text = spec;
      ir::ValueId ok = b_.emit(ir::Op::LayoutCheck, {}, {g.obj}, imm);
      ir::BlockId next = i + 1 < guards.size() + floats.size() ? b_.createBlock(fid_) : fast;
      b_.condBr(ok, next, {}, slow, {});
      b_.setInsertPoint(fid_, next);
    }
    for (size_t i = 0; i < floats.size(); ++i) {
      ir::Immediate imm;
      imm.text = "float";
      ir::ValueId ok = b_.emit(ir::Op::TypeIs, T().boolType(), {floats[i]}, imm);
      ir::BlockId next = i + 1 < floats.size() ? b_.createBlock(fid_) : fast;
      b_.condBr(ok, next, {}, slow, {});
      b_.setInsertPoint(fid_, next);
    }

    // The fast copy, where the guarded floatobjs are their f64s.
    std::map<int32_t, ir::ValueId> vm;
    auto mapv = [&](ir::ValueId v) {
      auto it = vm.find(v.index);
      return it == vm.end() ? v : it->second;
    };
    // A guarded value's f64, for the uses that take it as a number (other
    // uses, a word store say, keep the value itself).
    std::map<int32_t, ir::ValueId> fm;
    for (ir::ValueId v : floats) {
      ir::ValueId x = b_.emit(ir::Op::AsFloat, T().floatType(), {v});
      fm[v.index] = b_.emit(ir::Op::FoFrom, T().floatObjType(), {x});
    }
    auto mapn = [&](ir::ValueId v) {
      auto it = fm.find(v.index);
      return it == fm.end() ? mapv(v) : it->second;
    };
    for (ir::InstId id : region) {
      const ir::Inst in = f().inst(id);  // a copy: emitting grows f().insts
      b_.setLine(in.line);
      Access a = accessOf(in);
      if (a != Access::None) {
        const Guard& g = *by_obj[in.operands[0].index];
        ir::Immediate imm;
        imm.i = slotIndex(*g.layout, in.imm.text);
        ir::ValueId obj = mapv(in.operands[0]);
        if (a == Access::ReadF) {
          ir::ValueId x = b_.emit(ir::Op::SlotLoadF, T().floatType(), {obj}, imm);
          vm[in.result.index] = b_.emit(ir::Op::FoFrom, T().floatObjType(), {x});
        } else if (a == Access::ReadO) {
          vm[in.result.index] = b_.emit(ir::Op::SlotLoad, T().object(), {obj}, imm);
        } else {
          bool add = g.fresh && added.insert({in.operands[0].index, static_cast<int>(imm.i)}).second;
          ir::ValueId x = a == Access::WriteF ? mapn(in.operands[1]) : mapv(in.operands[1]);
          if (a == Access::WriteF) x = b_.emit(ir::Op::AsFloat, T().floatType(), {x});
          bool maybe_float =
              a == Access::WriteO && f().value(x).type == T().object() && float_names_.count(in.imm.text);
          if (add) {
            imm.i2 = a == Access::WriteF ? 1 : maybe_float ? 2 : 0;
            b_.emit(ir::Op::SlotAdd, {}, {obj, x}, imm);
          } else if (maybe_float) {
            imm.i2 = 2;
            b_.emit(ir::Op::SlotStore, {}, {obj, x}, imm);
          } else {
            b_.emit(a == Access::WriteF ? ir::Op::SlotStoreF : ir::Op::SlotStore, {}, {obj, x}, imm);
          }
        }
        continue;
      }
      std::vector<ir::ValueId> ops;
      for (ir::ValueId v : in.operands) ops.push_back(numeric(in.op) ? mapn(v) : mapv(v));
      ir::TypeId rt = in.result.valid() ? f().value(in.result).type : ir::TypeId();
      ir::ValueId r = b_.emit(in.op, rt, ops, in.imm);
      if (in.result.valid()) {
        f().value(r).name = f().value(in.result).name;
        vm[in.result.index] = r;
      }
    }
    std::vector<ir::ValueId> fast_out;
    for (ir::ValueId v : liveouts) fast_out.push_back(mapv(v));
    b_.br(join, fast_out);

    // The slow copy is the region itself, lowered as cold code.
    f().block(slow).insts = region;
    f().block(slow).cold = true;
    b_.setInsertPoint(fid_, slow);
    b_.setLine(f().inst(region.back()).line);
    b_.br(join, liveouts);

    // The rest of the block, with the join's arguments for the region's values.
    f().block(join).insts = rest;
    std::map<int32_t, ir::ValueId> repl;
    for (size_t i = 0; i < liveouts.size(); ++i) repl[liveouts[i].index] = join_args[i];
    for (size_t i = 0; i < f().insts.size(); ++i) {
      if (in_region.count(static_cast<int32_t>(i))) continue;
      ir::Inst& in = f().insts[i];
      for (ir::ValueId& v : in.operands)
        if (auto it = repl.find(v.index); it != repl.end()) v = it->second;
      for (auto& s : in.succs)
        for (ir::ValueId& v : s.args)
          if (auto it = repl.find(v.index); it != repl.end()) v = it->second;
    }
    // The slow block's own branch (not a region instruction, so rewritten
    // above) passes the original values.
    ir::Inst& slow_br = f().inst(f().block(slow).insts.back());
    slow_br.succs[0].args = liveouts;
    changed_ = true;
  }

  ir::Module& m_;
  ir::FuncId fid_;
  const std::vector<Layout>& layouts_;
  const std::set<std::string>& float_names_;
  ir::IRBuilder b_;
  bool changed_ = false;
};

}  // namespace

bool LayoutSpecialization::run(ir::Module& module) {
  std::vector<Layout> layouts = collectLayouts(module);
  if (layouts.empty()) return false;
  std::set<std::string> float_names = collectFloatNames(module);
  bool changed = false;
  for (size_t i = 0; i < module.functions.size(); ++i) {
    if (module.functions[i].blocks.empty()) continue;
    changed |= FunctionSpecializer(module, ir::FuncId(static_cast<int32_t>(i)), layouts, float_names).run();
  }
  return changed;
}

}  // namespace taipan::passes
