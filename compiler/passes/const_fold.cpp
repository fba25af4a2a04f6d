// Constant folding for the typed value path: int ops whose operands and
// result fit in 64 bits (bigger constants are left to the runtime), float
// ops (IEEE results are what the runtime computes anyway), bool.not and
// int.to_float of exactly representable ints. Division and modulo by zero
// are never folded: they must raise at run time. A folded instruction becomes
// a constant in place, so its result keeps its id and every use stays valid.
#include "compiler/passes/const_fold.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace taipan::passes {

namespace {

using ir::Op;

std::optional<int64_t> intConst(const ir::Function& f, ir::ValueId v) {
  const ir::ValueInfo& vi = f.value(v);
  if (!vi.inst.valid()) return std::nullopt;
  const ir::Inst& d = f.inst(vi.inst);
  if (d.op != Op::ConstInt) return std::nullopt;
  int64_t x;
  const std::string& t = d.imm.text;
  auto r = std::from_chars(t.data(), t.data() + t.size(), x);
  if (r.ec != std::errc() || r.ptr != t.data() + t.size()) return std::nullopt;
  return x;
}

std::optional<double> floatConst(const ir::Function& f, ir::ValueId v) {
  const ir::ValueInfo& vi = f.value(v);
  if (!vi.inst.valid() || f.inst(vi.inst).op != Op::ConstFloat) return std::nullopt;
  return f.inst(vi.inst).imm.f;
}

std::optional<bool> boolConst(const ir::Function& f, ir::ValueId v) {
  const ir::ValueInfo& vi = f.value(v);
  if (!vi.inst.valid() || f.inst(vi.inst).op != Op::ConstBool) return std::nullopt;
  return f.inst(vi.inst).imm.i != 0;
}

void become(ir::Inst& in, Op op) {
  in.op = op;
  in.operands.clear();
  in.succs.clear();
  in.imm = ir::Immediate();
  in.unwind = ir::BlockId();  // constants cannot raise
}
void becomeInt(ir::Inst& in, int64_t v) {
  become(in, Op::ConstInt);
  in.imm.text = std::to_string(v);
}
void becomeBool(ir::Inst& in, bool v) {
  become(in, Op::ConstBool);
  in.imm.i = v;
}
void becomeFloat(ir::Inst& in, double v) {
  become(in, Op::ConstFloat);
  in.imm.f = v;
}

// Python's floor division and modulo on int64 (b != 0, no overflow case).
int64_t floorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
int64_t floorMod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

bool foldInst(ir::Function& f, ir::Inst& in) {
  switch (in.op) {
    case Op::IntAdd:
    case Op::IntSub:
    case Op::IntMul:
    case Op::IntFloorDiv:
    case Op::IntMod:
    case Op::IntAnd:
    case Op::IntOr:
    case Op::IntXor:
    case Op::IntLt:
    case Op::IntLe:
    case Op::IntGt:
    case Op::IntGe:
    case Op::IntEq:
    case Op::IntNe: {
      if (in.operands.size() != 2) return false;
      auto a = intConst(f, in.operands[0]), b = intConst(f, in.operands[1]);
      if (!a || !b) return false;
      int64_t r;
      switch (in.op) {
        case Op::IntAdd:
          if (__builtin_add_overflow(*a, *b, &r)) return false;
          becomeInt(in, r);
          return true;
        case Op::IntSub:
          if (__builtin_sub_overflow(*a, *b, &r)) return false;
          becomeInt(in, r);
          return true;
        case Op::IntMul:
          if (__builtin_mul_overflow(*a, *b, &r)) return false;
          becomeInt(in, r);
          return true;
        case Op::IntFloorDiv:
          if (*b == 0 || (*a == INT64_MIN && *b == -1)) return false;
          becomeInt(in, floorDiv(*a, *b));
          return true;
        case Op::IntMod:
          if (*b == 0 || *b == -1) return false;  // -1: avoid INT64_MIN % -1 traps; result 0 is rare anyway
          becomeInt(in, floorMod(*a, *b));
          return true;
        case Op::IntAnd:
          becomeInt(in, *a & *b);
          return true;
        case Op::IntOr:
          becomeInt(in, *a | *b);
          return true;
        case Op::IntXor:
          becomeInt(in, *a ^ *b);
          return true;
        case Op::IntLt:
          becomeBool(in, *a < *b);
          return true;
        case Op::IntLe:
          becomeBool(in, *a <= *b);
          return true;
        case Op::IntGt:
          becomeBool(in, *a > *b);
          return true;
        case Op::IntGe:
          becomeBool(in, *a >= *b);
          return true;
        case Op::IntEq:
          becomeBool(in, *a == *b);
          return true;
        case Op::IntNe:
          becomeBool(in, *a != *b);
          return true;
        default:
          return false;
      }
    }
    case Op::IntNeg: {
      auto a = in.operands.size() == 1 ? intConst(f, in.operands[0]) : std::nullopt;
      if (!a || *a == INT64_MIN) return false;
      becomeInt(in, -*a);
      return true;
    }
    case Op::IntToFloat: {
      auto a = in.operands.size() == 1 ? intConst(f, in.operands[0]) : std::nullopt;
      if (!a || *a > (int64_t(1) << 53) || *a < -(int64_t(1) << 53)) return false;
      becomeFloat(in, static_cast<double>(*a));
      return true;
    }
    case Op::FloatAdd:
    case Op::FloatSub:
    case Op::FloatMul:
    case Op::FloatDiv:
    case Op::FloatLt:
    case Op::FloatLe:
    case Op::FloatGt:
    case Op::FloatGe:
    case Op::FloatEq:
    case Op::FloatNe: {
      if (in.operands.size() != 2) return false;
      auto a = floatConst(f, in.operands[0]), b = floatConst(f, in.operands[1]);
      if (!a || !b) return false;
      switch (in.op) {
        case Op::FloatAdd:
          becomeFloat(in, *a + *b);
          return true;
        case Op::FloatSub:
          becomeFloat(in, *a - *b);
          return true;
        case Op::FloatMul:
          becomeFloat(in, *a * *b);
          return true;
        case Op::FloatDiv:
          if (*b == 0.0) return false;  // ZeroDivisionError at run time
          becomeFloat(in, *a / *b);
          return true;
        case Op::FloatLt:
          becomeBool(in, *a < *b);
          return true;
        case Op::FloatLe:
          becomeBool(in, *a <= *b);
          return true;
        case Op::FloatGt:
          becomeBool(in, *a > *b);
          return true;
        case Op::FloatGe:
          becomeBool(in, *a >= *b);
          return true;
        case Op::FloatEq:
          becomeBool(in, *a == *b);
          return true;
        case Op::FloatNe:
          becomeBool(in, *a != *b);
          return true;
        default:
          return false;
      }
    }
    case Op::FloatNeg: {
      auto a = in.operands.size() == 1 ? floatConst(f, in.operands[0]) : std::nullopt;
      if (!a) return false;
      becomeFloat(in, -*a);
      return true;
    }
    case Op::BoolNot: {
      auto a = in.operands.size() == 1 ? boolConst(f, in.operands[0]) : std::nullopt;
      if (!a) return false;
      becomeBool(in, !*a);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

bool ConstFold::run(ir::Module& module) {
  bool changed = false;
  for (ir::Function& f : module.functions) {
    // Blocks in order and instructions in order: an operand defined earlier in
    // the same block is already folded; one more sweep catches the rest.
    for (bool again = true; again;) {
      again = false;
      for (ir::Block& b : f.blocks)
        for (ir::InstId i : b.insts) again |= foldInst(f, f.inst(i));
      changed |= again;
    }
  }
  return changed;
}

}  // namespace taipan::passes
