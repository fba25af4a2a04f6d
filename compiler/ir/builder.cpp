// IRBuilder implementation: result types from ops.def result rules, line and
// unwind stamping, and the per-op convenience helpers.
#include "compiler/ir/builder.h"

#include "compiler/base/check.h"

namespace taipan::ir {

namespace {
TypeId resultTypeFor(const TypeStore& types, ResultRule rule, TypeId given) {
  switch (rule) {
    case ResultRule::None:
      return {};
    case ResultRule::Any:
      return given.valid() ? given : types.object();
    case ResultRule::Object:
      return types.object();
    case ResultRule::Int:
      return types.intType();
    case ResultRule::Float:
      return types.floatType();
    case ResultRule::Bool:
      return types.boolType();
    case ResultRule::NoneT:
      return types.noneType();
    case ResultRule::Str:
      return types.strType();
    case ResultRule::I64:
      return types.i64();
  }
  return {};
}

Immediate textImm(std::string text) {
  Immediate imm;
  imm.text = std::move(text);
  return imm;
}
}  // namespace

uint32_t IRBuilder::addInlineFrame(InlineFrame frame) {
  Function& f = module_.func(func_);
  f.inline_frames.push_back(std::move(frame));
  return static_cast<uint32_t>(f.inline_frames.size());
}

FuncId IRBuilder::createFunction(std::string name, std::string qualname, Signature sig, TypeId result,
                                 std::vector<TypeId> param_types) {
  FuncId id(static_cast<int32_t>(module_.functions.size()));
  module_.functions.emplace_back();
  Function& f = module_.functions.back();
  f.name = std::move(name);
  f.qualname = std::move(qualname);
  f.sig = std::move(sig);
  f.result = result.valid() ? result : module_.types.object();
  f.line = line_;
  func_ = id;
  block_ = createBlock(id);
  unwind_ = {};
  for (size_t i = 0; i < f.sig.params.size(); ++i) {
    TypeId t = i < param_types.size() && param_types[i].valid() ? param_types[i] : module_.types.object();
    f.params.push_back(addBlockArg(id, block_, t, f.sig.params[i]));
  }
  return id;
}

BlockId IRBuilder::createBlock(FuncId fid) {
  Function& f = module_.func(fid);
  BlockId id(static_cast<int32_t>(f.blocks.size()));
  f.blocks.emplace_back();
  return id;
}

ValueId IRBuilder::addBlockArg(FuncId fid, BlockId block, TypeId type, std::string name) {
  Function& f = module_.func(fid);
  ValueId v(static_cast<int32_t>(f.values.size()));
  f.values.push_back(ValueInfo{type, InstId(), block, std::move(name)});
  f.block(block).args.push_back(v);
  return v;
}

bool IRBuilder::blockTerminated() const {
  const Function& f = module_.func(func_);
  const Block& b = f.block(block_);
  return !b.insts.empty() && (opInfo(f.inst(b.insts.back()).op).flags & kTerm);
}

InstId IRBuilder::emitInst(Op op, TypeId result, std::vector<ValueId> operands, Immediate imm,
                           std::vector<Successor> succs) {
  TP_CHECK(func_.valid() && block_.valid(), "IRBuilder has no insertion point");
  Function& f = module_.func(func_);
  const OpInfo& info = opInfo(op);
  InstId id(static_cast<int32_t>(f.insts.size()));
  Inst inst;
  inst.op = op;
  inst.operands = std::move(operands);
  inst.succs = std::move(succs);
  inst.imm = std::move(imm);
  inst.line = line_;
  inst.pos = pos_;
  inst.frame = frame();
  if (info.flags & kRaise) inst.unwind = unwind_;
  TypeId rt = resultTypeFor(module_.types, info.result, result);
  if (rt.valid()) {
    inst.result = ValueId(static_cast<int32_t>(f.values.size()));
    f.values.push_back(ValueInfo{rt, id, BlockId(), {}});
  }
  f.insts.push_back(std::move(inst));
  f.block(block_).insts.push_back(id);
  return id;
}

ValueId IRBuilder::emit(Op op, TypeId result, std::vector<ValueId> operands, Immediate imm,
                        std::vector<Successor> succs) {
  InstId id = emitInst(op, result, std::move(operands), std::move(imm), std::move(succs));
  return func().inst(id).result;
}

// ---- constants ----
ValueId IRBuilder::constInt(std::string digits) { return emit(Op::ConstInt, {}, {}, textImm(std::move(digits))); }
ValueId IRBuilder::constFloat(double v) {
  Immediate imm;
  imm.f = v;
  return emit(Op::ConstFloat, {}, {}, imm);
}
ValueId IRBuilder::constBool(bool v) {
  Immediate imm;
  imm.i = v ? 1 : 0;
  return emit(Op::ConstBool, {}, {}, imm);
}
ValueId IRBuilder::constNone() { return emit(Op::ConstNone, {}, {}); }
ValueId IRBuilder::constStr(std::string bytes) { return emit(Op::ConstStr, {}, {}, textImm(std::move(bytes))); }
ValueId IRBuilder::constBytes(std::string bytes) {
  return emit(Op::ConstBytes, types().get(TypeKind::Bytes), {}, textImm(std::move(bytes)));
}
ValueId IRBuilder::constEllipsis() { return emit(Op::ConstEllipsis, {}, {}); }

// ---- representation ----
ValueId IRBuilder::box(ValueId v) { return emit(Op::Box, {}, {v}); }
ValueId IRBuilder::unbox(ValueId v, TypeId to) { return emit(Op::Unbox, to, {v}); }
ValueId IRBuilder::cast(ValueId v, TypeId to) { return emit(Op::Cast, to, {v}); }

// ---- control flow ----
void IRBuilder::br(BlockId dest, std::vector<ValueId> args) {
  emit(Op::Br, {}, {}, {}, {Successor{dest, std::move(args)}});
}
void IRBuilder::condBr(ValueId cond, BlockId then_block, std::vector<ValueId> then_args, BlockId else_block,
                       std::vector<ValueId> else_args) {
  emit(Op::CondBr, {}, {cond}, {},
       {Successor{then_block, std::move(then_args)}, Successor{else_block, std::move(else_args)}});
}
void IRBuilder::ret(std::optional<ValueId> v) {
  std::vector<ValueId> ops;
  if (v) ops.push_back(*v);
  emit(Op::Ret, {}, std::move(ops));
}
void IRBuilder::raise(std::optional<ValueId> exc, std::optional<ValueId> cause) {
  std::vector<ValueId> ops;
  if (exc) ops.push_back(*exc);
  if (cause) ops.push_back(*cause);
  emit(Op::Raise, {}, std::move(ops));
}
void IRBuilder::reraise(ValueId exc) {
  Immediate imm;
  imm.i = 1;
  emit(Op::Raise, {}, {exc}, imm);
}
void IRBuilder::unreachable() { emit(Op::Unreachable, {}, {}); }
void IRBuilder::assertFail(std::optional<ValueId> message) {
  std::vector<ValueId> ops;
  if (message) ops.push_back(*message);
  emit(Op::AssertFail, {}, std::move(ops));
}

// ---- dynamic ops ----
ValueId IRBuilder::pyBinOp(BinOpKind kind, ValueId a, ValueId b, bool inplace) {
  Immediate imm;
  imm.i = static_cast<int64_t>(kind);
  if (inplace) imm.i2 = 1;
  return emit(Op::PyBinOp, {}, {a, b}, imm);
}
ValueId IRBuilder::pyUnaryOp(UnaryOpKind kind, ValueId a) {
  Immediate imm;
  imm.i = static_cast<int64_t>(kind);
  return emit(Op::PyUnaryOp, {}, {a}, imm);
}
ValueId IRBuilder::pyCompare(CmpKind kind, ValueId a, ValueId b) {
  Immediate imm;
  imm.i = static_cast<int64_t>(kind);
  return emit(Op::PyCompare, {}, {a, b}, imm);
}
ValueId IRBuilder::pyTruth(ValueId v) { return emit(Op::PyTruth, {}, {v}); }
ValueId IRBuilder::pyIs(ValueId a, ValueId b) { return emit(Op::PyIs, {}, {a, b}); }
ValueId IRBuilder::pyGetAttr(ValueId obj, std::string name) {
  return emit(Op::PyGetAttr, {}, {obj}, textImm(std::move(name)));
}
void IRBuilder::pySetAttr(ValueId obj, std::string name, ValueId value) {
  emit(Op::PySetAttr, {}, {obj, value}, textImm(std::move(name)));
}
void IRBuilder::pyDelAttr(ValueId obj, std::string name) { emit(Op::PyDelAttr, {}, {obj}, textImm(std::move(name))); }
ValueId IRBuilder::pyGetItem(ValueId obj, ValueId key) { return emit(Op::PyGetItem, {}, {obj, key}); }
void IRBuilder::pySetItem(ValueId obj, ValueId key, ValueId value) { emit(Op::PySetItem, {}, {obj, key, value}); }
void IRBuilder::pyDelItem(ValueId obj, ValueId key) { emit(Op::PyDelItem, {}, {obj, key}); }
ValueId IRBuilder::pyCall(ValueId callee, std::vector<ValueId> args, const std::vector<std::string>& keywords) {
  std::vector<ValueId> ops;
  ops.reserve(args.size() + 1);
  ops.push_back(callee);
  ops.insert(ops.end(), args.begin(), args.end());
  std::string kw;
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (i) kw += ',';
    kw += keywords[i];
  }
  return emit(Op::PyCall, {}, std::move(ops), textImm(std::move(kw)));
}
void IRBuilder::callStarArg(ValueId args_list, ValueId iterable, ValueId callee) {
  emit(Op::CallStarArg, {}, {args_list, iterable, callee});
}
void IRBuilder::callKwArgs(ValueId kwargs, ValueId mapping, ValueId callee) {
  emit(Op::CallKwArgs, {}, {kwargs, mapping, callee});
}
void IRBuilder::callKwArg(ValueId kwargs, ValueId name, ValueId value, ValueId callee) {
  emit(Op::CallKwArg, {}, {kwargs, name, value, callee});
}
ValueId IRBuilder::pyCallEx(ValueId callee, ValueId args_tuple, ValueId kwargs) {
  return emit(Op::PyCallEx, {}, {callee, args_tuple, kwargs});
}
ValueId IRBuilder::pyIter(ValueId v) { return emit(Op::PyIter, {}, {v}); }
ValueId IRBuilder::pyNext(ValueId it) { return emit(Op::PyNext, {}, {it}); }
ValueId IRBuilder::isNull(ValueId v) { return emit(Op::IsNull, {}, {v}); }
ValueId IRBuilder::pyFormat(ValueId v, ValueId spec) { return emit(Op::PyFormat, {}, {v, spec}); }
ValueId IRBuilder::pyStr(ValueId v) { return emit(Op::PyStr, {}, {v}); }
ValueId IRBuilder::pyRepr(ValueId v) { return emit(Op::PyRepr, {}, {v}); }
ValueId IRBuilder::pyAscii(ValueId v) { return emit(Op::PyAscii, {}, {v}); }
ValueId IRBuilder::strJoin(std::vector<ValueId> parts) { return emit(Op::StrJoin, {}, std::move(parts)); }
ValueId IRBuilder::pyUnpack(ValueId v, int64_t count, int64_t starred) {
  Immediate imm;
  imm.i = count;
  imm.i2 = starred;
  return emit(Op::PyUnpack, {}, {v}, imm);
}
ValueId IRBuilder::pySlice(ValueId lower, ValueId upper, ValueId step) {
  return emit(Op::PyGetSlice, {}, {lower, upper, step});
}

