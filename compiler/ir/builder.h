// IRBuilder: the one way the compiler creates IR. It appends instructions at
// an insertion point (function + block), derives each result type from the
// op's result rule in ops.def, stamps the current source line on every new
// instruction and the current unwind block on every instruction that may
// raise, and offers one helper per common op so that irgen reads like the
// IR it produces.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace taipan::ir {

class IRBuilder {
 public:
  explicit IRBuilder(Module& module) : module_(module) {}

  Module& module() { return module_; }
  TypeStore& types() { return module_.types; }
  Function& func() { return module_.func(func_); }
  FuncId currentFunction() const { return func_; }
  BlockId currentBlock() const { return block_; }

  // Creates a function with its entry block (^0) holding one argument per
  // signature parameter (types from `param_types`, object when omitted), and
  // moves the insertion point to that entry block.
  FuncId createFunction(std::string name, std::string qualname, Signature sig, TypeId result,
                        std::vector<TypeId> param_types = {});
  BlockId createBlock(FuncId func);
  BlockId createBlock() { return createBlock(func_); }  // in the current function
  ValueId addBlockArg(FuncId func, BlockId block, TypeId type, std::string name = "");
  ValueId addBlockArg(BlockId block, TypeId type, std::string name = "") {
    return addBlockArg(func_, block, type, std::move(name));
  }

  void setInsertPoint(FuncId func, BlockId block) {
    func_ = func;
    block_ = block;
  }
  void setInsertPoint(BlockId block) { block_ = block; }
  // The line of the instructions created from now on; their position
  // becomes unknown until setPos.
  void setLine(uint32_t line) {
    line_ = line;
    pos_ = {};
  }
  uint32_t line() const { return line_; }
  // The source position of the instructions created from now on.
  void setPos(const SrcPos& pos) { pos_ = pos; }
  const SrcPos& pos() const { return pos_; }
  // The inline frame (Inst::frame) of the instructions created from now on
  // in the current function; other functions' instructions get 0.
  uint32_t addInlineFrame(InlineFrame frame);
  void setFrame(uint32_t frame) {
    frame_ = frame;
    frame_func_ = func_;
  }
  uint32_t frame() const { return frame_func_ == func_ ? frame_ : 0; }
  // Exception edge for every kRaise instruction created from now on; an
  // invalid id means exceptions propagate out of the function.
  void setUnwind(BlockId block) { unwind_ = block; }
  BlockId unwind() const { return unwind_; }

  // True when the current block already ends in a terminator: irgen stops
  // emitting there (code after `return`/`raise`/`break`).
  bool blockTerminated() const;

  // Generic emission. `result` is used only when the op's rule is Any; the
  // returned id is invalid for ops without a result.
  ValueId emit(Op op, TypeId result, std::vector<ValueId> operands, Immediate imm = {},
               std::vector<Successor> succs = {});
  // Like emit() but returns the new instruction (for callers that adjust it).
  InstId emitInst(Op op, TypeId result, std::vector<ValueId> operands, Immediate imm = {},
                  std::vector<Successor> succs = {});
  TypeId typeOf(ValueId v) { return func().value(v).type; }
  void setName(ValueId v, std::string name) { func().value(v).name = std::move(name); }

  // ---- constants ----
  ValueId constInt(std::string digits);
  ValueId constInt(int64_t v) { return constInt(std::to_string(v)); }
  ValueId constFloat(double v);
  ValueId constBool(bool v);
  ValueId constNone();
  ValueId constStr(std::string bytes);
  ValueId constBytes(std::string bytes);
  ValueId constEllipsis();

  // ---- representation ----
  ValueId box(ValueId v);
  ValueId unbox(ValueId v, TypeId to);
  ValueId cast(ValueId v, TypeId to);

  // ---- control flow ----
  void br(BlockId dest, std::vector<ValueId> args = {});
  void condBr(ValueId cond, BlockId then_block, std::vector<ValueId> then_args, BlockId else_block,
              std::vector<ValueId> else_args);
  void condBr(ValueId cond, BlockId then_block, BlockId else_block) { condBr(cond, then_block, {}, else_block, {}); }
  void ret(std::optional<ValueId> v = std::nullopt);
  void raise(std::optional<ValueId> exc = std::nullopt, std::optional<ValueId> cause = std::nullopt);
  // Re-raises exc, an exception this function caught (the end of a finally or
  // with, a failing except body): `raise %exc [i 1]`.
  void reraise(ValueId exc);
  void unreachable();
  void assertFail(std::optional<ValueId> message = std::nullopt);