// ---- construction ----
ValueId IRBuilder::listNew(std::vector<ValueId> items, TypeId type) {
  return emit(Op::ListNew, type, std::move(items));
}
ValueId IRBuilder::tupleNew(std::vector<ValueId> items, TypeId type) {
  return emit(Op::TupleNew, type, std::move(items));
}
ValueId IRBuilder::setNew(std::vector<ValueId> items, TypeId type) { return emit(Op::SetNew, type, std::move(items)); }
ValueId IRBuilder::dictNew(std::vector<ValueId> kv, TypeId type) { return emit(Op::DictNew, type, std::move(kv)); }
void IRBuilder::listAppend(ValueId list, ValueId v) { emit(Op::ListAppend, {}, {list, v}); }
void IRBuilder::listExtend(ValueId list, ValueId iterable) { emit(Op::ListExtend, {}, {list, iterable}); }
void IRBuilder::setAdd(ValueId set, ValueId v) { emit(Op::SetAdd, {}, {set, v}); }
void IRBuilder::dictSet(ValueId dict, ValueId key, ValueId v) { emit(Op::DictSet, {}, {dict, key, v}); }
void IRBuilder::dictUpdate(ValueId dict, ValueId other) { emit(Op::DictUpdate, {}, {dict, other}); }
ValueId IRBuilder::listToTuple(ValueId list) { return emit(Op::ListToTuple, {}, {list}); }

// ---- names ----
ValueId IRBuilder::globalLoad(std::string name) { return emit(Op::GlobalLoad, {}, {}, textImm(std::move(name))); }
void IRBuilder::globalStore(std::string name, ValueId v) { emit(Op::GlobalStore, {}, {v}, textImm(std::move(name))); }
void IRBuilder::globalDel(std::string name) { emit(Op::GlobalDel, {}, {}, textImm(std::move(name))); }
ValueId IRBuilder::builtinLoad(std::string name) { return emit(Op::BuiltinLoad, {}, {}, textImm(std::move(name))); }
ValueId IRBuilder::cellNew(std::optional<ValueId> initial) {
  std::vector<ValueId> ops;
  if (initial) ops.push_back(*initial);
  return emit(Op::CellNew, {}, std::move(ops));
}
ValueId IRBuilder::cellGet(ValueId cell, std::string name) {
  return emit(Op::CellGet, {}, {cell}, textImm(std::move(name)));
}
void IRBuilder::cellSet(ValueId cell, ValueId v) { emit(Op::CellSet, {}, {cell, v}); }
void IRBuilder::checkBound(ValueId v, std::string name) { emit(Op::CheckBound, {}, {v}, textImm(std::move(name))); }

// ---- functions, classes, exceptions ----
ValueId IRBuilder::funcNew(FuncId f, ValueId defaults, ValueId kwdefaults, ValueId closure) {
  Immediate imm;
  imm.func = f;
  return emit(Op::FuncNew, {}, {defaults, kwdefaults, closure}, imm);
}
ValueId IRBuilder::callDirect(FuncId f, std::vector<ValueId> args) {
  Immediate imm;
  imm.func = f;
  return emit(Op::CallDirect, module_.func(f).result, std::move(args), imm);
}
ValueId IRBuilder::classNew(ValueId name, ValueId bases, ValueId ns) {
  return emit(Op::ClassNew, {}, {name, bases, ns});
}
ValueId IRBuilder::excCurrent() { return emit(Op::ExcCurrent, {}, {}); }
ValueId IRBuilder::excMatches(ValueId exc, ValueId cls) { return emit(Op::ExcMatches, {}, {exc, cls}); }
void IRBuilder::excPush(ValueId exc) { emit(Op::ExcPush, {}, {exc}); }
void IRBuilder::excPop() { emit(Op::ExcPop, {}, {}); }
void IRBuilder::lineMarker(uint32_t line) {
  Immediate imm;
  imm.i = line;
  emit(Op::SetLine, {}, {}, imm);
}

}  // namespace taipan::ir