  // ---- typed arithmetic (Int*/Float*/Bool ops): use emit(Op::IntAdd, {}, {a, b}) or these ----
  ValueId binary(Op op, ValueId a, ValueId b) { return emit(op, {}, {a, b}); }
  ValueId unary(Op op, ValueId a) { return emit(op, {}, {a}); }

  // ---- dynamic ops ----
  ValueId pyBinOp(BinOpKind kind, ValueId a, ValueId b, bool inplace = false);
  ValueId pyUnaryOp(UnaryOpKind kind, ValueId a);
  ValueId pyCompare(CmpKind kind, ValueId a, ValueId b);
  ValueId pyTruth(ValueId v);
  ValueId pyIs(ValueId a, ValueId b);
  ValueId pyGetAttr(ValueId obj, std::string name);
  void pySetAttr(ValueId obj, std::string name, ValueId value);
  void pyDelAttr(ValueId obj, std::string name);
  ValueId pyGetItem(ValueId obj, ValueId key);
  void pySetItem(ValueId obj, ValueId key, ValueId value);
  void pyDelItem(ValueId obj, ValueId key);
  // callee(positional..., keyword...): `keywords` names the trailing args.
  ValueId pyCall(ValueId callee, std::vector<ValueId> args, const std::vector<std::string>& keywords = {});
  ValueId pyCallEx(ValueId callee, ValueId args_tuple, ValueId kwargs);
  // Building the arguments of f(*a, **k): CPython's call-site TypeErrors name the callee.
  void callStarArg(ValueId args_list, ValueId iterable, ValueId callee);
  void callKwArgs(ValueId kwargs, ValueId mapping, ValueId callee);
  void callKwArg(ValueId kwargs, ValueId name, ValueId value, ValueId callee);
  ValueId pyIter(ValueId v);
  ValueId pyNext(ValueId it);
  ValueId isNull(ValueId v);
  ValueId pyFormat(ValueId v, ValueId spec);
  ValueId pyStr(ValueId v);
  ValueId pyRepr(ValueId v);
  ValueId pyAscii(ValueId v);
  ValueId strJoin(std::vector<ValueId> parts);
  ValueId pyUnpack(ValueId v, int64_t count, int64_t starred = -1);
  ValueId pySlice(ValueId lower, ValueId upper, ValueId step);

  // ---- construction (the result type defaults to object) ----
  ValueId listNew(std::vector<ValueId> items, TypeId type = {});
  ValueId tupleNew(std::vector<ValueId> items, TypeId type = {});
  ValueId setNew(std::vector<ValueId> items, TypeId type = {});
  ValueId dictNew(std::vector<ValueId> keys_and_values, TypeId type = {});
  void listAppend(ValueId list, ValueId v);
  void listExtend(ValueId list, ValueId iterable);
  void setAdd(ValueId set, ValueId v);
  void dictSet(ValueId dict, ValueId key, ValueId v);
  void dictUpdate(ValueId dict, ValueId other);
  ValueId listToTuple(ValueId list);

  // ---- names ----
  ValueId globalLoad(std::string name);
  void globalStore(std::string name, ValueId v);
  void globalDel(std::string name);
  ValueId builtinLoad(std::string name);
  ValueId cellNew(std::optional<ValueId> initial = std::nullopt);
  ValueId cellGet(ValueId cell, std::string name);
  void cellSet(ValueId cell, ValueId v);
  void checkBound(ValueId v, std::string name);

  // ---- functions, classes, exceptions ----
  ValueId funcNew(FuncId f, ValueId defaults, ValueId kwdefaults, ValueId closure);
  // Direct call; the result type is the callee's declared result.
  ValueId callDirect(FuncId f, std::vector<ValueId> args);
  ValueId classNew(ValueId name, ValueId bases, ValueId ns);
  ValueId excCurrent();
  ValueId excMatches(ValueId exc, ValueId cls);
  void excPush(ValueId exc);
  void excPop();
  void lineMarker(uint32_t line);  // the `line` op

 private:
  Module& module_;
  FuncId func_;
  BlockId block_;
  BlockId unwind_;
  uint32_t line_ = 0;
  SrcPos pos_;
  uint32_t frame_ = 0;
  FuncId frame_func_;
};

}  // namespace taipan::ir
