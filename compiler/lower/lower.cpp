// IR -> LLVM IR. One ModuleLowering per ir::Module, one FunctionLowering per
// ir::Function. The ABI it produces (abi.h has the runtime's side):
//
//  - Each ir::Function F gets a direct entry `@F.direct(ptr self, params..., i64 depth)`
//    with its typed parameters (word -> i64, float -> double, bool -> i1) and
//    typed result, called by call.direct with self = null; a generic entry
//    `i64 @F(ptr self, ptr args)` that loads the bound arguments, converts
//    them and calls the direct entry (TpFuncInfo.code points at it); and an
//    internal constant `@F.info` (TpFuncInfo) for tp_func_new and tracebacks.
//  - The module's init function is the external `i64 @__taipan_main_init()`
//    (or __taipan_init_<name> with dots as `$`); it first stores
//    tp_module_new(name, file) in the internal global `@__tp_globals`, read
//    by global.load/store/del and import.star. The main module's init first
//    registers the program's other modules (ir::Module::program_modules)
//    with tp_module_register, naming their init functions, which live in
//    their own llvm::Modules linked into the main one by the driver.
//  - str/bytes/big-int constants, builtins and keyword-name tuples are
//    created on first use by small internal getter functions that cache the
//    value in an internal global (Boehm scans data segments, so the cached
//    objects stay alive). The optimiser inlines the fast path. With threads
//    (a later issue) two first uses may race; both store an equal value, so
//    the race is benign, but the stores will then need to be atomic.
//  - Exceptions (decision 0017): a compiled function propagates an
//    exception by returning (a zero result) with the runtime global
//    tp_exc_pending set. After a call.direct, a py.call (tp_call_pending) or
//    any runtime entry named *_pending, the caller tests tp_exc_pending
//    (cold branch), only after a result equal to the error return's (the
//    null word, false, NaN) where there is one. A runtime call that may
//    throw is an invoke whose landing pad (personality
//    __gxx_personality_v0, catch-all) calls
//    tp_pending_catch(exn). `raise` calls tp_raise_set & co. (no throw).
//    All three reach one error-dispatch block per (IR unwind block, LINE):
//    with a handler, tp_pending_land(&info, &POS) and a branch to it (a
//    re-raise from there records POS); without, the error exit:
//    tp_pending_traceback(&info, &POS) and return. POS is a static TpSrcPos:
//    the position of the raising instruction's expression (Inst::pos, else
//    its line or the last `line` op before it), so there is no run-time
//    line bookkeeping at all. No compiled frame
//    is unwound by the C++ unwinder except through the few plain calls that
//    may still throw (cached getters, generic-entry argument conversion).
//  - Recursion depth and interrupts (decision 0023): a direct entry takes
//    the caller's depth as its last parameter; a non-generator function's
//    prologue compares depth + 1 with tp_rec_limit (slow path
//    tp_rec_overflow: RecursionError or KeyboardInterrupt pending) and,
//    unless the function is quiet (typed code calling only quiet
//    functions), stores it into tp_rec_depth and stores the entry depth back
//    before every ret. check.interrupt (loop back edges) compares
//    tp_rec_limit with 0 (volatile; the SIGINT handler lowers it).
//  - Tagged ints: add/sub/mul/neg and comparisons of two small ints are
//    inline (llvm.s*.with.overflow on the tagged words); anything else, and
//    overflow, calls the runtime (tp_int_add, ...), which makes big ints.
//  - Generators (functions marked `generator`, taipan/gen.h): the direct
//    entry is an LLVM switch-resumed coroutine (`presplitcoroutine`; the
//    coro passes run at every -O level, buildO0DefaultPipeline included).
//    Its frame comes from tp_gc_malloc (GC heap, traced). gen.start calls
//    tp_gen_new(frame, @__tp_gen_resume, &info, self) and suspends: the ramp
//    returns the generator object. The runtime resumes a frame through the
//    module's internal helper `void @__tp_gen_resume(ptr)`, which calls
//    llvm.coro.resume (so the runtime never depends on the frame layout or
//    on the resume clone's calling convention). gen.yield is
//    tp_gen_yield, a suspend, then tp_gen_resumed (the value sent in, or the
//    exception throw() passed in, raised at the yield); `ret v` is
//    tp_gen_return(gen, v) and the coroutine's end; gen.yield_from calls
//    tp_gen_yield_from and suspends only when it returns the null word. The
//    destroy path is never taken (the GC frees frames; close() runs finally
//    blocks by throwing GeneratorExit in). The error exit ends the coroutine
//    (coro.end) and returns with the exception pending; the runtime's
//    resumer marks the generator finished and throws it.
//  - Attribute sites: py.getattr / py.setattr call tp_getattr_ic /
//    tp_setattr_ic with a TpAttrCache of their own (a zero-initialised
//    internal global `@__tp_ic.N`); the runtime bitcode inlines the cache
//    check (fastpath.h), misses take the full lookup.
//  - Method and global sites (docs/decisions/0018-dispatch-caches.md): a
//    py.getattr used only as a py.call's callee is tp_getmethod_ic (the
//    function with TP_METHOD_TAG, no bound method) and the call is
//    tp_call_method_pending with the receiver in front of the arguments; global.load
//    is tp_global_load_ic. Each site has its own zeroed cache global
//    (`@__tp_mc.N`, `@__tp_gc.N`).
//  - Every defined function is `sspstrong` (hardened output,
//    docs/reliability.md). With LowerOptions::debug_info (-g) the module
//    gets a DICompileUnit, each direct entry a DISubprogram named by the
//    Python qualified name (the generic entry an artificial one), and every
//    instruction the DILocation of its Python line (the same static line
//    the tracebacks use).
#include "compiler/lower/lower.h"

#include <llvm/ADT/StringMap.h>
#include <llvm/BinaryFormat/Dwarf.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/DebugInfoMetadata.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/base/check.h"
#include "compiler/ir/cfg.h"
#include "compiler/lower/cold_calls.h"
#include "taipan/runtime_decls.h"

namespace taipan::lower {

namespace {

using rt::AbiKind;

constexpr int64_t kSmallMin = -(int64_t(1) << 62);
constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
// The kind words of list.h (TP_LIST_BOOL, TP_LIST_FLOAT).
constexpr uint64_t kListBoolKind = uint64_t{1} << 63;
constexpr uint64_t kListFloatKind = (uint64_t{1} << 63) | (uint64_t{1} << 62);
// int.is_index / int.assume_index: the bits that are fixed in the tagged word
// 2v + 1 of every v in [0, 2**kIndexBits): bit 0 set, the bits from
// kIndexBits + 1 up clear.
constexpr uint64_t kIndexWordMask = ~((uint64_t{1} << (ir::kIndexBits + 1)) - 1) | 1;

bool parseSmallInt(const std::string& text, int64_t& out) {
  if (text.empty() || text.size() > 20) return false;
  size_t i = 0;
  bool neg = false;
  if (text[0] == '-' || text[0] == '+') {
    neg = text[0] == '-';
    i = 1;
  }
  if (i >= text.size()) return false;
  __int128 v = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
    if (v > (__int128(1) << 64)) return false;
  }
  if (neg) v = -v;
  if (v < kSmallMin || v > kSmallMax) return false;
  out = static_cast<int64_t>(v);
  return true;
}

std::string sanitizeSymbol(std::string_view s) {
  std::string out;
  for (char c : s) out += (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') ? c : '_';
  return out;
}

class ModuleLowering;

class FunctionLowering {
 public:
  FunctionLowering(ModuleLowering& ml, const ir::Function& f, int index);
  void run();

 private:
  friend class ModuleLowering;
  llvm::Value* val(ir::ValueId id);
  llvm::Type* typeOf(ir::ValueId id);
  void lowerInst(const ir::Inst& inst);
  void lowerDefault(const ir::Inst& inst);
  void lowerTerminatorEdges(const ir::Successor& s);
  void setResult(const ir::Inst& inst, llvm::Value* v);

  // Calls a runtime function; an invoke when it may raise.
  llvm::Value* callRuntime(std::string_view name, std::vector<llvm::Value*> args, const ir::Inst* inst);
  // may_raise: an invoke whose landing pad moves the C++ exception into
  // tp_exc_pending; checks_pending: the callee may return with
  // tp_exc_pending set (a compiled function, a *_pending runtime entry), so
  // test it after the call, and result_first: test the result for null
  // before loading it (branchIfPending). Either way the exception goes to
  // errorDispatch.
  llvm::Value* emitCall(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value*> args, bool may_raise,
                        const ir::Inst* inst, bool checks_pending = false, bool result_first = false);
  // The block an exception pending at the current line goes to: the
  // handler of `inst` (tp_pending_land) or the function's error exit
  // (tp_pending_traceback, then return). One per handler and line.
  llvm::BasicBlock* errorDispatch(const ir::Inst* inst);
  llvm::BasicBlock* catchPad(const ir::Inst* inst);  // landing pad -> errorDispatch
  void branchIfPending(llvm::BasicBlock* target, llvm::Value* result = nullptr);
  void errorReturn();  // returns from the function with the exception pending
  // Recursion depth (decision 0023): the prologue stores depth + 1 and takes
  // the slow path (tp_rec_overflow) when it exceeds tp_rec_limit; every
  // return stores the entry depth back; a handler restores depth + 1.
  void recursionEnter();
  void recursionExits();
  void storeFrameSlot(unsigned field, llvm::Value* v);
  void noteCall();  // a call's position into the frame slot
  void interruptCheck(const ir::Inst& inst);
  llvm::Value* rec_entry_ = nullptr;                         // the depth on entry (null: not counted, a generator)
  llvm::Value* rec_inside_ = nullptr;                        // rec_entry_ + 1
  llvm::Value* frame_slot_ptr_ = nullptr;                    // &tp_frames[rec_inside_ & mask] (storeFrameSlot)
  bool frameless_ = false;  // the entry of a function with a typed clone: no frame, no depth count
  bool zero_arrays_ = false;  // arrayOf clears its arrays at entry (a function with a loop)
  bool has_loop_ = false;     // the function has a loop (peekableSite)
  bool quiet_ = false;                                       // ModuleLowering::quiet_: the global is not stored
  llvm::Value* arrayOf(llvm::ArrayRef<llvm::Value*> items);  // ptr to a stack array of words
  // The interned str constant `s` (its cached getter; not inlined in cold code).
  llvm::Value* strValue(const std::string& s);
  llvm::Value* siteName(const std::string& s);

  llvm::Value* intArith(const ir::Inst& inst);
  llvm::Value* intFused(const ir::Inst& inst);
  llvm::Value* intCompare(const ir::Inst& inst);
  llvm::Value* bothSmall(llvm::Value* a, llvm::Value* b);
  llvm::Value* isIndexWord(llvm::Value* t);
  void assumeIndexWord(llvm::Value* t);
  llvm::Value* unbox(llvm::Value* v, ir::TypeId to, const ir::Inst* inst);
  // floatobj (see ops.def): conversions and the fast/slow arithmetic.
  llvm::Value* foFrom(llvm::Value* v);
  llvm::Value* isExactObject(llvm::Value* v, const char* type_symbol);
  // A small int (tag bit set) or an exact int object (never a bool): the
  // object test only when the tag bit is clear.
  llvm::Value* isExactInt(llvm::Value* v);
  // True when v, looking through casts, has the IR type str (an exact str).
  bool isStrValue(ir::ValueId v) const;
  // str.getitem / str.char_at through `fn`, a runtime entry that also
  // writes the character's code (an ASCII character's byte, else -1) to its
  // last parameter: an alloca that SROA makes a phi of the inline path's
  // byte and -1. Recorded for strCode: str.compare_char, membership in a
  // constant and ord() of the result then compare that byte instead of
  // loading the one-character str's.
  void charWithCode(const ir::Inst& inst, std::string_view fn);
  // `ch in "..."` / `not in` for a ch with a known code (strCode) and a
  // constant of ASCII characters: a bit test of two 64-bit masks made here.
  // Null when the operands are not of that kind.
  llvm::Value* charInConstant(const ir::Inst& inst);
  // The code of a one-character str that str.getitem or str.char_at made
  // (an i32: the ASCII byte, or -1 when the generic path made it), by the
  // op's result; strCode(v) finds it through casts, or returns null.
  std::unordered_map<int32_t, llvm::Value*> str_codes_;
  llvm::Value* strCode(ir::ValueId v) const {
    const ir::Inst* d = defThroughCasts(v);
    if (!d || (d->op != ir::Op::StrGetItem && d->op != ir::Op::StrCharAt)) return nullptr;
    auto it = str_codes_.find(d->result.index);
    return it == str_codes_.end() ? nullptr : it->second;
  }
  // The value v is a cast (or casts) of, or v itself.
  ir::ValueId throughCasts(ir::ValueId v) const;
  // The instruction defining v, looking through casts; null for a block
  // argument.
  const ir::Inst* defThroughCasts(ir::ValueId v) const;
  llvm::Value* foArith(const ir::Inst& inst);
  // x / y on doubles; y == 0 raises ZeroDivisionError through tp_float_div
  // (only then), which needs no join: nothing comes back from it.
  llvm::Value* floatDiv(llvm::Value* x, llvm::Value* y, const ir::Inst& inst);
  // pure_fo_[v]: floatobj value v is always a float (its word is 0): made
  // by fo.from of a float, by float arithmetic of such values, or a block
  // argument that every edge passes such a value (findPureFloats).
  std::vector<char> pure_fo_;
  // FLOAT lists (decision 0069). fo_item_[v]: list.getitem result v is only
  // read by fo.from, so the read gives the floatobj itself, and a FLOAT
  // list's double is read without a box (fused_fo_ holds it for the
  // fo.from). float_store_[v]: box result v is only the value of a
  // list.setitem in its block, so the box is made there, on the paths that
  // need it, and a FLOAT list stores the double; or only the argument of
  // int() (tp_call_int_f takes the double).
  std::vector<char> fo_item_, float_store_;
  std::unordered_map<int32_t, llvm::Value*> fused_fo_;
  void findPureFloats();
  bool pureFo(ir::ValueId v) const { return pure_fo_[v.index] != 0; }
  llvm::Value* foCompare(const ir::Inst& inst);
  llvm::Value* foNeg(const ir::Inst& inst);
  llvm::Value* asFloat(llvm::Value* v, const ir::Inst& inst);
  // Deferred attribute peeks and their type tests (decision 0084; see the
  // definitions).
  bool peeksDeferred() const;
  llvm::Value* deferPeek(llvm::Value* call);
  bool peekedTypeTest(const ir::Inst& inst);
  bool peekableSite(const ir::Inst& inst);
  // type.is of a word (see the definition).
  llvm::Value* exactTypeTest(llvm::Value* v, const std::string& what);
  // True when `cond` holds, else what `otherwise` computes, in a block of
  // its own.
  llvm::Value* trueOr(llvm::Value* cond, const std::function<llvm::Value*()>& otherwise, const char* name);
  // Emits `if (cond) fast() else slow()` and joins the two results. When
  // `biased`, the branch weighs the fast side 1000:1, which also makes the
  // slow side's runtime calls cold (cold_calls.h); otherwise both sides are
  // common (a list loop's step against another iterator's).
  llvm::Value* fastSlow(llvm::Value* cond, const std::function<llvm::Value*()>& fast,
                        const std::function<llvm::Value*()>& slow, const char* name, bool biased = true);

  ModuleLowering& ml_;
  const ir::Function& f_;
  int index_;
  llvm::Function* fn_ = nullptr;
  llvm::IRBuilder<> b_;
  llvm::BasicBlock* alloca_block_ = nullptr;
  std::vector<llvm::BasicBlock*> blocks_;
  std::vector<llvm::Value*> values_;
  // Keyed by (handler block or -1, position, inline frame, generator started).
  std::map<std::tuple<int32_t, ir::SrcPos, uint32_t, bool>, llvm::BasicBlock*> dispatch_blocks_, catch_pads_;
  llvm::BasicBlock* error_exit_ = nullptr;  // the shared error exit (errorDispatch), created on first use
  llvm::PHINode* error_pos_ = nullptr;      // its position (a TpSrcPos*) per incoming edge
  uint32_t frameOf(const ir::Inst* inst) const {
    return inst && inst->frame <= f_.inline_frames.size() ? inst->frame : 0;
  }
  llvm::BasicBlock* bare_error_exit_ = nullptr;
  uint32_t line_ = 0;
  // The position of the instruction being lowered (its expression's, or
  // just line_ when it has none): where its exception is recorded.
  ir::SrcPos pos_;
  ir::SrcPos sitePos() const {
    if (pos_.line) return pos_;
    ir::SrcPos p;
    p.line = line_;
    return p;
  }
  // -g: the function's DISubprogram; updateDebugLoc gives the builder the
  // current Python line (line_) for the instructions it creates.
  llvm::DISubprogram* sp_ = nullptr;
  void updateDebugLoc();
  // Method call sites: per ValueId, 1 when the value is a py.getattr result
  // whose only use is as the callee of a py.call (lowered as
  // tp_getmethod_ic + tp_call_method_pending, no bound method object).
  std::vector<uint8_t> method_site_;
  // Method sites that the inference found three or more candidate defs
  // for (as many method.is guards): their receivers are expected to be of
  // several types, so all the cache's entries are tested inline
  // (tp_getmethod_ic_poly).
  std::vector<uint8_t> poly_site_;
  // py.call of `builtin.load "super"` (cls, self) whose one use is the
  // receiver of a method site on the same line: lowered with that site as
  // tp_super_getmethod, with self as the call's receiver (findMethodSites).
  std::vector<uint8_t> fused_super_;
  std::map<int32_t, llvm::Constant*> method_cache_of_;  // the TpMethodCache of each such getattr
  // Method sites whose receiver's exact type decides the method (decision
  // 0055), per ValueId of the getattr: kDictGet, `d.get(k[, dflt])`
  // (tp_call_method_get_pending looks up an exact dict inline), or
  // kStrDirect, `s.NAME(args)` for a str method with a direct entry
  // (tp_str_m_NAME). For an exact receiver the getattr does no lookup (its
  // word is 0: exact dicts and strs have no instance dict and their types
  // are immutable, so the attribute is always the builtin method).
  enum : uint8_t { kNoExactSite = 0, kDictGet = 1, kStrDirect = 2 };
  std::vector<uint8_t> exact_site_;
  void findMethodSites();
  // `d[k] = d.get(k, dflt) + delta` and `d[k] += delta` with delta a small
  // int constant or a value computed before the run (findDictIncrs; the
  // runtime tests that it is a small int): keyed by the instruction index of the
  // read (the get call or py.getitem), the operands of tp_dict_incr and the
  // index of the py.setitem that ends the run. The run of instructions from
  // the read to the py.setitem, in one IR block, is lowered as the slow
  // path behind tp_dict_incr (beginDictIncr/endDictIncr): the fused call
  // does the common case in one probe of the dict, or nothing.
  struct DictIncr {
    ir::ValueId dict, key, dflt;  // dflt invalid for `d[k] += delta`
    ir::ValueId delta_value;      // valid: delta is this value; else the constant delta
    int64_t delta;
    int32_t end;  // the index of the run's last instruction
  };
  std::unordered_map<uint32_t, DictIncr> dict_incrs_;
  void findDictIncrs(const std::vector<uint32_t>& uses);
  // The join after a fused run being lowered (null when none), the run's
  // last instruction and the layout slot words known before it.
  llvm::BasicBlock* incr_join_ = nullptr;
  int32_t incr_end_ = 0;
  std::map<int32_t, llvm::Value*> incr_slot_words_;
  void beginDictIncr(const DictIncr& site);
  void endDictIncr();
  // `for a, b in it` (decision 0059): per ValueId, for a py.next item that
  // is only null-tested and unpacked into two, its second part's slot
  // (tp_next_pair fills it); per ValueId of that unpack's result, the next's
  // item, and the second part once loaded. Set by findPairNexts.
  std::vector<ir::ValueId> pair_item_;
  std::vector<uint8_t> stack_iter_;  // py.iter results that only py.next reads (findStackIters)
  // For such a py.iter: true when its frame slot was filled for an exact list.
  std::unordered_map<int32_t, llvm::Value*> stack_list_;
  std::unordered_map<int32_t, llvm::Value*> pair_slot_, pair_second_;
  void findPairNexts(const std::vector<uint32_t>& uses);
  void findStackIters(const std::vector<uint32_t>& uses);
  void findFloatItems(const std::vector<uint32_t>& uses);
  // The header fields and index of a list access (listItem, listItemIs):
  // size, kind and the index (negative keys counted from the end), loaded
  // with the list alias tags; header() and tagItem() for further accesses.
  struct ListAccess {
    llvm::Value* size;
    llvm::Value* kind;
    llvm::Value* i;
    llvm::Value* small;  // the key is a small int
    std::function<llvm::LoadInst*(llvm::Type*, int)> header;
    std::function<llvm::Instruction*(llvm::Instruction*)> tagItem;
  };
  ListAccess listAccess(const ir::Inst& inst, llvm::Value* p, llvm::Value* key);
  void listItem(const ir::Inst& inst);
  void listItemIs(const ir::Inst& inst);
  llvm::Value* stackIter(llvm::Value* v, const ir::Inst& inst);
  // Int temporaries that die at their consumer (decision 0049): per InstId of
  // a typed int op lowered by intArith/intCompare, a bit per operand that the
  // slow path frees (tp_int_arith_release / tp_int_cmp_release).
  std::vector<uint8_t> release_after_;
  void findDeadIntTemps(const std::vector<uint32_t>& uses);
  uint8_t deadOperands(const ir::Inst& inst) const {
    size_t idx = static_cast<size_t>(&inst - f_.insts.data());
    return idx < release_after_.size() ? release_after_[idx] : 0;
  }
  // Layout-specialised regions: the slot words (TpSlotWords*) of each object
  // a slot op has used in the IR block being lowered.
  std::map<int32_t, llvm::Value*> slot_words_;
  // The slot words a layout.check computed (by its result's value index:
  // the object's index and a phi that is the words on the check's passing
  // path), and per IR block the check whose true edge is its only entry:
  // there the slot addresses start from those words instead of loading the
  // type and its slots_offset again.
  std::unordered_map<int32_t, std::pair<int32_t, llvm::Value*>> check_words_;
  std::vector<int32_t> entered_by_check_;
  // The checked words valid at the start of each block: those of the check
  // entering it, and those valid in its only predecessor when that block
  // only checks (a region's chain of guards: layout.check, type.is).
  std::vector<int32_t> only_pred_;
  std::vector<std::map<int32_t, llvm::Value*>> seeded_;
  llvm::Value* layoutCheck(const ir::Inst& inst);
  llvm::Value* slotWords(llvm::Value* p, llvm::Value* type);
  // Whether the int value v is never negative (a list index needs no wrap).
  bool nonNegative(ir::ValueId v, int depth = 0);
  std::vector<int32_t> nonneg_visiting_;
  // Whether the list value v is a list wherever it is defined (its header
  // may be read before a loop that uses it; ListHeaderReload).
  bool listEverywhere(ir::ValueId v, int depth = 0);
  std::vector<int32_t> list_visiting_;
  // The block holding instruction iid (the table is built on first use).
  int32_t instBlock(ir::InstId iid);
  std::vector<int32_t> inst_block_;
  // Alias-tag types of Taipan's own memory under one root (list headers and
  // items, instance slots: accesses of distinct types do not alias; an
  // untagged access, the runtime's, aliases all), and the tag of an access
  // of one.
  llvm::MDNode* aliasType(const std::string& name, llvm::MDNode* parent = nullptr);
  llvm::MDNode* aliasTag(llvm::MDNode* type);
  // The values each block argument receives, by the argument's value index
  // (built on first use).
  std::unordered_map<int32_t, std::vector<ir::ValueId>> incoming_;
  bool incoming_built_ = false;
  const std::vector<ir::ValueId>& incoming(ir::ValueId v);
  void raiseIf(llvm::Value* cond, std::string_view fn, std::vector<llvm::Value*> args, const ir::Inst& inst,
               const char* name);
  llvm::Value* slotAddress(ir::ValueId obj, int64_t index);
  // See the definitions: stores of words that may be exact floats, and the
  // state word update of a slot store.
  void slotWord(const ir::Inst& inst, bool add);
  void slotState(ir::ValueId obj, int64_t index, bool add, llvm::Value* raw);
  template <class I>
  I* slotTag(I* access);
  // Generators (see the file comment).
  void coroBegin();  // coro.id/size/begin in the entry, before any IR block
  void genStart(const ir::Inst& inst);
  void coroSuspend();  // a suspend point; continues in the resumed block
  llvm::Value* coroIntrinsic(llvm::Intrinsic::ID id, llvm::ArrayRef<llvm::Value*> args,
                             llvm::ArrayRef<llvm::Type*> types = {});
  bool is_gen_ = false;
  // Code that runs rarely (decisions 0021, 0039): in a cold function (cold_) the
  // runtime's fast paths are called through their out-of-line twins; in a
  // cold block of another function (ir::Block::cold, cold_block_) they are
  // called out of line as they are (noinline call sites), which keeps their
  // inline caches.
  bool cold_ = false;
  bool cold_fn_ = false;
  bool cold_block_ = false;
  llvm::Value* coro_hdl_ = nullptr;          // the frame
  llvm::Value* gen_ = nullptr;               // the generator object (i64), after gen.start
  llvm::BasicBlock* coro_return_ = nullptr;  // coro.end; ret the generator (the ramp's return)
};

class ModuleLowering {
 public:
  ModuleLowering(const ir::Module& m, llvm::LLVMContext& ctx, const LowerOptions& opts)
      : m_(m), ctx_(ctx), mod_(std::make_unique<llvm::Module>(m.name.empty() ? "__main__" : m.name, ctx)) {
    if (!opts.target_triple.empty()) mod_->setTargetTriple(opts.target_triple);
    if (!opts.data_layout.empty()) mod_->setDataLayout(opts.data_layout);
    inline_small_leaves_ = opts.inline_small_leaves;
    defer_peeks_ = opts.defer_peeks;
    cold_call_thunks_ = opts.cold_call_thunks;
    mod_->setPICLevel(llvm::PICLevel::BigPIC);
    i64_ = llvm::Type::getInt64Ty(ctx);
    i32_ = llvm::Type::getInt32Ty(ctx);
    i1_ = llvm::Type::getInt1Ty(ctx);
    f64_ = llvm::Type::getDoubleTy(ctx);
    ptr_ = llvm::PointerType::get(ctx, 0);
    void_ = llvm::Type::getVoidTy(ctx);
    fo_ = llvm::StructType::get(ctx, {i64_, f64_});
    // TpFuncInfo (abi.h): 5 pointers, 6 int32, the code pointer.
    info_type_ = llvm::StructType::create(ctx, {ptr_, ptr_, ptr_, ptr_, ptr_, i32_, i32_, i32_, i32_, i32_, i32_, ptr_},
                                          "TpFuncInfo");
    lp_type_ = llvm::StructType::get(ctx, {ptr_, i32_});
    frame_slot_ = llvm::StructType::get(ctx, {ptr_, ptr_});
    if (opts.debug_info) {
      // -g (LowerOptions::debug_info). The producer string carries no
      // version or path so that builds stay reproducible.
      mod_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 5);
      mod_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
      dib_ = std::make_unique<llvm::DIBuilder>(*mod_);
      di_file_ = dib_->createFile(m.source_path.empty() ? "<stdin>" : m.source_path, ".");
      di_cu_ = dib_->createCompileUnit(llvm::dwarf::DW_LANG_Python, di_file_, "taipan", /*isOptimized=*/false, "", 0);
      di_fn_type_ = dib_->createSubroutineType(dib_->getOrCreateTypeArray({}));
    }
  }

  // The DISubprogram of a compiled function (null without -g).
  llvm::DISubprogram* subprogram(llvm::Function* fn, const std::string& name, uint32_t line, bool artificial) {
    if (!dib_) return nullptr;
    auto flags = artificial ? llvm::DINode::FlagArtificial : llvm::DINode::FlagPrototyped;
    llvm::DISubprogram* sp = dib_->createFunction(di_cu_, name, "", di_file_, line, di_fn_type_, line, flags,
                                                  llvm::DISubprogram::SPFlagDefinition);
    fn->setSubprogram(sp);
    return sp;
  }

  // The TpFuncInfo of inline frame k (ir::InlineFrame) of function `index`,
  // for tracebacks only: no parameters, no code.
  llvm::Constant* inlineFrameInfo(int index, uint32_t k) {
    auto key = std::make_pair(index, k);
    auto it = inline_info_.find(key);
    if (it != inline_info_.end()) return it->second;
    const ir::Function& f = m_.functions[index];
    const ir::InlineFrame& fr = f.inline_frames[k - 1];
    std::string qualname = fr.name;
    for (uint32_t p = fr.parent; p != 0; p = f.inline_frames[p - 1].parent)
      qualname = f.inline_frames[p - 1].name + ".<locals>." + qualname;
    if (!f.is_module_init) qualname = (f.qualname.empty() ? f.name : f.qualname) + ".<locals>." + qualname;
    auto c32 = [&](int64_t v) { return llvm::ConstantInt::get(i32_, v); };
    auto* null = llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ptr_));
    llvm::Constant* fields[] = {cString(fr.name),
                                cString(qualname),
                                cString(m_.name.empty() ? "__main__" : m_.name),
                                cString(m_.source_path),
                                null,
                                c32(0),
                                c32(0),
                                c32(0),
                                c32(0),
                                c32(fr.call.line),
                                c32(0),
                                null};
    auto* gv = new llvm::GlobalVariable(*mod_, info_type_, true, llvm::GlobalValue::InternalLinkage,
                                        llvm::ConstantStruct::get(info_type_, fields), "tp.inline.info");
    inline_info_.emplace(key, gv);
    return gv;
  }

  // The TpSrcPos record (abi.h) of a traceback position: six int32, -1 for
  // an unknown column. One private constant per distinct position.
  llvm::Constant* srcPos(const ir::SrcPos& p) {
    auto it = src_pos_.find(p);
    if (it != src_pos_.end()) return it->second;
    auto c32 = [&](uint32_t v) {
      return llvm::ConstantInt::get(i32_, v == ir::SrcPos::kNoColumn ? -1 : static_cast<int64_t>(v));
    };
    auto* ty = llvm::ArrayType::get(i32_, 6);
    llvm::Constant* fields[] = {c32(p.line),      c32(p.end_line ? p.end_line : p.line),
                                c32(p.col),       c32(p.end_col),
                                c32(p.anchor_lo), c32(p.anchor_hi)};
    auto* gv = new llvm::GlobalVariable(*mod_, ty, true, llvm::GlobalValue::PrivateLinkage,
                                        llvm::ConstantArray::get(ty, fields), "tp.pos");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    src_pos_.emplace(p, gv);
    return gv;
  }

  std::unique_ptr<llvm::Module> run(std::string& error) {
    globals_ = new llvm::GlobalVariable(*mod_, i64_, false, llvm::GlobalValue::InternalLinkage,
                                        llvm::ConstantInt::get(i64_, 0), "__tp_globals");
    personality_ = llvm::cast<llvm::Constant>(
        mod_->getOrInsertFunction("__gxx_personality_v0", llvm::FunctionType::get(i32_, true)).getCallee());
    declareFunctions();
    has_clone_ = ir::genericsWithClones(m_);
    run_once_ = ir::runOnceFunctions(m_);
    findQuietFunctions();
    findSmallLeaves();
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      FunctionLowering fl(*this, m_.functions[i], static_cast<int>(i));
      fl.run();
      emitGenericEntry(static_cast<int>(i));
    }
    if (cold_call_thunks_) callColdRuntimeThroughThunks(*mod_, excPending());
    // Hardened output (docs/reliability.md): every function compiled here
    // gets a stack protector like clang's -fstack-protector-strong.
    for (llvm::Function& fn : *mod_)
      if (!fn.isDeclaration()) fn.addFnAttr(llvm::Attribute::StackProtectStrong);
    if (dib_) dib_->finalize();
    std::string msg;
    llvm::raw_string_ostream os(msg);
    if (llvm::verifyModule(*mod_, &os)) {
      os.flush();
      error = "lowering produced invalid LLVM IR: " + msg;
      return nullptr;
    }
    return std::move(mod_);
  }

  // ---- types ----
  llvm::Type* typeFor(ir::TypeId t) {
    switch (m_.types[t].kind) {
      case ir::TypeKind::Float:
        return f64_;
      case ir::TypeKind::FloatObj:
        return fo_;
      case ir::TypeKind::Bool:
        return i1_;
      case ir::TypeKind::Void:
        return void_;
      default:
        return i64_;  // every word type and I64
    }
  }
  llvm::Type* abiType(AbiKind k) {
    switch (k) {
      case AbiKind::Void:
        return void_;
      case AbiKind::I1:
        return i1_;
      case AbiKind::I32:
        return i32_;
      case AbiKind::I64:
        return i64_;
      case AbiKind::F64:
        return f64_;
      case AbiKind::Ptr:
      case AbiKind::Opaque:
        return ptr_;
    }
    return i64_;
  }

  // ---- runtime symbols ----
  const rt::RuntimeFn& runtimeRow(std::string_view name) {
    const rt::RuntimeFn* row = rt::findRuntimeFn(name);
    if (!row) TP_FATAL("runtime function '" + std::string(name) + "' is not declared by the runtime headers");
    return *row;
  }
  llvm::FunctionCallee runtime(std::string_view name) {
    const rt::RuntimeFn& row = runtimeRow(name);
    std::vector<llvm::Type*> params;
    for (int i = 0; i < row.nparams; ++i) params.push_back(abiType(row.params[i]));
    auto* fty = llvm::FunctionType::get(abiType(row.ret), params, false);
    llvm::FunctionCallee callee = mod_->getOrInsertFunction(llvm::StringRef(name.data(), name.size()), fty);
    if (auto* fn = llvm::dyn_cast<llvm::Function>(callee.getCallee()); fn && fn->empty() && !attributed_[fn]) {
      attributed_[fn] = true;
      if (row.attrs & TP_ATTR_NOTHROW) fn->setDoesNotThrow();
      if (row.attrs & TP_ATTR_NORETURN) fn->setDoesNotReturn();
      if ((row.attrs & TP_ATTR_PURE) && (row.attrs & TP_ATTR_NOTHROW)) {
        fn->setOnlyReadsMemory();
        fn->setWillReturn();
      }
      // bool is zeroext in the C ABI.
      if (row.ret == AbiKind::I1) fn->addRetAttr(llvm::Attribute::ZExt);
      for (int i = 0; i < row.nparams; ++i)
        if (row.params[i] == AbiKind::I1) fn->addParamAttr(i, llvm::Attribute::ZExt);
    }
    return callee;
  }
  bool runtimeMayRaise(std::string_view name) { return !(runtimeRow(name).attrs & TP_ATTR_NOTHROW); }
  bool hasRuntime(std::string_view name) { return rt::findRuntimeFn(name) != nullptr; }

  llvm::Constant* runtimeObject(const char* name) {
    llvm::GlobalVariable* gv = mod_->getGlobalVariable(name);
    if (!gv)
      gv = new llvm::GlobalVariable(*mod_, llvm::Type::getInt8Ty(ctx_), false, llvm::GlobalValue::ExternalLinkage,
                                    nullptr, name);
    return llvm::ConstantExpr::getPtrToInt(gv, i64_);
  }
  llvm::Constant* none() { return runtimeObject("tp_None_object"); }
  // PeekCache's markers (peek_cache.h): tp.peek.known(i64, i32) -> i1, a
  // read, and tp.peek.tested(i64, i32, i1), a write of memory nothing else
  // reads, so that no pass moves one across the other.
  llvm::Function* peekMarker(bool known) {
    const char* name = known ? "tp.peek.known" : "tp.peek.tested";
    if (llvm::Function* fn = mod_->getFunction(name)) return fn;
    auto* fty = known ? llvm::FunctionType::get(i1_, {i64_, i32_}, false)
                      : llvm::FunctionType::get(void_, {i64_, i32_, i1_}, false);
    auto* fn = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, name, *mod_);
    fn->setDoesNotThrow();
    fn->setWillReturn();
    if (known)
      fn->setOnlyReadsMemory();
    else
      fn->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly(llvm::ModRefInfo::Mod));
    return fn;
  }
  // The runtime's `TpValue tp_exc_pending` (abi.h, decision 0017).
  llvm::GlobalVariable* excPending() { return runtimeWord("tp_exc_pending"); }
  // The runtime's recursion depth and limit (abi.h, decision 0023).
  // tp_frames (abi.h): a pointer to TP_FRAME_SLOTS slots of {info, call
  // position}, mapped at start-up.
  static constexpr int64_t kFrameSlots = int64_t(1) << 20;
  llvm::GlobalVariable* frames() {
    if (llvm::GlobalVariable* gv = mod_->getGlobalVariable("tp_frames")) return gv;
    return new llvm::GlobalVariable(*mod_, ptr_, false, llvm::GlobalValue::ExternalLinkage, nullptr, "tp_frames");
  }
  llvm::GlobalVariable* recDepth() { return runtimeWord("tp_rec_depth"); }
  llvm::GlobalVariable* recLimit() { return runtimeWord("tp_rec_limit"); }
  llvm::GlobalVariable* runtimeWord(const char* name) {
    if (llvm::GlobalVariable* gv = mod_->getGlobalVariable(name)) return gv;
    return new llvm::GlobalVariable(*mod_, i64_, false, llvm::GlobalValue::ExternalLinkage, nullptr, name);
  }
  llvm::Constant* trueObj() { return runtimeObject("tp_True_object"); }
  llvm::Constant* falseObj() { return runtimeObject("tp_False_object"); }

  llvm::Constant* cString(std::string_view s) {
    auto it = cstrings_.find(std::string(s));
    if (it != cstrings_.end()) return it->second;
    llvm::Constant* data = llvm::ConstantDataArray::getString(ctx_, llvm::StringRef(s.data(), s.size()), true);
    auto* gv = new llvm::GlobalVariable(*mod_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, ".str");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(1));
    cstrings_.emplace(std::string(s), gv);
    return gv;
  }

  // A getter `i64 @name()` returning a cached value, computed on first call
  // by `init` (which emits code at the builder's position and returns it).
  template <class Init>
  llvm::Function* cachedGetter(const std::string& name, Init init) {
    if (llvm::Function* fn = mod_->getFunction(name)) return fn;
    auto* fn =
        llvm::Function::Create(llvm::FunctionType::get(i64_, false), llvm::GlobalValue::InternalLinkage, name, *mod_);
    fn->setPersonalityFn(personality_);
    auto* cache = new llvm::GlobalVariable(*mod_, i64_, false, llvm::GlobalValue::InternalLinkage,
                                           llvm::ConstantInt::get(i64_, 0), name + ".cache");
    auto* entry = llvm::BasicBlock::Create(ctx_, "", fn);
    auto* slow = llvm::BasicBlock::Create(ctx_, "init", fn);
    auto* done = llvm::BasicBlock::Create(ctx_, "cached", fn);
    llvm::IRBuilder<> b(entry);
    llvm::Value* v = b.CreateLoad(i64_, cache);
    llvm::MDBuilder md(ctx_);
    b.CreateCondBr(b.CreateICmpEQ(v, llvm::ConstantInt::get(i64_, 0)), slow, done, md.createBranchWeights(1, 1000));
    b.SetInsertPoint(done);
    b.CreateRet(v);
    b.SetInsertPoint(slow);
    llvm::Value* nv = init(b);
    b.CreateStore(nv, cache);
    b.CreateRet(nv);
    return fn;
  }
  // The getter of a str constant. The driver copies every `__tp_str.`
  // getter, cache included, into each partition of a split module
  // (driver/backend.cpp, clonedEverywhere): its value must be the same
  // object whichever copy computes it, as tp_const_str's interning makes it.
  llvm::Function* strConst(const std::string& s) {
    auto it = str_getters_.find(s);
    if (it != str_getters_.end()) return it->second;
    std::string name = "__tp_str." + std::to_string(str_getters_.size());
    llvm::Function* fn = cachedGetter(name, [&](llvm::IRBuilder<>& b) -> llvm::Value* {
      return b.CreateCall(runtime("tp_const_str"), {cString(s), llvm::ConstantInt::get(i64_, s.size())});
    });
    str_getters_.emplace(s, fn);
    return fn;
  }
  llvm::Function* bytesConst(const std::string& s) {
    std::string name = "__tp_bytes." + std::to_string(counter_++);
    return cachedGetter(name, [&](llvm::IRBuilder<>& b) -> llvm::Value* {
      return b.CreateCall(runtime("tp_const_bytes"), {cString(s), llvm::ConstantInt::get(i64_, s.size())});
    });
  }
  llvm::Function* bigintConst(const std::string& digits) {
    std::string name = "__tp_bigint." + std::to_string(counter_++);
    return cachedGetter(name, [&](llvm::IRBuilder<>& b) -> llvm::Value* {
      return b.CreateCall(runtime("tp_const_bigint"), {cString(digits)});
    });
  }
  llvm::Function* builtin(const std::string& s) {
    return cachedGetter("__tp_builtin." + sanitizeSymbol(s), [&](llvm::IRBuilder<>& b) -> llvm::Value* {
      return b.CreateCall(runtime("tp_builtin"), {cString(s)});
    });
  }
  // The tuple of keyword names of a call site, e.g. "sep,end".
  llvm::Function* kwnames(const std::vector<std::string>& names, const std::string& key) {
    auto it = kw_getters_.find(key);
    if (it != kw_getters_.end()) return it->second;
    std::string name = "__tp_kwnames." + std::to_string(kw_getters_.size());
    llvm::Function* fn = cachedGetter(name, [&](llvm::IRBuilder<>& b) -> llvm::Value* {
      llvm::Function* f = b.GetInsertBlock()->getParent();
      llvm::IRBuilder<> eb(&f->getEntryBlock(), f->getEntryBlock().begin());
      auto* arr = eb.CreateAlloca(i64_, llvm::ConstantInt::get(i64_, names.size()));
      for (size_t i = 0; i < names.size(); ++i)
        b.CreateStore(b.CreateCall(strConst(names[i])), b.CreateConstGEP1_64(i64_, arr, i));
      return b.CreateCall(runtime("tp_tuple_new"), {llvm::ConstantInt::get(i64_, names.size()), arr});
    });
    kw_getters_.emplace(key, fn);
    return fn;
  }

  // A fresh zero-initialised TpMethodCache (fastpath.h: four entries of type,
  // version, func, code, nparams, info, then a counter; 25 words, only the runtime
  // reads them) for one method call site.
  llvm::Constant* methodCache() {
    if (!method_cache_type_)
      method_cache_type_ = llvm::StructType::create(ctx_, {llvm::ArrayType::get(i64_, 25)}, "TpMethodCache");
    return new llvm::GlobalVariable(*mod_, method_cache_type_, false, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantAggregateZero::get(method_cache_type_),
                                    "__tp_mc." + std::to_string(method_caches_++));
  }
  // A fresh zero-initialised TpGlobalCache (fastpath.h: gversion, index,
  // bdict, bversion) for one global.load site.
  llvm::Constant* globalCache() {
    if (!global_cache_type_)
      global_cache_type_ = llvm::StructType::create(ctx_, {i64_, i64_, ptr_, i64_}, "TpGlobalCache");
    return new llvm::GlobalVariable(*mod_, global_cache_type_, false, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantAggregateZero::get(global_cache_type_),
                                    "__tp_gc." + std::to_string(global_caches_++));
  }

  // A fresh TpLayoutSite (fastpath.h: type, epoch, spec, then the memo
  // alt_type, alt_epoch, alt_ok, and the second bound type type2), unbound.
  llvm::Constant* layoutSite(const std::string& spec) {
    if (!layout_site_type_)
      layout_site_type_ = llvm::StructType::create(ctx_, {ptr_, i64_, ptr_, ptr_, i64_, i64_, ptr_}, "TpLayoutSite");
    llvm::Constant* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0));
    llvm::Constant* zero = llvm::ConstantInt::get(i64_, 0);
    llvm::Constant* init =
        llvm::ConstantStruct::get(layout_site_type_, {null, zero, cString(spec), null, zero, zero, null});
    return new llvm::GlobalVariable(*mod_, layout_site_type_, false, llvm::GlobalValue::InternalLinkage, init,
                                    "__tp_layout." + std::to_string(layout_sites_++));
  }

  // A fresh zero-initialised TpAttrCache (fastpath.h: type, slot, epoch,
  // a fourth type sharing the slot, three secondary type-slot entries, a
  // counter, the slot's four state masks and two more types sharing the
  // slot; 17 words, only the runtime
  // reads them) for one attribute site.
  llvm::Constant* attrCache() {
    if (!attr_cache_type_)
      attr_cache_type_ = llvm::StructType::create(ctx_, {llvm::ArrayType::get(i64_, 17)}, "TpAttrCache");
    return new llvm::GlobalVariable(*mod_, attr_cache_type_, false, llvm::GlobalValue::InternalLinkage,
                                    llvm::ConstantAggregateZero::get(attr_cache_type_),
                                    "__tp_ic." + std::to_string(attr_caches_++));
  }

  // void @__tp_gen_resume(ptr frame): resumes a generator's coroutine frame
  // (the runtime's TpResumeFn for this module's generators).
  llvm::Function* genResumeHelper() {
    if (llvm::Function* fn = mod_->getFunction("__tp_gen_resume")) return fn;
    auto* fn = llvm::Function::Create(llvm::FunctionType::get(void_, {ptr_}, false), llvm::GlobalValue::InternalLinkage,
                                      "__tp_gen_resume", *mod_);
    fn->setUWTableKind(llvm::UWTableKind::Async);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "", fn));
    b.CreateCall(llvm::Intrinsic::getDeclaration(mod_.get(), llvm::Intrinsic::coro_resume), {fn->getArg(0)});
    b.CreateRetVoid();
    return fn;
  }

  llvm::Value* boxBool(llvm::IRBuilder<>& b, llvm::Value* v) { return b.CreateSelect(v, trueObj(), falseObj()); }
  // floatobj -> object word: allocates a float object only for the float form.
  llvm::Value* boxFloatObj(llvm::IRBuilder<>& b, llvm::Value* v) {
    llvm::Value* w = b.CreateExtractValue(v, 0);
    llvm::Function* fn = b.GetInsertBlock()->getParent();
    auto* box_bb = llvm::BasicBlock::Create(ctx_, "fo.box", fn);
    auto* join = llvm::BasicBlock::Create(ctx_, "fo.boxed", fn);
    llvm::BasicBlock* here = b.GetInsertBlock();
    b.CreateCondBr(b.CreateICmpEQ(w, llvm::ConstantInt::get(i64_, 0)), box_bb, join);
    b.SetInsertPoint(box_bb);
    llvm::Value* boxed = b.CreateCall(runtime("tp_float_box"), {b.CreateExtractValue(v, 1)});
    b.CreateBr(join);
    b.SetInsertPoint(join);
    llvm::PHINode* phi = b.CreatePHI(i64_, 2);
    phi->addIncoming(w, here);
    phi->addIncoming(boxed, box_bb);
    return phi;
  }
  llvm::Value* makeFo(llvm::IRBuilder<>& b, llvm::Value* word, llvm::Value* f) {
    llvm::Value* v = b.CreateInsertValue(llvm::PoisonValue::get(fo_), word, 0);
    return b.CreateInsertValue(v, f, 1);
  }

  // ---- functions ----
  void declareFunctions() {
    for (size_t i = 0; i < m_.functions.size(); ++i) {
      const ir::Function& f = m_.functions[i];
      std::string sym = f.symbol.empty() ? "__tp_fn." + std::to_string(i) + "." + sanitizeSymbol(f.name) : f.symbol;
      bool is_init = static_cast<int>(i) == m_.init.index;
      llvm::Function* direct;
      if (is_init) {
        direct = llvm::Function::Create(llvm::FunctionType::get(i64_, false), llvm::GlobalValue::ExternalLinkage,
                                        moduleInitSymbol(m_), *mod_);
      } else {
        std::vector<llvm::Type*> params{ptr_};
        for (ir::ValueId p : f.params) params.push_back(typeFor(f.value(p).type));
        params.push_back(i64_);  // the caller's recursion depth (decision 0023)
        direct = llvm::Function::Create(llvm::FunctionType::get(typeFor(f.result), params, false),
                                        llvm::GlobalValue::InternalLinkage, sym + ".direct", *mod_);
      }
      direct->setPersonalityFn(personality_);
      direct->setUWTableKind(llvm::UWTableKind::Async);
      direct_.push_back(direct);

      llvm::Function* generic = nullptr;
      if (!is_init) {
        generic = llvm::Function::Create(llvm::FunctionType::get(i64_, {ptr_, ptr_}, false),
                                         llvm::GlobalValue::InternalLinkage, sym, *mod_);
        generic->setUWTableKind(llvm::UWTableKind::Async);
      }
      generic_.push_back(generic);

      // TpFuncInfo.
      std::vector<llvm::Constant*> names;
      for (const std::string& p : f.sig.params) names.push_back(cString(p));
      auto* names_ty = llvm::ArrayType::get(ptr_, names.size());
      auto* names_gv = new llvm::GlobalVariable(*mod_, names_ty, true, llvm::GlobalValue::PrivateLinkage,
                                                llvm::ConstantArray::get(names_ty, names), sym + ".params");
      int32_t flags = (f.sig.varargs ? 1 : 0) | (f.sig.varkw ? 2 : 0);
      auto c32 = [&](int64_t v) { return llvm::ConstantInt::get(i32_, v); };
      std::string name = is_init ? "<module>" : f.name;
      std::string qualname = is_init ? "<module>" : (f.qualname.empty() ? f.name : f.qualname);
      llvm::Constant* fields[] = {cString(name),
                                  cString(qualname),
                                  cString(m_.name.empty() ? "__main__" : m_.name),
                                  cString(m_.source_path),
                                  names_gv,
                                  c32(static_cast<int64_t>(f.sig.params.size())),
                                  c32(f.sig.posonly),
                                  c32(f.sig.kwonly),
                                  c32(flags),
                                  c32(f.line),
                                  c32(0),
                                  generic ? static_cast<llvm::Constant*>(generic)
                                          : llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ptr_))};
      auto* info = new llvm::GlobalVariable(*mod_, info_type_, true, llvm::GlobalValue::InternalLinkage,
                                            llvm::ConstantStruct::get(info_type_, fields), sym + ".info");
      info_.push_back(info);
    }
  }

  llvm::Value* unboxFloat(llvm::IRBuilder<>& b, llvm::Value* v) { return b.CreateCall(runtime("tp_float_unbox"), {v}); }

  // i64 @F(ptr self, ptr args): loads args[i], converts, calls @F.direct.
  void emitGenericEntry(int index) {
    llvm::Function* generic = generic_[index];
    if (!generic) return;
    const ir::Function& f = m_.functions[index];
    auto* entry = llvm::BasicBlock::Create(ctx_, "", generic);
    llvm::IRBuilder<> b(entry);
    if (llvm::DISubprogram* sp = subprogram(generic, f.qualname.empty() ? f.name : f.qualname, f.line, true))
      b.SetCurrentDebugLocation(llvm::DILocation::get(ctx_, f.line, 0, sp));
    std::vector<llvm::Value*> args{generic->getArg(0)};
    for (size_t i = 0; i < f.params.size(); ++i) {
      llvm::Value* w = b.CreateLoad(i64_, b.CreateConstGEP1_64(i64_, generic->getArg(1), i));
      const ir::Type& t = m_.types[f.value(f.params[i]).type];
      if (t.kind == ir::TypeKind::Float)
        w = unboxFloat(b, w);
      else if (t.kind == ir::TypeKind::Bool)
        w = b.CreateCall(runtime("tp_truth"), {w});
      args.push_back(w);
    }
    args.push_back(b.CreateLoad(i64_, recDepth(), "depth"));
    llvm::Value* r = b.CreateCall(direct_[index], args);
    b.CreateRet(boxValue(b, r, f.result));
  }

  llvm::Value* boxValue(llvm::IRBuilder<>& b, llvm::Value* v, ir::TypeId t) {
    switch (m_.types[t].kind) {
      case ir::TypeKind::Void:
        return none();
      case ir::TypeKind::Float:
        return b.CreateCall(runtime("tp_float_box"), {v});
      case ir::TypeKind::FloatObj:
        return boxFloatObj(b, v);
      case ir::TypeKind::Bool:
        return boxBool(b, v);
      case ir::TypeKind::I64:
        return b.CreateCall(runtime("tp_int_from_i64"), {v});
      default:
        return v;
    }
  }

  const ir::Module& m_;
  llvm::LLVMContext& ctx_;
  std::unique_ptr<llvm::Module> mod_;
  llvm::Type *i64_, *i32_, *i1_, *f64_, *ptr_, *void_;
  llvm::StructType* fo_;  // floatobj: {word, f64}; word 0 means the value is the float
  llvm::StructType* info_type_;
  llvm::StructType* lp_type_;
  llvm::StructType* frame_slot_ = nullptr;  // TpFrameSlot
  llvm::GlobalVariable* globals_ = nullptr;
  llvm::Constant* personality_ = nullptr;
  std::vector<llvm::Function*> direct_, generic_;
  // has_clone_[i]: function i is the generic version of a function that has
  // a typed clone (ir::genericsWithClones).
  std::vector<bool> has_clone_;
  // run_once_[i]: function i runs at most once per run (ir::runOnceFunctions).
  std::vector<bool> run_once_;
  // quiet_[i]: function i, and every function it calls, runs no code that
  // can reach the runtime's calls into compiled code or read tp_rec_depth
  // (typed arithmetic, constants, control flow, direct calls of quiet
  // functions). Its frames count the depth in the parameter only and never
  // store tp_rec_depth: fib's typed clone is a compare, two adds and two
  // calls (decision 0023).
  std::vector<bool> quiet_;
  // small_leaf_[i]: function i is a small optimised function without loops
  // that calls no compiled function (so it cannot recurse): its call sites
  // are always inlined (decision 0057). LLVM's own cost model refuses it,
  // counting every overflow and error path, which never run in the loop
  // that calls it (spectral_norm's matrix_entry).
  std::vector<bool> small_leaf_;
  bool inline_small_leaves_ = true;
  bool defer_peeks_ = false;
  bool cold_call_thunks_ = true;
  void findSmallLeaves();
  void findQuietFunctions() {
    size_t n = m_.functions.size();
    quiet_.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
      const ir::Function& f = m_.functions[i];
      if (static_cast<int>(i) == m_.init.index || f.is_generator) continue;
      bool ok = true;
      for (const ir::Inst& inst : f.insts) ok = ok && quietOp(inst.op);
      quiet_[i] = ok;
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t i = 0; i < n; ++i) {
        if (!quiet_[i]) continue;
        for (const ir::Inst& inst : m_.functions[i].insts)
          if (inst.op == ir::Op::CallDirect && !quiet_[inst.imm.func.index]) {
            quiet_[i] = false;
            changed = true;
            break;
          }
      }
    }
  }
  static bool quietOp(ir::Op op) {
    if (ir::isScalarArithmetic(op)) return true;
    switch (op) {
      case ir::Op::ConstInt:
      case ir::Op::ConstFloat:
      case ir::Op::ConstBool:
      case ir::Op::ConstNone:
      case ir::Op::ConstStr:
      case ir::Op::ConstBytes:
      case ir::Op::ConstEllipsis:
      case ir::Op::ConstNull:
      case ir::Op::Box:
      case ir::Op::Unbox:
      case ir::Op::Cast:
      case ir::Op::TypeIs:
      case ir::Op::Br:
      case ir::Op::CondBr:
      case ir::Op::Ret:
      case ir::Op::Unreachable:
      case ir::Op::FloatSqrt:
      case ir::Op::PyIs:
      case ir::Op::IsNull:
      case ir::Op::TupleGet:
      case ir::Op::SetLine:
      case ir::Op::CheckInterrupt:
      case ir::Op::CallDirect:
      // A counted loop's copies (passes/range_loop.cpp).
      case ir::Op::IntIsSmall:
      case ir::Op::IntLtSmall:
      case ir::Op::IntGtSmall:
      case ir::Op::IntAddSmall:
      case ir::Op::IntIsIndex:
      case ir::Op::IntAssumeIndex:
      case ir::Op::IntNarrow:
        return true;
      default:
        return false;
    }
  }
  std::vector<llvm::GlobalVariable*> info_;
  std::map<ir::SrcPos, llvm::Constant*> src_pos_;
  std::map<std::pair<int, uint32_t>, llvm::Constant*> inline_info_;
  std::unordered_map<std::string, llvm::Constant*> cstrings_;
  std::unordered_map<std::string, llvm::Function*> str_getters_, kw_getters_;
  std::unordered_map<llvm::Function*, bool> attributed_;
  int counter_ = 0;
  llvm::StructType* attr_cache_type_ = nullptr;
  int attr_caches_ = 0;
  llvm::StructType* method_cache_type_ = nullptr;
  int method_caches_ = 0;
  llvm::StructType* global_cache_type_ = nullptr;
  int global_caches_ = 0;
  llvm::StructType* layout_site_type_ = nullptr;
  int layout_sites_ = 0;
  // -g only (LowerOptions::debug_info).
  std::unique_ptr<llvm::DIBuilder> dib_;
  llvm::DIFile* di_file_ = nullptr;
  llvm::DICompileUnit* di_cu_ = nullptr;
  llvm::DISubroutineType* di_fn_type_ = nullptr;
};

// ---------------------------------------------------------------------------

static bool hasLoop(const ir::Function& f);

llvm::Value* FunctionLowering::strValue(const std::string& s) {
  llvm::CallInst* c = b_.CreateCall(ml_.strConst(s));
  if (cold_) c->setIsNoInline();
  return c;
}

// The name operand of an attribute cache site (fastpath.h TpNameFn): the
// str constant's getter, which only the site's slow path calls; a cold
// function calls the _slow halves (coldTwin), which take the str itself.
llvm::Value* FunctionLowering::siteName(const std::string& s) {
  if (cold_) return strValue(s);
  return ml_.strConst(s);
}

FunctionLowering::FunctionLowering(ModuleLowering& ml, const ir::Function& f, int index)
    : ml_(ml), f_(f), index_(index), b_(ml.ctx_) {}

llvm::Type* FunctionLowering::typeOf(ir::ValueId id) { return ml_.typeFor(f_.value(id).type); }

llvm::Value* FunctionLowering::val(ir::ValueId id) {
  TP_CHECK(id.valid() && id.index < static_cast<int32_t>(values_.size()) && values_[id.index],
           "IR value %" + std::to_string(id.index) + " used before its definition in " + f_.name);
  return values_[id.index];
}

void FunctionLowering::setResult(const ir::Inst& inst, llvm::Value* v) {
  if (inst.result.valid()) values_[inst.result.index] = v;
}

void FunctionLowering::run() {
  fn_ = ml_.direct_[index_];
  bool is_init = index_ == ml_.m_.init.index;
  values_.assign(f_.values.size(), nullptr);
  findPureFloats();
  line_ = f_.line;
  sp_ = ml_.subprogram(fn_, is_init ? "<module>" : (f_.qualname.empty() ? f_.name : f_.qualname), f_.line, false);
  updateDebugLoc();
  findMethodSites();

  // Blocks in reverse post-order over normal and unwind edges, so that every
  // value is lowered before its uses (definitions dominate uses).
  size_t n = f_.blocks.size();
  std::vector<std::vector<int32_t>> succs(n);
  for (size_t i = 0; i < n; ++i) {
    for (ir::InstId iid : f_.blocks[i].insts) {
      const ir::Inst& inst = f_.inst(iid);
      for (const ir::Successor& s : inst.succs) succs[i].push_back(s.block.index);
      if (inst.unwind.valid()) succs[i].push_back(inst.unwind.index);
    }
  }
  std::vector<int32_t> npreds(n, 0);
  for (size_t i = 0; i < n; ++i)
    for (int32_t s : succs[i]) npreds[s]++;
  entered_by_check_.assign(n, -1);
  only_pred_.assign(n, -1);
  seeded_.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    const std::vector<ir::InstId>& insts = f_.blocks[i].insts;
    if (insts.empty()) continue;
    // The true edge of a layout.check ending the block, as its target's only entry.
    const ir::Inst& term = f_.inst(insts.back());
    if (term.op == ir::Op::CondBr && term.succs.size() == 2) {
      const ir::ValueInfo& cv = f_.value(term.operands[0]);
      int32_t t = term.succs[0].block.index;
      if (cv.inst.valid() && f_.inst(cv.inst).op == ir::Op::LayoutCheck && npreds[t] == 1)
        entered_by_check_[t] = term.operands[0].index;
    }
    bool guards_only = true;
    for (ir::InstId iid : insts) {
      ir::Op op = f_.inst(iid).op;
      guards_only &= op == ir::Op::LayoutCheck || op == ir::Op::TypeIs || op == ir::Op::CondBr;
    }
    if (guards_only)
      for (int32_t s : succs[i])
        if (npreds[s] == 1) only_pred_[s] = static_cast<int32_t>(i);
  }
  std::vector<int32_t> post;
  std::vector<uint8_t> state(n, 0);
  std::vector<std::pair<int32_t, size_t>> stack;
  if (n > 0) {
    stack.push_back({0, 0});
    state[0] = 1;
  }
  while (!stack.empty()) {
    auto& [blk, next] = stack.back();
    if (next < succs[blk].size()) {
      int32_t s = succs[blk][next++];
      if (!state[s]) {
        state[s] = 1;
        stack.push_back({s, 0});
      }
    } else {
      post.push_back(blk);
      stack.pop_back();
    }
  }

  alloca_block_ = llvm::BasicBlock::Create(ml_.ctx_, "entry", fn_);
  blocks_.assign(n, nullptr);
  for (auto it = post.rbegin(); it != post.rend(); ++it)
    blocks_[*it] = llvm::BasicBlock::Create(ml_.ctx_, "bb" + std::to_string(*it), fn_);
  // Block arguments become phis (the entry block's too: its incoming values
  // come from the parameters; a trivial phi is removed by the optimiser).
  for (int32_t bi : post) {
    b_.SetInsertPoint(blocks_[bi]);
    for (ir::ValueId a : f_.blocks[bi].args) {
      const std::string& nm = f_.value(a).name;
      values_[a.index] = b_.CreatePHI(typeOf(a), 2, nm);
    }
  }

  b_.SetInsertPoint(alloca_block_);
  is_gen_ = f_.is_generator;
  // Straight-line module code runs once; the generic body of a function
  // with a typed clone runs only for callers whose arguments are not of the
  // clone's types. Both call the runtime out of line (decision 0021) and
  // are not optimised at all (decision 0039: optnone also selects LLVM's
  // fast instruction selector for them); a generator's coroutine keeps the
  // optimiser, compiled for size.
  // The entry of a function with a typed clone only tests the arguments and
  // hands over to the clone or to the generic body, passing the caller's
  // depth: it has no frame of its own (the callee's stands for it) and is
  // optimised, so that callers may inline it. The body is cold.
  // A function that runs at most once per run (ir::runOnceFunctions: main
  // and what it calls once, decision 0046) and has no loop is cold as well;
  // a frameless entry stays optimised (it is only the hand-over).
  frameless_ = ml_.has_clone_[index_] && !ir::isGenericBody(f_);
  has_loop_ = zero_arrays_ = hasLoop(f_);
  bool once = (is_init || ml_.run_once_[index_]) && !frameless_ && !hasLoop(f_);
  cold_fn_ = cold_ = once || (ml_.has_clone_[index_] && !frameless_);
  if (cold_ && !f_.is_generator) {
    fn_->addFnAttr(llvm::Attribute::OptimizeNone);
    fn_->addFnAttr(llvm::Attribute::NoInline);
    // Code that runs at most once gets the quickest code generation when
    // the module is split (decision 0078).
    if (once) fn_->addFnAttr(kRunOnceAttr);
  } else if (cold_) {
    fn_->addFnAttr(llvm::Attribute::OptimizeForSize);
  }
  if (is_gen_)
    coroBegin();
  else if (frameless_)
    rec_entry_ = fn_->getArg(fn_->arg_size() - 1);
  else if (n > 0)
    recursionEnter();
  if (is_init) {
    for (const ir::ProgramModule& pm : ml_.m_.program_modules) {
      ir::Module stub;
      stub.name = pm.name;
      llvm::FunctionCallee init =
          ml_.mod_->getOrInsertFunction(moduleInitSymbol(stub), llvm::FunctionType::get(ml_.i64_, false));
      emitCall(ml_.runtime("tp_module_register"),
               {ml_.cString(pm.name), ml_.cString(pm.file), llvm::ConstantInt::get(ml_.i32_, pm.is_package ? 1 : 0),
                init.getCallee()},
               false, nullptr);
    }
    llvm::Value* g =
        emitCall(ml_.runtime("tp_module_new"),
                 {ml_.cString(ml_.m_.name.empty() ? "__main__" : ml_.m_.name), ml_.cString(ml_.m_.source_path)},
                 ml_.runtimeMayRaise("tp_module_new"), nullptr);
    b_.CreateStore(g, ml_.globals_);
  }
  if (n == 0) {
    b_.CreateUnreachable();
    return;
  }
  // Entry block arguments: the function's parameters.
  const ir::Block& entry = f_.blocks[0];
  for (size_t i = 0; i < entry.args.size(); ++i) {
    auto* phi = llvm::cast<llvm::PHINode>(values_[entry.args[i].index]);
    llvm::Value* p = (!is_init && i + 1 < fn_->arg_size()) ? static_cast<llvm::Value*>(fn_->getArg(i + 1))
                                                           : llvm::PoisonValue::get(phi->getType());
    phi->addIncoming(p, b_.GetInsertBlock());
  }
  b_.CreateBr(blocks_[0]);

  for (auto it = post.rbegin(); it != post.rend(); ++it) {
    int32_t bi = *it;
    b_.SetInsertPoint(blocks_[bi]);
    if (only_pred_[bi] >= 0) seeded_[bi] = seeded_[only_pred_[bi]];
    if (int32_t c = entered_by_check_[bi]; c >= 0) {
      auto it = check_words_.find(c);
      if (it != check_words_.end()) seeded_[bi][it->second.first] = it->second.second;
    }
    slot_words_ = seeded_[bi];
    cold_block_ = !cold_fn_ && f_.blocks[bi].cold;
    cold_ = cold_fn_ || f_.blocks[bi].twins;
    for (ir::InstId iid : f_.blocks[bi].insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (!dict_incrs_.empty() && !incr_join_) {
        auto site = dict_incrs_.find(iid.index);
        if (site != dict_incrs_.end()) beginDictIncr(site->second);
      }
      lowerInst(inst);
      if (incr_join_ && iid.index == incr_end_) endDictIncr();
    }
  }
  // Blocks left open: code after a noreturn call, or an unverified IR block
  // without a terminator.
  for (llvm::BasicBlock& bb : *fn_) {
    if (bb.getTerminator()) continue;
    b_.SetInsertPoint(&bb);
    b_.CreateUnreachable();
  }
  recursionExits();
}

void FunctionLowering::recursionEnter() {
  llvm::MDBuilder md(ml_.ctx_);
  bool is_init = index_ == ml_.m_.init.index;
  rec_entry_ = is_init ? static_cast<llvm::Value*>(b_.CreateLoad(ml_.i64_, ml_.recDepth(), "depth"))
                       : fn_->getArg(fn_->arg_size() - 1);
  rec_inside_ = b_.CreateAdd(rec_entry_, llvm::ConstantInt::get(ml_.i64_, 1));
  quiet_ = ml_.quiet_[index_];
  if (!quiet_) b_.CreateStore(rec_inside_, ml_.recDepth());
  // A quiet small leaf calls no compiled function, directly or through the
  // runtime, so it cannot recurse: its one frame needs no limit test
  // (decision 0068). At the limit, CPython would raise RecursionError on
  // entering it; here the next call that can nest deeper raises it. The
  // test would split the loop that calls the leaf after it is inlined,
  // which hides ranges from LLVM.
  if (quiet_ && ml_.small_leaf_[index_]) {
    storeFrameSlot(0, ml_.info_[index_]);
    return;
  }
  llvm::Value* limit = b_.CreateLoad(ml_.i64_, ml_.recLimit(), "limit");
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "rec.slow", fn_);
  auto* fail = llvm::BasicBlock::Create(ml_.ctx_, "rec.fail", fn_);
  auto* ok = llvm::BasicBlock::Create(ml_.ctx_, "rec.ok", fn_);
  b_.CreateCondBr(b_.CreateICmpSGT(rec_inside_, limit), slow, ok, md.createBranchWeights(1, 2000));
  b_.SetInsertPoint(slow);
  llvm::Value* raised = b_.CreateCall(ml_.runtime("tp_rec_overflow"), {rec_inside_});
  b_.CreateCondBr(b_.CreateICmpNE(raised, llvm::ConstantInt::get(raised->getType(), 0)), fail, ok);
  // RecursionError/KeyboardInterrupt: returned pending without a traceback
  // frame for this function (CPython raises before the frame runs).
  b_.SetInsertPoint(fail);
  errorReturn();
  b_.SetInsertPoint(ok);
  storeFrameSlot(0, ml_.info_[index_]);
}

void FunctionLowering::noteCall() { storeFrameSlot(1, ml_.srcPos(sitePos())); }

// The frame stack (decision 0031): this function's slot, tp_frames[depth &
// (slots - 1)], gets its info in the prologue and the position of each call
// before the call, for sys._getframe. Quiet functions and generator bodies
// (not counted) store nothing.
// The slot's address is computed once, by the prologue's store (which
// dominates the body): tp_frames is set at start-up and never moves, but
// LLVM cannot know it and would reload it after every call.
void FunctionLowering::storeFrameSlot(unsigned field, llvm::Value* v) {
  if (!rec_inside_ || quiet_) return;
  if (!frame_slot_ptr_) {
    llvm::Value* idx = b_.CreateAnd(rec_inside_, llvm::ConstantInt::get(ml_.i64_, ModuleLowering::kFrameSlots - 1));
    llvm::Value* base = b_.CreateLoad(ml_.ptr_, ml_.frames(), "frames");
    frame_slot_ptr_ = b_.CreateInBoundsGEP(ml_.frame_slot_, base, {idx}, "frame.slot");
  }
  b_.CreateStore(v, b_.CreateConstInBoundsGEP2_32(ml_.frame_slot_, frame_slot_ptr_, 0, field));
}

// Every return stores the caller's depth back: a store of a register, no
// load, so consecutive calls make no store-to-load chain through memory
// (decrementing the global made fib 2x slower, loading it in the prologue
// 1.5x).
void FunctionLowering::recursionExits() {
  if (!rec_entry_ || quiet_ || frameless_) return;
  for (llvm::BasicBlock& bb : *fn_) {
    if (auto* ret = llvm::dyn_cast_or_null<llvm::ReturnInst>(bb.getTerminator())) {
      llvm::IRBuilder<> rb(ret);
      rb.CreateStore(rec_entry_, ml_.recDepth());
    }
  }
}

// check.interrupt: a volatile load (the signal handler writes the limit)
// and a never-taken branch to tp_interrupt_poll.
void FunctionLowering::interruptCheck(const ir::Inst& inst) {
  llvm::MDBuilder md(ml_.ctx_);
  llvm::LoadInst* limit = b_.CreateLoad(ml_.i64_, ml_.recLimit(), "limit");
  limit->setVolatile(true);
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "interrupt", fn_);
  auto* cont = llvm::BasicBlock::Create(ml_.ctx_, "no.interrupt", fn_);
  b_.CreateCondBr(b_.CreateICmpSLT(limit, llvm::ConstantInt::get(ml_.i64_, 0)), slow, cont,
                  md.createBranchWeights(1, 2000));
  b_.SetInsertPoint(slow);
  llvm::CallInst* c = b_.CreateCall(ml_.runtime("tp_interrupt_poll"));
  c->setIsNoInline();
  branchIfPending(errorDispatch(&inst));
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
}

void FunctionLowering::lowerTerminatorEdges(const ir::Successor& s) {
  llvm::BasicBlock* target = blocks_[s.block.index];
  const ir::Block& tb = f_.block(s.block);
  TP_CHECK(tb.args.size() == s.args.size(), "branch argument count mismatch in " + f_.name);
  for (size_t i = 0; i < s.args.size(); ++i) {
    auto* phi = llvm::cast<llvm::PHINode>(values_[tb.args[i].index]);
    llvm::Value* v = val(s.args[i]);
    if (v->getType() != phi->getType()) v = llvm::PoisonValue::get(phi->getType());  // verifier catches this
    phi->addIncoming(v, b_.GetInsertBlock());
  }
  (void)target;
}

// Error dispatch (decision 0017): one block per handler (or none) and source
// line. tp_pending_land remembers the line, which a re-raise from the
// handler records in the traceback; the error exit records (info, line).
llvm::BasicBlock* FunctionLowering::errorDispatch(const ir::Inst* inst) {
  int32_t handler = inst && inst->unwind.valid() ? inst->unwind.index : -1;
  auto key = std::make_tuple(handler, sitePos(), frameOf(inst), gen_ != nullptr);
  auto it = dispatch_blocks_.find(key);
  if (it != dispatch_blocks_.end()) return it->second;
  llvm::IRBuilderBase::InsertPointGuard guard(b_);
  auto* bb = llvm::BasicBlock::Create(
      ml_.ctx_, handler >= 0 ? "exc.to" + std::to_string(handler) : "exc.exit" + std::to_string(line_), fn_);
  b_.SetInsertPoint(bb);
  // An instruction of an inlined comprehension: its frame, and those of the
  // comprehensions it is nested in, enter the traceback first, up to the
  // frame the handler is in, which records its own entry on landing.
  ir::SrcPos at = sitePos();
  uint32_t stop = 0;
  if (handler >= 0) {
    // irgen's landing blocks are a lone `br` to the handler; look past them.
    ir::BlockId hid = inst->unwind;
    for (int hops = 0; hops < 8; ++hops) {
      const ir::Block& hb = f_.block(hid);
      if (hb.insts.empty()) break;
      const ir::Inst& first = f_.inst(hb.insts.front());
      if (first.op != ir::Op::Br || hb.insts.size() != 1) {
        stop = frameOf(&first);
        break;
      }
      hid = first.succs[0].block;
    }
  }
  for (uint32_t k = frameOf(inst); k != 0 && k != stop; k = f_.inline_frames[k - 1].parent) {
    b_.CreateCall(ml_.runtime("tp_pending_traceback"), {ml_.inlineFrameInfo(index_, k), ml_.srcPos(at)});
    at = f_.inline_frames[k - 1].call;
  }
  llvm::Constant* line = ml_.srcPos(at);
  if (handler >= 0) {
    // Frames the exception left without returning (a C++ throw through
    // compiled code) did not restore the depth: this frame's is known.
    if (rec_inside_ && !quiet_) b_.CreateStore(rec_inside_, ml_.recDepth());
    // The handler's frame records the landing (an inlined frame's own
    // handler, PEP 479's in a generator expression, records that frame).
    llvm::Constant* info = stop != 0 ? ml_.inlineFrameInfo(index_, stop) : ml_.info_[index_];
    b_.CreateCall(ml_.runtime("tp_pending_land"), {info, line});
    b_.CreateBr(blocks_[handler]);
    // A handler with block arguments gets nothing on the exception edge.
    for (ir::ValueId a : f_.block(inst->unwind).args)
      llvm::cast<llvm::PHINode>(values_[a.index])->addIncoming(llvm::PoisonValue::get(typeOf(a)), bb);
  } else if (frameOf(inst) == 0 && !is_gen_) {
    // The common case, no handler and no inlined frame: one shared error
    // exit per function, told the position by a phi. This block is only a
    // branch (SimplifyCFG folds it away), so a function has one traceback
    // call and one return for all its raising sites, not one per line
    // (decision 0039: they were a sixth of the blocks LLVM compiled).
    if (!error_exit_) {
      error_exit_ = llvm::BasicBlock::Create(ml_.ctx_, "exc.exit", fn_);
      b_.SetInsertPoint(error_exit_);
      error_pos_ = b_.CreatePHI(ml_.ptr_, 4, "exc.pos");
      b_.CreateCall(ml_.runtime("tp_pending_traceback"), {ml_.info_[index_], error_pos_});
      errorReturn();
      b_.SetInsertPoint(bb);
    }
    b_.CreateBr(error_exit_);
    error_pos_->addIncoming(line, bb);
  } else {
    b_.CreateCall(ml_.runtime("tp_pending_traceback"), {ml_.info_[index_], line});
    errorReturn();
  }
  dispatch_blocks_.emplace(key, bb);
  return bb;
}

// Returns with the exception pending. The result is a zero of the return
// type (never read; zero rather than poison so that inlined boxing code in a
// caller never branches on poison). A generator body finishes its coroutine
// (coro.end; the runtime marks the generator finished when it sees the
// pending exception).
void FunctionLowering::errorReturn() {
  if (is_gen_ && gen_) {
    b_.CreateBr(coro_return_);
    return;
  }
  if (is_gen_)
    coroIntrinsic(llvm::Intrinsic::coro_end, {coro_hdl_, b_.getFalse(), llvm::ConstantTokenNone::get(ml_.ctx_)});
  // The value callers test before they load tp_exc_pending
  // (branchIfPending): the null word, false, or a NaN.
  llvm::Type* rt = fn_->getReturnType();
  if (rt->isVoidTy())
    b_.CreateRetVoid();
  else if (rt->isDoubleTy())
    b_.CreateRet(llvm::ConstantFP::getQNaN(rt));
  else
    b_.CreateRet(llvm::Constant::getNullValue(rt));
}

llvm::BasicBlock* FunctionLowering::catchPad(const ir::Inst* inst) {
  int32_t handler = inst && inst->unwind.valid() ? inst->unwind.index : -1;
  auto key = std::make_tuple(handler, sitePos(), frameOf(inst), gen_ != nullptr);
  auto it = catch_pads_.find(key);
  if (it != catch_pads_.end()) return it->second;
  llvm::BasicBlock* target = errorDispatch(inst);
  llvm::IRBuilderBase::InsertPointGuard guard(b_);
  auto* pad = llvm::BasicBlock::Create(ml_.ctx_, "lpad" + std::to_string(line_), fn_);
  b_.SetInsertPoint(pad);
  llvm::LandingPadInst* lp = b_.CreateLandingPad(ml_.lp_type_, 1);
  lp->addClause(llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ml_.ptr_)));
  b_.CreateCall(ml_.runtime("tp_pending_catch"), {b_.CreateExtractValue(lp, 0)});
  b_.CreateBr(target);
  catch_pads_.emplace(key, pad);
  return pad;
}

// if (tp_exc_pending) goto target (cold); continues in a fresh block. With
// `result`, what a compiled function returned, tp_exc_pending is only loaded
// when the result is the one its error exit returns (errorReturn): the null
// word, false, or a NaN. A Python value is never the null word, so the
// common path tests a register; and where LLVM sees the callee's body (an
// inlined small leaf) it often proves the result is not that value (a tagged
// int, a quotient of finite floats) and drops the test altogether, which it
// could not do for the load.
void FunctionLowering::branchIfPending(llvm::BasicBlock* target, llvm::Value* result) {
  auto* cont = llvm::BasicBlock::Create(ml_.ctx_, "no.exc", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  llvm::Value* maybe_error = nullptr;
  if (result && result->getType()->isIntegerTy())
    maybe_error = b_.CreateICmpEQ(result, llvm::Constant::getNullValue(result->getType()));
  else if (result && result->getType()->isDoubleTy())
    maybe_error = b_.CreateFCmpUNO(result, result);
  if (maybe_error) {
    auto* check = llvm::BasicBlock::Create(ml_.ctx_, "error.result", fn_);
    b_.CreateCondBr(maybe_error, check, cont, md.createBranchWeights(1, 2000));
    b_.SetInsertPoint(check);
  }
  llvm::Value* pending = b_.CreateLoad(ml_.i64_, ml_.excPending());
  b_.CreateCondBr(b_.CreateICmpNE(pending, llvm::ConstantInt::get(ml_.i64_, 0)), target, cont,
                  md.createBranchWeights(1, 2000));
  b_.SetInsertPoint(cont);
}

llvm::Value* FunctionLowering::emitCall(llvm::FunctionCallee callee, llvm::ArrayRef<llvm::Value*> args, bool may_raise,
                                        const ir::Inst* inst, bool checks_pending, bool result_first) {
  llvm::Value* r;
  if (!may_raise) {
    r = b_.CreateCall(callee, args);
  } else {
    llvm::BasicBlock* unwind = catchPad(inst);
    auto* cont = llvm::BasicBlock::Create(ml_.ctx_, "", fn_);
    llvm::InvokeInst* call = b_.CreateInvoke(callee, cont, unwind, args);
    if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) call->setAttributes(f->getAttributes());
    b_.SetInsertPoint(cont);
    r = call;
  }
  if (checks_pending) branchIfPending(errorDispatch(inst), result_first ? r : nullptr);
  return r;
}

// The out-of-line twin of a runtime function whose fast path is always
// inlined (runtime/bitcode/fastpath.cpp), or `name` itself.
static std::string_view coldTwin(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kTwins[] = {
      {"tp_binop_fast", "tp_binop"},
      {"tp_unaryop_fast", "tp_unaryop"},
      {"tp_compare_fast", "tp_compare"},
      {"tp_compare_str_fast", "tp_compare"},
      {"tp_binop_str_fast", "tp_binop"},
      {"tp_truth_fast", "tp_truth"},
      {"tp_getitem_fast", "tp_getitem"},
      {"tp_setitem_fast", "tp_setitem"},
      {"tp_next_fast", "tp_next"},
      {"tp_getattr_ic", "tp_getattr_ic_slow"},
      {"tp_getattr_ic_f", "tp_getattr_ic_f_slow"},
      {"tp_attr_peek", "tp_attr_peek_slow"},
      {"tp_setattr_ic", "tp_setattr_ic_slow"},
      {"tp_setattr_ic_w", "tp_setattr_ic_slow"},
      {"tp_setattr_ic_f", "tp_setattr_ic_f_slow"},
  };
  for (const auto& [fast, slow] : kTwins)
    if (fast == name) return slow;
  return name;
}

void ModuleLowering::findSmallLeaves() {
  constexpr size_t kMaxCost = 24;
  size_t n = m_.functions.size();
  small_leaf_.assign(n, false);
  if (!inline_small_leaves_) return;
  // cost[i]: the weighted size of function i once its own small callees are
  // inlined; constants, casts and jumps cost nothing (they fold away).
  std::vector<size_t> cost(n, SIZE_MAX);
  std::vector<bool> candidate(n, false);
  for (size_t i = 0; i < n; ++i) {
    const ir::Function& f = m_.functions[i];
    candidate[i] = !(static_cast<int>(i) == m_.init.index || f.is_generator || has_clone_[i] || run_once_[i] ||
                     f.insts.size() > 4 * kMaxCost || !f.inline_frames.empty() || hasLoop(f));
  }
  // Callees are settled before their callers: a few rounds reach a fixpoint
  // for the call chains that matter (a method calling a small method).
  for (int round = 0; round < 4; ++round) {
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!candidate[i] || cost[i] != SIZE_MAX) continue;
      const ir::Function& f = m_.functions[i];
      size_t c = 0;
      for (const ir::Block& blk : f.blocks)
        for (ir::InstId iid : blk.insts) {
          const ir::Inst& inst = f.inst(iid);
          switch (inst.op) {
            case ir::Op::Cast:
            case ir::Op::Br:
            case ir::Op::Ret:
            case ir::Op::SetLine:
              break;
            case ir::Op::CallDirect: {
              size_t callee = static_cast<size_t>(inst.imm.func.index);
              c += callee < n && callee != i && small_leaf_[callee] && inst.imm.i != 1 ? cost[callee] : kMaxCost + 1;
              break;
            }
            case ir::Op::ConstInt:
            case ir::Op::ConstFloat:
            case ir::Op::ConstBool:
            case ir::Op::ConstNone:
            case ir::Op::ConstStr:
            case ir::Op::ConstNull:
              break;
            default:
              ++c;
          }
        }
      if (c <= kMaxCost) {
        cost[i] = c;
        small_leaf_[i] = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
}

// True when the function's CFG has a cycle (a loop, over normal edges)
// among the blocks reachable from its entry.
static bool hasLoop(const ir::Function& f) { return ir::hasCycle(ir::cfgOf(f, false), ir::reachableBlocks(f, false)); }

llvm::Value* FunctionLowering::callRuntime(std::string_view name, std::vector<llvm::Value*> args,
                                           const ir::Inst* inst) {
  if (cold_) name = coldTwin(name);
  llvm::FunctionCallee callee = ml_.runtime(name);
  llvm::FunctionType* fty = callee.getFunctionType();
  TP_CHECK(fty->getNumParams() == args.size(), "runtime function '" + std::string(name) + "' takes " +
                                                   std::to_string(fty->getNumParams()) +
                                                   " arguments, lowering passes " + std::to_string(args.size()));
  for (size_t i = 0; i < args.size(); ++i) {
    llvm::Type* want = fty->getParamType(i);
    llvm::Value*& a = args[i];
    if (a->getType() == want) continue;
    if (a->getType() == ml_.i1_ && want == ml_.i64_)
      a = ml_.boxBool(b_, a);
    else if (a->getType() == ml_.f64_ && want == ml_.i64_)
      a = b_.CreateCall(ml_.runtime("tp_float_box"), {a});
    else if (a->getType()->isIntegerTy() && want->isIntegerTy())
      a = b_.CreateSExtOrTrunc(a, want);
    else if (a->getType()->isIntegerTy() && want->isPointerTy())
      a = b_.CreateIntToPtr(a, want);
    else if (a->getType()->isPointerTy() && want->isIntegerTy())
      a = b_.CreatePtrToInt(a, want);
    else
      TP_FATAL("cannot pass a value to parameter " + std::to_string(i) + " of runtime function " + std::string(name));
  }
  // A runtime entry named *_pending may return with tp_exc_pending set. One
  // that returns a word returns the null word with its exception (a compiled
  // function's generic result or a runtime value, neither ever null
  // otherwise), so the result is tested first where the entry has an inline
  // fast path whose result LLVM can then see is not null (a str item from
  // the table of one-character strs). tp_getitem_pending is the out-of-line
  // slow path itself: testing its result first only adds a block there
  // (fannkuch +2.6 % instructions).
  bool pending = name.ends_with("_pending");
  llvm::Value* r = emitCall(callee, args, ml_.runtimeMayRaise(name), inst, pending,
                            pending && name != "tp_getitem_pending" && fty->getReturnType() == ml_.i64_);
  if (cold_block_)
    if (auto* cb = llvm::dyn_cast<llvm::CallBase>(r)) cb->setIsNoInline();
  if (rt::findRuntimeFn(name)->attrs & TP_ATTR_NORETURN) {
    b_.CreateUnreachable();
    // Anything after a noreturn call in the same IR block is dead; give it a
    // detached block so lowering can continue without touching live code.
    b_.SetInsertPoint(llvm::BasicBlock::Create(ml_.ctx_, "dead", fn_));
  }
  return r;
}

// Int temporaries (decision 0049). A big int made by a typed int op and
// read exactly once, by a typed int op of the same IR block that the slow
// path of intArith/intCompare lowers, is garbage as soon as that consumer
// returns: its one use is the only read of the value (variables are SSA
// values, so a later read, locals(), a block argument or a generator's
// saved value would be another use), the same block runs the producer once
// per run of the consumer (a use in a loop body of a value made before the
// loop is in another block), and no consumer stores or returns an operand
// (every runtime entry below makes a new object or a small int). So the slow
// path frees it at once instead of leaving it to the next collection.
static bool freshIntResult(ir::Op op) {
  switch (op) {
    case ir::Op::IntAdd:
    case ir::Op::IntSub:
    case ir::Op::IntMul:
    case ir::Op::IntFloorDiv:
    case ir::Op::IntMod:
    case ir::Op::IntNeg:
    case ir::Op::IntAnd:
    case ir::Op::IntOr:
    case ir::Op::IntXor:
    case ir::Op::IntLShift:
    case ir::Op::IntRShift:
      return true;
    default:
      return false;
  }
}
// The TP_INT_OP_* code (taipan/int.h, in that header's order) of an int op
// whose slow path can free dead operands (tp_int_arith_release), else -1.
static int releaseArithCode(ir::Op op) {
  static constexpr ir::Op kCodes[] = {ir::Op::IntAdd, ir::Op::IntSub, ir::Op::IntMul, ir::Op::IntFloorDiv,
                                      ir::Op::IntMod, ir::Op::IntNeg, ir::Op::IntAnd, ir::Op::IntOr,
                                      ir::Op::IntXor, ir::Op::IntRShift};
  for (int i = 0; i < static_cast<int>(std::size(kCodes)); ++i)
    if (kCodes[i] == op) return i;
  return -1;
}
static bool releasingConsumer(ir::Op op) {
  switch (op) {
    case ir::Op::IntLt:
    case ir::Op::IntLe:
    case ir::Op::IntGt:
    case ir::Op::IntGe:
    case ir::Op::IntEq:
    case ir::Op::IntNe:
      return true;  // tp_int_cmp_release
    default:
      return releaseArithCode(op) >= 0;
  }
}

void FunctionLowering::findDeadIntTemps(const std::vector<uint32_t>& uses) {
  release_after_.assign(f_.insts.size(), 0);
  if (!ml_.hasRuntime("tp_int_arith_release")) return;
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (!releasingConsumer(inst.op)) continue;
      for (size_t k = 0; k < inst.operands.size() && k < 2; ++k) {
        ir::ValueId v = inst.operands[k];
        const ir::ValueInfo& vi = f_.value(v);
        if (uses[v.index] != 1 || !vi.inst.valid() || !freshIntResult(f_.inst(vi.inst).op)) continue;
        // The producer must be in this block (and so run once per consumer).
        if (instBlock(vi.inst) == instBlock(iid)) release_after_[iid.index] |= uint8_t(1u << k);
      }
    }
}

// A py.next whose item has two uses, an is_null and a py.unpack into two
// without a starred target that comes first in its block (so nothing runs
// between the step and the unpack but the null test) under the same
// exception handler, and whose unpack result is read only by tuple.get:
// the pair is never observed as a tuple, so one tp_next_pair call makes
// neither it nor the unpack (its errors are raised at the same line).
void FunctionLowering::findPairNexts(const std::vector<uint32_t>& uses) {
  pair_item_.assign(f_.values.size(), ir::ValueId{});
  std::vector<uint32_t> reads(f_.values.size(), 0);  // uses by is_null (of items) or tuple.get (of unpacks)
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op == ir::Op::IsNull || inst.op == ir::Op::TupleGet) reads[inst.operands[0].index]++;
    }
  for (const ir::Block& blk : f_.blocks) {
    const ir::Inst* first = nullptr;
    for (ir::InstId iid : blk.insts)
      if (f_.inst(iid).op != ir::Op::SetLine) {
        first = &f_.inst(iid);
        break;
      }
    if (!first || first->op != ir::Op::PyUnpack || first->imm.i != 2 || first->imm.i2 >= 0 || !first->result.valid())
      continue;
    ir::ValueId item = first->operands[0];
    const ir::ValueInfo& vi = f_.value(item);
    if (!vi.inst.valid()) continue;
    const ir::Inst& next = f_.inst(vi.inst);
    if (next.op != ir::Op::PyNext || next.unwind.index != first->unwind.index || uses[item.index] != 2 ||
        reads[item.index] != 1)
      continue;
    ir::ValueId pair = first->result;
    if (uses[pair.index] != reads[pair.index]) continue;
    pair_item_[pair.index] = item;
    pair_slot_[item.index] = nullptr;  // made when the next is lowered
  }
}

llvm::Value* FunctionLowering::isExactInt(llvm::Value* v) {
  llvm::Value* small = b_.CreateICmpNE(b_.CreateAnd(v, 1), llvm::ConstantInt::get(ml_.i64_, 0));
  return trueOr(small, [&]() { return isExactObject(v, "tp_int_type"); }, "int");
}

// True when `cond` holds, else the i1 that `otherwise` computes in a block
// of its own, which only that case runs.
llvm::Value* FunctionLowering::trueOr(llvm::Value* cond, const std::function<llvm::Value*()>& otherwise,
                                      const char* name) {
  llvm::IRBuilder<>& b = b_;
  llvm::BasicBlock* here = b.GetInsertBlock();
  auto* else_bb = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".else", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".join", fn_);
  b.CreateCondBr(cond, join, else_bb);
  b.SetInsertPoint(else_bb);
  llvm::Value* r = otherwise();
  llvm::BasicBlock* else_end = b.GetInsertBlock();
  b.CreateBr(join);
  b.SetInsertPoint(join);
  llvm::PHINode* phi = b.CreatePHI(ml_.i1_, 2);
  phi->addIncoming(b.getTrue(), here);
  phi->addIncoming(r, else_end);
  return phi;
}

// The list access shared by listItem and listItemIs (ListAccess).
FunctionLowering::ListAccess FunctionLowering::listAccess(const ir::Inst& inst, llvm::Value* p, llvm::Value* key) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  // Type-based alias tags: a list's header and its item block are
  // different memory, so a store of an item does not make LLVM reload the
  // size, kind or items pointer (accesses without a tag, the runtime's
  // included, still alias both).
  llvm::MDNode* header_type = aliasType("list header");
  // The header loads of a list that is a list wherever this function runs
  // (listEverywhere) are marked for the loop pass that keeps them in
  // registers across loops (codegen.cpp, ListHeaderReload; it may read the
  // header before a loop): their access type is a child of the header's
  // that names the function. An alias tag is the mark because LLVM keeps it
  // when it merges two loads of one field (it drops metadata it does not
  // know), and a merged load of another function's (an inlined callee's)
  // takes the common parent, which marks nothing.
  if (listEverywhere(inst.operands[0])) header_type = aliasType(kListHeaderMark + fn_->getName().str(), header_type);
  llvm::MDNode* header_tag = aliasTag(header_type);
  llvm::MDNode* item_tag = aliasTag(aliasType("list item"));
  ListAccess acc;
  acc.tagItem = [item_tag](llvm::Instruction* access) {
    access->setMetadata(llvm::LLVMContext::MD_tbaa, item_tag);
    return access;
  };
  acc.header = [&b, i64, p, header_tag](llvm::Type* t, int word) {
    llvm::LoadInst* ld = b.CreateLoad(t, b.CreateConstGEP1_64(i64, p, word));
    ld->setMetadata(llvm::LLVMContext::MD_tbaa, header_tag);
    return ld;
  };
  llvm::Value* size = acc.header(i64, 1);
  llvm::Value* kind = acc.header(i64, 4);
  llvm::Value* i = b.CreateAShr(key, 1);
  // A negative index counts from the end (none when the key is a provably
  // non-negative int: a counted loop's index).
  if (!nonNegative(inst.operands[1]))
    i = b.CreateSelect(b.CreateICmpSLT(i, llvm::ConstantInt::get(i64, 0)), b.CreateAdd(i, size), i);
  acc.small = b.CreateICmpNE(b.CreateAnd(key, 1), llvm::ConstantInt::get(i64, 0));
  acc.size = size;
  acc.kind = kind;
  acc.i = i;
  return acc;
}

// list.getitem and list.setitem of an exact list. TpList (list.h): header,
// size, capacity, items, kind. Only the key is tested: a small int in range.
// Then the storage kind: OBJECT (0) items are words; BOOL items are bytes,
// loaded as the True/False singletons; FLOAT items are doubles, boxed when
// read as a word. A store into BOOL or FLOAT storage writes the byte or the
// double when the value is a bool or an exact float other than a NaN;
// anything else takes the slow path (tp_setitem), which materializes the
// list. No path but the slow
// one calls anything. A read that fo.from alone uses (fo_item_) and a store
// of a boxed float (float_store_) first try a FLOAT list directly: the read
// gives the double without a box, the store writes it without one.
void FunctionLowering::listItem(const ir::Inst& inst) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  llvm::Value* list = val(inst.operands[0]);
  llvm::Value* key = val(inst.operands[1]);
  bool get = inst.op == ir::Op::ListGetItem;
  bool fo_read = get && fo_item_[inst.result.index];
  bool float_store = !get && float_store_[inst.operands[2].index];
  // The unboxed float of a deferred box (float_store) and its box, made on
  // the paths that need the word.
  llvm::Value* unboxed = float_store ? val(f_.inst(f_.value(inst.operands[2]).inst).operands[0]) : nullptr;
  auto boxed_value = [&]() -> llvm::Value* {
    if (!float_store) return val(inst.operands[2]);
    if (unboxed->getType() == ml_.fo_) return ml_.boxFloatObj(b, unboxed);
    return b.CreateCall(ml_.runtime("tp_float_box"), {unboxed});
  };
  llvm::Type* i8 = llvm::Type::getInt8Ty(ml_.ctx_);
  llvm::MDBuilder md(ml_.ctx_);
  std::string name = get ? "list.get" : "list.set";
  auto block = [&](const char* suffix) { return llvm::BasicBlock::Create(ml_.ctx_, name + suffix, fn_); };

  llvm::Value* p = b.CreateIntToPtr(list, ml_.ptr_);
  ListAccess acc = listAccess(inst, p, key);
  llvm::Value* size = acc.size;
  llvm::Value* kind = acc.kind;
  llvm::Value* i = acc.i;
  llvm::Value* small = acc.small;
  auto header = acc.header;
  auto item = acc.tagItem;
  auto items_of = [&]() { return header(ml_.ptr_, 3); };

  // The fused float forms: `(i | (kind ^ FLOAT)) < size` is the whole test
  // of a FLOAT list (the kind word is FLOAT or has a bit FLOAT lacks).
  llvm::BasicBlock* fused_join = nullptr;
  llvm::Value* fused_double = nullptr;  // the floatobj of the double read
  llvm::BasicBlock* fused_end = nullptr;
  if (fo_read || float_store) {
    auto* doubles_bb = block(".doubles");
    auto* words_bb = block(".words");
    fused_join = block(".fused");
    llvm::Value* in_float =
        b.CreateAnd(b.CreateICmpEQ(kind, llvm::ConstantInt::get(i64, kListFloatKind)), b.CreateICmpULT(i, size));
    llvm::Value* cond = b.CreateAnd(small, in_float);
    if (float_store) {
      // A float, never a NaN (list.h).
      llvm::Value* d = unboxed;
      if (unboxed->getType() == ml_.fo_) {
        cond = b.CreateAnd(cond, b.CreateICmpEQ(b.CreateExtractValue(unboxed, 0), llvm::ConstantInt::get(i64, 0)));
        d = b.CreateExtractValue(unboxed, 1);
      }
      cond = b.CreateAnd(cond, b.CreateFCmpORD(d, d));
    }
    b.CreateCondBr(cond, doubles_bb, words_bb, md.createBranchWeights(1, 1));
    b.SetInsertPoint(doubles_bb);
    llvm::Value* slot = b.CreateInBoundsGEP(ml_.f64_, items_of(), i);
    if (fo_read) {
      // Loaded as an i64 and bitcast (one movsd all the same): a double load
      // here and the float object's double load on the word path would be
      // sunk by SimplifyCFG into one load of a phi of addresses, two jumps
      // longer on this path.
      fused_double =
          ml_.makeFo(b, llvm::ConstantInt::get(i64, 0), b.CreateBitCast(item(b.CreateLoad(i64, slot)), ml_.f64_));
    } else {
      llvm::Value* d = unboxed->getType() == ml_.fo_ ? b.CreateExtractValue(unboxed, 1) : unboxed;
      item(b.CreateStore(d, slot));
    }
    fused_end = b.GetInsertBlock();
    b.CreateBr(fused_join);
    b.SetInsertPoint(words_bb);
  }

  llvm::Value* value = get ? nullptr : boxed_value();
  // A bool stored (a boxed bool value) tests BOOL storage first: flag
  // arrays are the lists that hold bools, and a FLOAT list cannot take one.
  // A read of a speculated bool item (imm.text "bool", irgen/spec.cpp) also
  // tests BOOL storage first, the test its list.item_is made.
  bool bool_first = get && inst.imm.text == "bool";
  if (!get) {
    const ir::ValueInfo& vi = f_.value(inst.operands[2]);
    bool_first = vi.inst.valid() && f_.inst(vi.inst).op == ir::Op::Box &&
                 ml_.m_.types[f_.value(f_.inst(vi.inst).operands[0]).type].kind == ir::TypeKind::Bool;
  }
  llvm::BasicBlock* obj_bb = block(".obj");
  llvm::BasicBlock* bool_bb = block(".bool");
  // A read of a FLOAT list boxes the double; a store into one takes the
  // slow path unless fused (float_store), which keeps the code that stays
  // in the loop small.
  llvm::BasicBlock* float_bb = get ? block(".float") : nullptr;
  llvm::BasicBlock* slow_bb = block(".slow");
  llvm::BasicBlock* join_bb = block(".join");

  // The kind word is 0 (OBJECT) or has the top bit set (BOOL, FLOAT), so
  // `(i | kind) < size` (unsigned) is the whole test of the common case: a
  // small-int key in range of an OBJECT list; `(i | (kind ^ BOOL)) < size`
  // is the same test of a BOOL list.
  auto in_range = [&](llvm::Value* ored) { return b.CreateAnd(small, b.CreateICmpULT(ored, size)); };
  if (bool_first) {
    llvm::BasicBlock* other_bb = block(".other");
    b.CreateCondBr(in_range(b.CreateOr(i, b.CreateXor(kind, llvm::ConstantInt::get(i64, kListBoolKind)))), bool_bb,
                   other_bb, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(other_bb);
    b.CreateCondBr(in_range(b.CreateOr(i, kind)), obj_bb, slow_bb, md.createBranchWeights(1000, 1));
  } else {
    llvm::BasicBlock* other_bb = block(".other");
    llvm::BasicBlock* compact_bb = block(".compact");
    llvm::Value* ored = b.CreateOr(i, kind);
    b.CreateCondBr(in_range(ored), obj_bb, other_bb, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(other_bb);
    b.CreateCondBr(b.CreateAnd(small, b.CreateICmpULT(i, size)), compact_bb, slow_bb, md.createBranchWeights(1, 1));
    b.SetInsertPoint(compact_bb);
    // BOOL and FLOAT differ in bit 62, which `i | kind` keeps (0 <= i <
    // size < 2**62 here), so the kind itself is dead after the first test
    // and needs no register of its own on the OBJECT path. An empty asm
    // hides `i | kind` from InstCombine, which would otherwise test the
    // kind again wherever it knows the index's high bits. (An equality
    // test of the kind would also let GVN put the constant in for it on
    // the BOOL side, and the phi of kinds at the join would hide that the
    // kind never changed.)
    auto* opaque =
        b.CreateCall(llvm::InlineAsm::get(llvm::FunctionType::get(i64, {i64}, false), "", "=r,0", false), {ored});
    opaque->setDoesNotAccessMemory();
    opaque->setDoesNotThrow();
    llvm::Value* float_bit = b.CreateAnd(opaque, llvm::ConstantInt::get(i64, kListFloatKind ^ kListBoolKind));
    b.CreateCondBr(b.CreateICmpEQ(float_bit, llvm::ConstantInt::get(i64, 0)), bool_bb, get ? float_bb : slow_bb);
  }

  b.SetInsertPoint(obj_bb);
  llvm::Value* slot = b.CreateInBoundsGEP(i64, items_of(), i);
  llvm::Value* word = get ? item(b.CreateLoad(i64, slot)) : nullptr;
  if (!get) item(b.CreateStore(value, slot));
  b.CreateBr(join_bb);

  b.SetInsertPoint(bool_bb);
  llvm::Value* byte_slot = b.CreateInBoundsGEP(i8, items_of(), i);
  llvm::Value* bool_word = nullptr;
  llvm::BasicBlock* bool_end = bool_bb;
  if (get) {
    bool_word = b.CreateSelect(b.CreateICmpNE(item(b.CreateLoad(i8, byte_slot)), llvm::ConstantInt::get(i8, 0)),
                               ml_.trueObj(), ml_.falseObj());
    b.CreateBr(join_bb);
  } else {
    llvm::Value* is_true = b.CreateICmpEQ(value, ml_.trueObj());
    llvm::Value* is_bool = b.CreateOr(is_true, b.CreateICmpEQ(value, ml_.falseObj()));
    bool_end = block(".byte");
    b.CreateCondBr(is_bool, bool_end, slow_bb, md.createBranchWeights(1000, 1));
    b.SetInsertPoint(bool_end);
    item(b.CreateStore(b.CreateZExt(is_true, i8), byte_slot));
    b.CreateBr(join_bb);
  }

  llvm::Value* float_word = nullptr;
  llvm::BasicBlock* float_end = float_bb;
  if (get) {
    // The box is a call the optimizer sees as an allocation: it touches no
    // memory the function can see (an out-of-line tp_float_box only pops
    // the runtime's free list or allocates), so the list's fields loaded
    // around it stay loop-invariant. Inlined, its free-list stores would
    // look like stores to anything.
    b.SetInsertPoint(float_bb);
    llvm::Value* d = item(b.CreateLoad(ml_.f64_, b.CreateInBoundsGEP(ml_.f64_, items_of(), i)));
    auto* box = b.CreateCall(ml_.runtime("tp_float_box"), {d});
    box->addFnAttr(llvm::Attribute::NoInline);
    box->addFnAttr(llvm::Attribute::NoUnwind);
    box->addFnAttr(llvm::Attribute::WillReturn);
    box->setMemoryEffects(llvm::MemoryEffects::inaccessibleMemOnly());
    float_word = box;
    float_end = b.GetInsertBlock();
    b.CreateBr(join_bb);
  }

  // An item read with an exact int key that is not a small int in range is
  // an IndexError (out of range, or too big for an index): the slow path
  // never comes back, so nothing it might change is reloaded after the
  // join. Any other key (a bool, an object with __index__, a slice) may
  // return.
  bool raises = get && ir::isExactInt(ml_.m_, f_, inst.operands[1]);
  b.SetInsertPoint(slow_bb);
  llvm::Value* slow = nullptr;
  if (get)
    slow = callRuntime("tp_getitem_pending", {list, key}, &inst);
  else
    callRuntime("tp_setitem", {list, key, value}, &inst);
  llvm::BasicBlock* slow_end = b.GetInsertBlock();
  if (raises)
    b.CreateUnreachable();
  else
    b.CreateBr(join_bb);

  b.SetInsertPoint(join_bb);
  llvm::Value* result = nullptr;
  if (get) {
    llvm::PHINode* phi = b.CreatePHI(i64, 4);
    phi->addIncoming(word, obj_bb);
    phi->addIncoming(bool_word, bool_end);
    phi->addIncoming(float_word, float_end);
    if (!raises) phi->addIncoming(slow, slow_end);
    result = phi;
  }
  if (fused_join) {
    if (fo_read) result = foFrom(result);
    llvm::BasicBlock* words_end = b.GetInsertBlock();
    b.CreateBr(fused_join);
    b.SetInsertPoint(fused_join);
    if (fo_read) {
      llvm::PHINode* phi = b.CreatePHI(ml_.fo_, 2);
      phi->addIncoming(fused_double, fused_end);
      phi->addIncoming(result, words_end);
      fused_fo_[inst.result.index] = phi;
      return;
    }
  }
  if (get) setResult(inst, result);
}

// list.item_is: the key a small int in range and the item of the type
// imm.text. Items of OBJECT storage are words tested as type.is tests them;
// a BOOL list's items are bools. The list.getitem that reads the item next
// loads the same header words and tests the same range, so LLVM folds its
// other paths away.
void FunctionLowering::listItemIs(const ir::Inst& inst) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  const std::string& what = inst.imm.text;
  TP_CHECK(what == "int" || what == "bool" || what == "str", "list.item_is: unknown type '" + what + "'");
  llvm::Value* key = val(inst.operands[1]);
  llvm::Value* p = b.CreateIntToPtr(val(inst.operands[0]), ml_.ptr_);
  // The same header loads, tags and index as listItem's.
  ListAccess acc = listAccess(inst, p, key);
  llvm::Value* size = acc.size;
  llvm::Value* kind = acc.kind;
  llvm::Value* i = acc.i;
  llvm::Value* small = acc.small;
  auto header = acc.header;
  auto item = [&](llvm::Value* items) { return acc.tagItem(b.CreateLoad(i64, b.CreateInBoundsGEP(i64, items, i))); };
  // OBJECT storage (kind 0) and in range: `(i | kind) < size`, as listItem.
  llvm::Value* in_obj = b.CreateAnd(small, b.CreateICmpULT(b.CreateOr(i, kind), size));
  auto* word_bb = llvm::BasicBlock::Create(ml_.ctx_, "item_is.word", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "item_is.join", fn_);
  // A BOOL list in range: a bool whatever the byte.
  llvm::BasicBlock* bool_from = nullptr;
  if (what == "bool") {
    auto* other_bb = llvm::BasicBlock::Create(ml_.ctx_, "item_is.other", fn_);
    llvm::Value* in_bool = b.CreateAnd(
        small, b.CreateICmpULT(b.CreateOr(i, b.CreateXor(kind, llvm::ConstantInt::get(i64, kListBoolKind))), size));
    bool_from = b.GetInsertBlock();
    b.CreateCondBr(in_bool, join, other_bb);
    b.SetInsertPoint(other_bb);
  }
  llvm::BasicBlock* obj_test = b.GetInsertBlock();
  b.CreateCondBr(in_obj, word_bb, join);
  b.SetInsertPoint(word_bb);
  llvm::Value* w = item(header(ml_.ptr_, 3));
  llvm::Value* ok = what == "int"   ? isExactInt(w)
                    : what == "str" ? isExactObject(w, "tp_str_type")
                                    : b.CreateOr(b.CreateICmpEQ(w, ml_.trueObj()), b.CreateICmpEQ(w, ml_.falseObj()));
  llvm::BasicBlock* word_end = b.GetInsertBlock();
  b.CreateBr(join);
  b.SetInsertPoint(join);
  llvm::PHINode* phi = b.CreatePHI(ml_.i1_, 3);
  if (bool_from) phi->addIncoming(b.getTrue(), bool_from);
  phi->addIncoming(b.getFalse(), obj_test);
  phi->addIncoming(ok, word_end);
  setResult(inst, phi);
}

// fo_item_ and float_store_ (the member comment): a list.getitem read only
// by fo.from, and a box of a float or floatobj stored by a list.setitem of
// the same block and used nowhere else.
void FunctionLowering::findFloatItems(const std::vector<uint32_t>& uses) {
  fo_item_.assign(f_.values.size(), 0);
  float_store_.assign(f_.values.size(), 0);
  std::unordered_set<int32_t> boxes_here;  // the block's boxes so far
  for (const ir::Block& blk : f_.blocks) {
    boxes_here.clear();
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op == ir::Op::Box) {
        boxes_here.insert(iid.index);
      } else if (inst.op == ir::Op::FoFrom) {
        ir::ValueId v = inst.operands[0];
        const ir::ValueInfo& vi = f_.value(v);
        if (uses[v.index] == 1 && vi.inst.valid() && f_.inst(vi.inst).op == ir::Op::ListGetItem) fo_item_[v.index] = 1;
      } else if (inst.op == ir::Op::PyCall && inst.operands.size() == 2 && inst.imm.text.empty()) {
        // int(x) of a float: the box is only the argument (tp_call_int_f).
        ir::ValueId v = inst.operands[1];
        const ir::ValueInfo& vi = f_.value(v);
        const std::string* name = ir::builtinLoadName(f_, inst.operands[0]);
        if (!name || *name != "int" || uses[v.index] != 1 || !vi.inst.valid() || !boxes_here.count(vi.inst.index))
          continue;
        if (ml_.m_.types[f_.value(f_.inst(vi.inst).operands[0]).type].kind == ir::TypeKind::Float)
          float_store_[v.index] = 1;
      } else if (inst.op == ir::Op::ListSetItem) {
        ir::ValueId v = inst.operands[2];
        const ir::ValueInfo& vi = f_.value(v);
        if (uses[v.index] != 1 || !vi.inst.valid() || !boxes_here.count(vi.inst.index)) continue;
        ir::TypeKind k = ml_.m_.types[f_.value(f_.inst(vi.inst).operands[0]).type].kind;
        if (k == ir::TypeKind::Float || k == ir::TypeKind::FloatObj) float_store_[v.index] = 1;
      }
    }
  }
}

// A py.iter whose result only py.next instructions read (a for loop's
// hidden iterator) in a function that is not a generator: when the iterable
// is an exact list, tuple or dict, its iterator lives in a stack slot of the
// frame instead of the heap (stackIter, decision 0062). Nothing else can see
// it: no variable, block argument or call holds it, and a generator's
// locals would outlive the frame. Each run of the py.iter makes a new iterator in the same slot,
// which is safe because SSA uses of the value read the latest run.
void FunctionLowering::findStackIters(const std::vector<uint32_t>& uses) {
  stack_iter_.assign(f_.values.size(), 0);
  if (f_.is_generator) return;
  std::vector<uint32_t> next_reads(f_.values.size(), 0);
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op == ir::Op::PyNext) next_reads[inst.operands[0].index]++;
    }
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op != ir::Op::PyIter || !inst.result.valid()) continue;
      uint32_t n = uses[inst.result.index];
      if (n > 0 && n == next_reads[inst.result.index]) stack_iter_[inst.result.index] = 1;
    }
}

// The iterator of a for loop over an exact list, tuple or dict (its keys)
// in a stack slot of the frame (findStackIters): the TpSeqIter words type,
// seq, index, aux (a dict's size when the loop starts, for the "changed
// size during iteration" test), aux2. The collector scans the stack, so the
// container stays reachable through the slot. Anything else gets its
// iterator from tp_iter.
llvm::Value* FunctionLowering::stackIter(llvm::Value* v, const ir::Inst& inst) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  auto c64 = [&](uint64_t x) { return llvm::ConstantInt::get(i64, x); };
  llvm::IRBuilder<> eb(alloca_block_, alloca_block_->begin());
  llvm::AllocaInst* slot = eb.CreateAlloca(llvm::ArrayType::get(i64, 5));
  slot->setAlignment(llvm::Align(16));
  auto* load_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.type", fn_);
  auto* list_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.seq", fn_);
  auto* dict_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.dict", fn_);
  auto* fill_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.frame", fn_);
  auto* slow_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.slow", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "iter.join", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  llvm::Value* is_ptr = b.CreateAnd(b.CreateICmpEQ(b.CreateAnd(v, 7), c64(0)), b.CreateICmpNE(v, c64(0)));
  b.CreateCondBr(is_ptr, load_bb, slow_bb, md.createBranchWeights(1000, 1));
  b.SetInsertPoint(load_bb);
  llvm::Value* type = b.CreateLoad(i64, b.CreateIntToPtr(v, ml_.ptr_));
  llvm::Value* is_list = b.CreateICmpEQ(type, ml_.runtimeObject("tp_list_type"));
  llvm::Value* is_tuple = b.CreateICmpEQ(type, ml_.runtimeObject("tp_tuple_type"));
  auto* not_list_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.notlist", fn_);
  b.CreateCondBr(is_list, list_bb, not_list_bb, md.createBranchWeights(1000, 1));
  b.SetInsertPoint(not_list_bb);
  auto* not_tuple_bb = llvm::BasicBlock::Create(ml_.ctx_, "iter.nottuple", fn_);
  b.CreateCondBr(is_tuple, list_bb, not_tuple_bb);
  b.SetInsertPoint(not_tuple_bb);
  b.CreateCondBr(b.CreateICmpEQ(type, ml_.runtimeObject("tp_dict_type")), dict_bb, slow_bb);
  // list or tuple: the iterator type follows the container's
  b.SetInsertPoint(list_bb);
  llvm::Value* seq_type =
      b.CreateSelect(is_list, ml_.runtimeObject("tp_list_iter_type"), ml_.runtimeObject("tp_tuple_iter_type"));
  b.CreateBr(fill_bb);
  b.SetInsertPoint(dict_bb);
  llvm::Value* used = b.CreateLoad(i64, b.CreateIntToPtr(b.CreateAdd(v, c64(8)), ml_.ptr_));
  b.CreateBr(fill_bb);
  b.SetInsertPoint(fill_bb);
  llvm::PHINode* it_type = b.CreatePHI(i64, 2);
  it_type->addIncoming(seq_type, list_bb);
  it_type->addIncoming(ml_.runtimeObject("tp_dict_keyiter_type"), dict_bb);
  llvm::PHINode* aux = b.CreatePHI(i64, 2);
  aux->addIncoming(c64(0), list_bb);
  aux->addIncoming(used, dict_bb);
  llvm::Value* words[5] = {it_type, v, c64(0), aux, c64(0)};
  for (unsigned k = 0; k < 5; ++k)
    b.CreateStore(words[k], b.CreateConstInBoundsGEP2_32(slot->getAllocatedType(), slot, 0, k));
  llvm::Value* fast = b.CreatePtrToInt(slot, i64);
  b.CreateBr(join);
  b.SetInsertPoint(slow_bb);
  llvm::Value* slow = callRuntime("tp_iter", {v}, &inst);
  llvm::BasicBlock* slow_end = b.GetInsertBlock();
  b.CreateBr(join);
  b.SetInsertPoint(join);
  llvm::PHINode* phi = b.CreatePHI(i64, 2);
  phi->addIncoming(fast, fill_bb);
  phi->addIncoming(slow, slow_end);
  // Whether the slot holds a list iterator: each py.next of the loop then
  // tests this loop-invariant flag instead of the iterator's type.
  llvm::PHINode* list_slot = b.CreatePHI(ml_.i1_, 2);
  list_slot->addIncoming(is_list, fill_bb);
  list_slot->addIncoming(llvm::ConstantInt::getFalse(ml_.ctx_), slow_end);
  stack_list_[inst.result.index] = list_slot;
  return phi;
}

void FunctionLowering::findMethodSites() {
  std::vector<uint32_t> uses(f_.values.size(), 0);
  std::vector<uint8_t> guards(f_.values.size(), 0);
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op == ir::Op::MethodIs) {  // a guard reads the method word, it does not consume it
        uint8_t& g = guards[inst.operands[0].index];
        if (g < 255) g++;
        continue;
      }
      for (ir::ValueId v : inst.operands) uses[v.index]++;
      for (const ir::Successor& s : inst.succs)
        for (ir::ValueId v : s.args) uses[v.index]++;
    }
  findDeadIntTemps(uses);
  findPairNexts(uses);
  findStackIters(uses);
  findFloatItems(uses);
  method_site_.assign(f_.values.size(), 0);
  poly_site_.assign(f_.values.size(), 0);
  fused_super_.assign(f_.values.size(), 0);
  exact_site_.assign(f_.values.size(), kNoExactSite);
  for (const ir::Block& blk : f_.blocks)
    for (ir::InstId iid : blk.insts) {
      const ir::Inst& inst = f_.inst(iid);
      if (inst.op != ir::Op::PyCall || inst.operands.empty()) continue;
      ir::ValueId callee = inst.operands[0];
      const ir::ValueInfo& vi = f_.value(callee);
      if (!vi.inst.valid() || uses[callee.index] != 1) continue;
      const ir::Inst& getattr = f_.inst(vi.inst);
      if (getattr.op != ir::Op::PyGetAttr) continue;
      method_site_[callee.index] = 1;
      poly_site_[callee.index] = guards[callee.index] >= 3;
      if (inst.imm.text.empty()) {  // positional arguments only
        size_t nargs = inst.operands.size() - 1;
        if (getattr.imm.text == "get" && (nargs == 1 || nargs == 2))
          exact_site_[callee.index] = kDictGet;
        else if (ml_.hasRuntime("tp_str_m_" + getattr.imm.text))
          exact_site_[callee.index] = kStrDirect;
      }
      // super().name(...) on one line: super(__class__, self) as irgen makes it.
      ir::ValueId obj = getattr.operands[0];
      const ir::ValueInfo& oi = f_.value(obj);
      if (!oi.inst.valid() || uses[obj.index] != 1) continue;
      const ir::Inst& sup = f_.inst(oi.inst);
      if (sup.op != ir::Op::PyCall || !sup.imm.text.empty() || sup.operands.size() != 3 || sup.line != inst.line ||
          getattr.line != inst.line)
        continue;
      const std::string* callee_name = ir::builtinLoadName(f_, sup.operands[0]);
      if (callee_name && *callee_name == "super") {
        fused_super_[obj.index] = 1;
        exact_site_[callee.index] = kNoExactSite;
      }
    }
  findDictIncrs(uses);
}

ir::ValueId FunctionLowering::throughCasts(ir::ValueId v) const {
  for (;;) {
    ir::InstId d = f_.value(v).inst;
    if (!d.valid() || f_.inst(d).op != ir::Op::Cast) return v;
    v = f_.inst(d).operands[0];
  }
}

void FunctionLowering::findDictIncrs(const std::vector<uint32_t>& uses) {
  dict_incrs_.clear();
  auto between = [](const ir::Inst& i) {  // what may stand inside a run: no effects, no exceptions
    switch (i.op) {
      case ir::Op::ConstInt:
      case ir::Op::ConstBool:
      case ir::Op::ConstNone:
      case ir::Op::ConstStr:
      case ir::Op::Cast:
        return true;
      default:
        return false;
    }
  };
  for (const ir::Block& blk : f_.blocks) {
    const std::vector<ir::InstId>& insts = blk.insts;
    for (size_t r = 0; r < insts.size(); ++r) {
      const ir::Inst& read = f_.inst(insts[r]);
      DictIncr site{};
      if (read.op == ir::Op::PyCall && read.operands.size() == 3 && read.imm.text.empty() &&
          method_site_[read.operands[0].index] && exact_site_[read.operands[0].index] == kDictGet) {
        site.dict = f_.inst(f_.value(read.operands[0]).inst).operands[0];
        site.key = read.operands[1];
        site.dflt = read.operands[2];
      } else if (read.op == ir::Op::PyGetItem) {
        site.dict = read.operands[0];
        site.key = read.operands[1];
      } else {
        continue;
      }
      if (!read.result.valid() || uses[read.result.index] != 1) continue;
      // The add of the read value and a small int constant, then the store.
      size_t a = r + 1;
      while (a < insts.size() && between(f_.inst(insts[a]))) ++a;
      if (a >= insts.size()) continue;
      const ir::Inst& add = f_.inst(insts[a]);
      if (add.op != ir::Op::PyBinOp || add.imm.i != static_cast<int64_t>(ir::BinOpKind::Add) ||
          uses[add.result.index] != 1)
        continue;
      ir::ValueId other;
      if (add.operands[0] == read.result)
        other = add.operands[1];
      else if (add.operands[1] == read.result)
        other = add.operands[0];
      else
        continue;
      const ir::Inst* c = defThroughCasts(other);
      if (c && c->op == ir::Op::ConstInt) {
        if (!parseSmallInt(c->imm.text, site.delta)) continue;
      } else {
        site.delta_value = throughCasts(other);  // checked below: defined before the run
      }
      size_t w = a + 1;
      while (w < insts.size() && between(f_.inst(insts[w]))) ++w;
      if (w >= insts.size()) continue;
      const ir::Inst& store = f_.inst(insts[w]);
      if (store.op != ir::Op::PySetItem || store.operands[2] != add.result ||
          throughCasts(store.operands[0]) != throughCasts(site.dict) ||
          throughCasts(store.operands[1]) != throughCasts(site.key))
        continue;
      // Every value the run defines is used inside it only: the fast path
      // skips the run, so nothing after it may read them.
      std::unordered_map<int32_t, uint32_t> inside;
      for (size_t i = r; i <= w; ++i) {
        const ir::Inst& in = f_.inst(insts[i]);
        for (ir::ValueId v : in.operands) inside[v.index]++;
      }
      bool local = true;
      for (size_t i = r; i <= w && local; ++i) {
        ir::ValueId v = f_.inst(insts[i]).result;
        if (v.valid() && uses[v.index] != inside[v.index]) local = false;
        if (v.valid() && site.delta_value.valid() && v == site.delta_value) local = false;
      }
      if (!local) continue;
      site.end = insts[w].index;
      dict_incrs_.emplace(insts[r].index, site);
      r = w;
    }
  }
}

void FunctionLowering::beginDictIncr(const DictIncr& site) {
  llvm::Type* i64 = ml_.i64_;
  llvm::Value* d = val(site.dict);
  llvm::Value* k = val(site.key);
  llvm::Value* dflt = site.dflt.valid() ? val(site.dflt) : llvm::ConstantInt::get(i64, 0);
  llvm::Value* delta = site.delta_value.valid()
                           ? val(site.delta_value)
                           : llvm::ConstantInt::get(i64, (static_cast<uint64_t>(site.delta) << 1) | 1);
  if (d->getType() != i64 || k->getType() != i64 || dflt->getType() != i64 || delta->getType() != i64)
    return;  // not all words: as written
  llvm::Value* done = b_.CreateCall(ml_.runtime("tp_dict_incr"), {d, k, dflt, delta});
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "incr.slow", fn_);
  incr_join_ = llvm::BasicBlock::Create(ml_.ctx_, "incr.done", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(done, incr_join_, slow, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(slow);
  incr_end_ = site.end;
  incr_slot_words_ = slot_words_;
}

void FunctionLowering::endDictIncr() {
  b_.CreateBr(incr_join_);
  b_.SetInsertPoint(incr_join_);
  incr_join_ = nullptr;
  // Slot words the slow path computed do not dominate the join.
  slot_words_ = incr_slot_words_;
}

llvm::Value* FunctionLowering::arrayOf(llvm::ArrayRef<llvm::Value*> items) {
  if (items.empty()) return llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ml_.ptr_));
  llvm::IRBuilder<> eb(alloca_block_, alloca_block_->begin());
  auto* arr_ty = llvm::ArrayType::get(ml_.i64_, items.size());
  auto* arr = eb.CreateAlloca(arr_ty);
  // In a function with a loop, the array starts cleared: a path that never
  // fills it (a fast path beside the generic call) must not leave an older
  // frame's words there for the collector's conservative scan of the stack,
  // which would keep dead objects alive while the loop runs (decision 0055:
  // wordfreq's `out` list, 28 MB, through count_words' whole loop).
  if (zero_arrays_) eb.CreateStore(llvm::ConstantAggregateZero::get(arr_ty), arr);
  for (size_t i = 0; i < items.size(); ++i) {
    llvm::Value* v = items[i];
    if (v->getType() == ml_.i1_) v = ml_.boxBool(b_, v);
    if (v->getType() == ml_.f64_) v = b_.CreateCall(ml_.runtime("tp_float_box"), {v});
    b_.CreateStore(v, b_.CreateConstGEP1_64(ml_.i64_, arr, i));
  }
  return arr;
}

llvm::Value* FunctionLowering::bothSmall(llvm::Value* a, llvm::Value* b) {
  return b_.CreateICmpNE(b_.CreateAnd(b_.CreateAnd(a, b), 1), llvm::ConstantInt::get(ml_.i64_, 0));
}

// A tagged word of an int in [0, 2**kIndexBits) (int.is_index).
llvm::Value* FunctionLowering::isIndexWord(llvm::Value* t) {
  return b_.CreateICmpEQ(b_.CreateAnd(t, llvm::ConstantInt::get(ml_.i64_, kIndexWordMask)),
                         llvm::ConstantInt::get(ml_.i64_, 1));
}

// The same fact as two promises to LLVM: an unsigned bound, which its range
// analysis (LazyValueInfo, the pass that drops overflow checks) reads
// however deep the arithmetic on the word goes, and the tag bit. A single
// masked compare is rewritten by InstCombine once it knows the word's sign
// bit (a loop counter's), and the rewritten mask no longer gives a range.
void FunctionLowering::assumeIndexWord(llvm::Value* t) {
  b_.CreateAssumption(b_.CreateICmpULT(t, llvm::ConstantInt::get(ml_.i64_, uint64_t{1} << (ir::kIndexBits + 1))));
  b_.CreateAssumption(b_.CreateICmpNE(b_.CreateAnd(t, 1), llvm::ConstantInt::get(ml_.i64_, 0)));
}

// Tagged small ints are 2x+1. Every typed int op has an inline fast path for
// small operands and calls the runtime (which makes big ints, or raises) for
// anything else. add: a + (b - 1); sub: (a - b) | 1; mul: (a - 1) * (b >> 1) | 1;
// neg: (0 - (a - 1)) | 1, each with the overflow intrinsic; and/or: a & b,
// a | b; xor: (a ^ b) | 1; rshift: ((a >> 1) >> min(k, 63)) tagged, for k >= 0;
// floordiv/mod: on the untagged values with Python's floor rounding, for a
// nonzero divisor (the only overflow, -2**62 // -1, is caught by retagging).
llvm::Value* FunctionLowering::intArith(const ir::Inst& inst) {
  llvm::Value* a = val(inst.operands[0]);
  bool unary = inst.op == ir::Op::IntNeg;
  llvm::Value* bv = unary ? nullptr : val(inst.operands[1]);
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  auto one = llvm::ConstantInt::get(ml_.i64_, 1);
  llvm::Value* small = unary ? b_.CreateICmpNE(b_.CreateAnd(a, 1), zero) : bothSmall(a, bv);
  if (inst.op == ir::Op::IntFloorDiv || inst.op == ir::Op::IntMod)
    small = b_.CreateAnd(small, b_.CreateICmpNE(bv, one));  // divisor 0 raises in the runtime
  if (inst.op == ir::Op::IntRShift)
    small = b_.CreateAnd(small, b_.CreateICmpSGE(bv, zero));  // negative counts raise in the runtime
  auto* fast = llvm::BasicBlock::Create(ml_.ctx_, "int.fast", fn_);
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "int.slow", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "int.join", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(small, fast, slow, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(fast);
  llvm::Value* r = nullptr;
  llvm::Value* overflow = nullptr;
  auto withOverflow = [&](llvm::Intrinsic::ID iid, llvm::Value* x, llvm::Value* y) {
    llvm::Value* pair = b_.CreateBinaryIntrinsic(iid, x, y);
    overflow = b_.CreateExtractValue(pair, 1);
    return b_.CreateExtractValue(pair, 0);
  };
  // Tags an untagged value that may lie outside the small range.
  auto retag = [&](llvm::Value* x) {
    llvm::Value* twice = withOverflow(llvm::Intrinsic::sadd_with_overflow, x, x);
    return b_.CreateOr(twice, one);
  };
  switch (inst.op) {
    case ir::Op::IntAdd:
      r = withOverflow(llvm::Intrinsic::sadd_with_overflow, a, b_.CreateSub(bv, one));
      break;
    case ir::Op::IntSub:
      r = b_.CreateOr(withOverflow(llvm::Intrinsic::ssub_with_overflow, a, bv), one);
      break;
    case ir::Op::IntMul:
      r = b_.CreateOr(withOverflow(llvm::Intrinsic::smul_with_overflow, b_.CreateSub(a, one), b_.CreateAShr(bv, 1)),
                      one);
      break;
    case ir::Op::IntNeg:
      r = b_.CreateOr(withOverflow(llvm::Intrinsic::ssub_with_overflow, zero, b_.CreateSub(a, one)), one);
      break;
    case ir::Op::IntAnd:
      r = b_.CreateAnd(a, bv);
      break;
    case ir::Op::IntOr:
      r = b_.CreateOr(a, bv);
      break;
    case ir::Op::IntXor:
      r = b_.CreateOr(b_.CreateXor(a, bv), one);
      break;
    case ir::Op::IntRShift: {
      llvm::Value* k = b_.CreateAShr(bv, 1);
      llvm::Value* capped = b_.CreateSelect(b_.CreateICmpSGT(k, llvm::ConstantInt::get(ml_.i64_, 63)),
                                            llvm::ConstantInt::get(ml_.i64_, 63), k);
      r = b_.CreateOr(b_.CreateShl(b_.CreateAShr(b_.CreateAShr(a, 1), capped), 1), one);
      break;
    }
    case ir::Op::IntFloorDiv:
    case ir::Op::IntMod: {
      llvm::Value* x = b_.CreateAShr(a, 1);
      llvm::Value* y = b_.CreateAShr(bv, 1);
      llvm::Value* rem = b_.CreateSRem(x, y);
      // The remainder has the divisor's sign in Python: adjust when the
      // remainder is nonzero and the signs differ.
      llvm::Value* adjust = b_.CreateAnd(b_.CreateICmpNE(rem, zero), b_.CreateICmpSLT(b_.CreateXor(rem, y), zero));
      if (inst.op == ir::Op::IntMod) {
        r = b_.CreateOr(b_.CreateShl(b_.CreateSelect(adjust, b_.CreateAdd(rem, y), rem), 1), one);
      } else {
        llvm::Value* q = b_.CreateSDiv(x, y);
        r = retag(b_.CreateSub(q, b_.CreateZExt(adjust, ml_.i64_)));
      }
      break;
    }
    default:
      TP_FATAL("intArith: not an int op");
  }
  if (overflow)
    b_.CreateCondBr(overflow, slow, join, md.createBranchWeights(1, 1000));
  else
    b_.CreateBr(join);
  llvm::BasicBlock* fast_end = b_.GetInsertBlock();
  b_.SetInsertPoint(slow);
  std::string_view fn = ir::opInfo(inst.op).runtime_fn;
  llvm::Value* sr;
  if (uint8_t dead = deadOperands(inst)) {
    int64_t code = releaseArithCode(inst.op);
    TP_CHECK(code >= 0, "int temporaries: no release code for this op");
    sr = callRuntime("tp_int_arith_release", {a, unary ? zero : bv, llvm::ConstantInt::get(ml_.i64_, code * 4 + dead)},
                     &inst);
  } else {
    sr = unary ? callRuntime(fn, {a}, &inst) : callRuntime(fn, {a, bv}, &inst);
  }
  b_.CreateBr(join);
  llvm::BasicBlock* slow_end = b_.GetInsertBlock();
  b_.SetInsertPoint(join);
  llvm::PHINode* phi = b_.CreatePHI(ml_.i64_, 2);
  phi->addIncoming(r, fast_end);
  phi->addIncoming(sr, slow_end);
  return phi;
}

// int.fused (irgen fusedIntExpr): when every operand is a small int, the
// program runs on the untagged values: in i64 with wrapping operations under
// a `&` root (the low 64 bits of +, -, *, ^, |, & depend only on the low 64
// bits of their operands, and the mask keeps fewer bits), in i128 under a
// `%` root (irgen proved that every intermediate value fits). The result is
// a small int in [0, C). Anything else runs the program in the runtime.
llvm::Value* FunctionLowering::intFused(const ir::Inst& inst) {
  const std::string& prog = inst.imm.text;
  bool mod = prog.back() == '%';
  std::vector<llvm::Value*> ops;
  llvm::Value* all = llvm::ConstantInt::get(ml_.i64_, 1);
  for (ir::ValueId v : inst.operands) {
    ops.push_back(val(v));
    all = b_.CreateAnd(all, ops.back());
  }
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  llvm::Value* small = b_.CreateICmpNE(b_.CreateAnd(all, 1), zero);
  auto* fast = llvm::BasicBlock::Create(ml_.ctx_, "fused.fast", fn_);
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "fused.slow", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "fused.join", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(small, fast, slow, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(fast);
  llvm::Type* wide = mod ? llvm::Type::getInt128Ty(ml_.ctx_) : ml_.i64_;
  std::vector<llvm::Value*> st;
  for (char ch : prog) {
    if (ch >= 'a' && ch <= 'z') {
      llvm::Value* x = b_.CreateAShr(ops[ch - 'a'], 1);
      st.push_back(mod ? b_.CreateSExt(x, wide) : x);
      continue;
    }
    llvm::Value* r = st.back();
    st.pop_back();
    llvm::Value* l = st.back();
    st.pop_back();
    auto binary = [&](llvm::Instruction::BinaryOps op) { st.push_back(b_.CreateBinOp(op, l, r)); };
    switch (ch) {
      case '+':
        binary(llvm::Instruction::Add);
        break;
      case '-':
        binary(llvm::Instruction::Sub);
        break;
      case '*':
        binary(llvm::Instruction::Mul);
        break;
      case '^':
        binary(llvm::Instruction::Xor);
        break;
      case '|':
        binary(llvm::Instruction::Or);
        break;
      case '&':
        binary(llvm::Instruction::And);
        break;
      case '%': {
        // Python's modulo by a positive constant: the remainder is made
        // non-negative. Values that fit in i64 divide in i64 (a multiply
        // by the constant's inverse), the rest in i128, on a branch of its
        // own: as a select's other operand the i128 division (a call of
        // __modti3) ran every time (scheduler: 0.5 % of its instructions).
        llvm::Value* narrow = b_.CreateTrunc(l, ml_.i64_);
        llvm::Value* fits = b_.CreateICmpEQ(b_.CreateSExt(narrow, wide), l);
        llvm::Value* m64 = b_.CreateTrunc(r, ml_.i64_);
        auto* narrow_bb = llvm::BasicBlock::Create(ml_.ctx_, "fused.mod64", fn_);
        auto* wide_bb = llvm::BasicBlock::Create(ml_.ctx_, "fused.mod128", fn_);
        auto* mod_join = llvm::BasicBlock::Create(ml_.ctx_, "fused.mod", fn_);
        b_.CreateCondBr(fits, narrow_bb, wide_bb, md.createBranchWeights(1000, 1));
        b_.SetInsertPoint(narrow_bb);
        llvm::Value* rem_narrow = b_.CreateSRem(narrow, m64);
        b_.CreateBr(mod_join);
        b_.SetInsertPoint(wide_bb);
        llvm::Value* rem_wide = b_.CreateTrunc(b_.CreateSRem(l, r), ml_.i64_);
        b_.CreateBr(mod_join);
        b_.SetInsertPoint(mod_join);
        llvm::PHINode* rem64 = b_.CreatePHI(ml_.i64_, 2);
        rem64->addIncoming(rem_narrow, narrow_bb);
        rem64->addIncoming(rem_wide, wide_bb);
        llvm::Value* neg = b_.CreateICmpSLT(rem64, zero);
        st.push_back(b_.CreateSelect(neg, b_.CreateAdd(rem64, m64), rem64));
        break;
      }
      default:
        TP_FATAL("int.fused: bad program");
    }
  }
  llvm::Value* x = st.back();
  if (x->getType() != ml_.i64_) x = b_.CreateTrunc(x, ml_.i64_);
  llvm::Value* r = b_.CreateOr(b_.CreateShl(x, 1), 1);
  b_.CreateBr(join);
  llvm::BasicBlock* fast_end = b_.GetInsertBlock();
  b_.SetInsertPoint(slow);
  llvm::Value* text = b_.CreateGlobalString(prog, "fused.prog");
  llvm::Value* sr =
      callRuntime("tp_int_fused_slow", {text, arrayOf(ops), llvm::ConstantInt::get(ml_.i64_, ops.size())}, &inst);
  b_.CreateBr(join);
  llvm::BasicBlock* slow_end = b_.GetInsertBlock();
  b_.SetInsertPoint(join);
  llvm::PHINode* phi = b_.CreatePHI(ml_.i64_, 2);
  phi->addIncoming(r, fast_end);
  phi->addIncoming(sr, slow_end);
  return phi;
}

llvm::Value* FunctionLowering::intCompare(const ir::Inst& inst) {
  llvm::Value* a = val(inst.operands[0]);
  llvm::Value* bv = val(inst.operands[1]);
  llvm::CmpInst::Predicate pred;
  switch (inst.op) {
    case ir::Op::IntLt:
      pred = llvm::CmpInst::ICMP_SLT;
      break;
    case ir::Op::IntLe:
      pred = llvm::CmpInst::ICMP_SLE;
      break;
    case ir::Op::IntGt:
      pred = llvm::CmpInst::ICMP_SGT;
      break;
    case ir::Op::IntGe:
      pred = llvm::CmpInst::ICMP_SGE;
      break;
    case ir::Op::IntEq:
      pred = llvm::CmpInst::ICMP_EQ;
      break;
    default:
      pred = llvm::CmpInst::ICMP_NE;
      break;
  }
  auto* fast = llvm::BasicBlock::Create(ml_.ctx_, "cmp.fast", fn_);
  auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "cmp.slow", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "cmp.join", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(bothSmall(a, bv), fast, slow, md.createBranchWeights(1000, 1));
  b_.SetInsertPoint(fast);
  llvm::Value* r = b_.CreateICmp(pred, a, bv);  // the tagging is monotonic
  b_.CreateBr(join);
  b_.SetInsertPoint(slow);
  llvm::Value* sr;
  if (uint8_t dead = deadOperands(inst)) {
    llvm::Value* c = callRuntime("tp_int_cmp_release", {a, bv, llvm::ConstantInt::get(ml_.i64_, dead)}, &inst);
    sr = b_.CreateICmp(pred, c, llvm::ConstantInt::get(c->getType(), 0));
  } else {
    sr = callRuntime(ir::opInfo(inst.op).runtime_fn, {a, bv}, &inst);
  }
  b_.CreateBr(join);
  llvm::BasicBlock* slow_end = b_.GetInsertBlock();
  b_.SetInsertPoint(join);
  llvm::PHINode* phi = b_.CreatePHI(ml_.i1_, 2);
  phi->addIncoming(r, fast);
  phi->addIncoming(sr, slow_end);
  return phi;
}

llvm::Value* FunctionLowering::unbox(llvm::Value* v, ir::TypeId to, const ir::Inst* inst) {
  const ir::Type& t = ml_.m_.types[to];
  if (v->getType() == ml_.fo_ && t.kind == ir::TypeKind::Float) {
    llvm::Value* word = b_.CreateExtractValue(v, 0);
    return fastSlow(
        b_.CreateICmpEQ(word, llvm::ConstantInt::get(ml_.i64_, 0)), [&]() { return b_.CreateExtractValue(v, 1); },
        [&]() { return callRuntime("tp_float_unbox", {word}, inst); }, "unbox.fo");
  }
  if (v->getType() != ml_.i64_) return v;  // already unboxed
  switch (t.kind) {
    case ir::TypeKind::Float:
      return callRuntime("tp_float_unbox", {v}, inst);
    case ir::TypeKind::Bool: {
      // Only True/False unbox to bool; anything else is a TypeError raised by
      // the runtime's unbox helper when it has one, else truth.
      if (ml_.hasRuntime("tp_bool_unbox")) return callRuntime("tp_bool_unbox", {v}, inst);
      return b_.CreateICmpEQ(v, ml_.trueObj());
    }
    case ir::TypeKind::I64:
      return callRuntime("tp_int_as_i64", {v}, inst);
    case ir::TypeKind::Int:
      if (ml_.hasRuntime("tp_int_unbox")) return callRuntime("tp_int_unbox", {v}, inst);
      return v;
    default:
      return v;  // word to word: a checked cast would go here
  }
}

// Whether this function's peeks are left for codegen's PeekCache (decision
// 0084): at -O2 and -O3, in a function with a loop (elsewhere the runtime's
// fast path is inlined as usual).
bool FunctionLowering::peeksDeferred() const { return ml_.defer_peeks_ && has_loop_; }

// A call of tp_attr_peek or tp_attr_peek_w where peeks are deferred, left
// for PeekCache, which inlines it: until then it is not inlined and reads
// memory only (tp_attr_peek's miss path fills the site's cache, which
// nothing else depends on).
llvm::Value* FunctionLowering::deferPeek(llvm::Value* call) {
  auto* cb = llvm::dyn_cast<llvm::CallBase>(call);
  if (!peeksDeferred() || !cb || !cb->getCalledFunction() ||
      !cb->getCalledFunction()->getName().starts_with("tp_attr_peek"))
    return call;
  cb->setIsNoInline();
  cb->setOnlyReadsMemory();
  cb->setDoesNotThrow();
  cb->addFnAttr(llvm::Attribute::WillReturn);
  return call;
}

// type.is of a word: an exact bool, int (a small int or an exact int
// object, never a bool), float, str or list.
llvm::Value* FunctionLowering::exactTypeTest(llvm::Value* v, const std::string& what) {
  if (what == "bool") return b_.CreateOr(b_.CreateICmpEQ(v, ml_.trueObj()), b_.CreateICmpEQ(v, ml_.falseObj()));
  TP_CHECK(what == "int" || what == "float" || what == "list" || what == "str", "type.is: unknown type '" + what + "'");
  if (what == "int") return isExactInt(v);
  return isExactObject(v, what == "float" ? "tp_float_type" : what == "str" ? "tp_str_type" : "tp_list_type");
}

// The type test of a deferred peek's value (decision 0084): skipped when
// codegen's PeekCache knows the value it keeps passed this test before. The
// lowering brackets the test with two calls PeekCache replaces:
// tp.peek.known(v, test) (a read of that knowledge; false wherever PeekCache
// finds none) and tp.peek.tested(v, test, result) (a write of it).
bool FunctionLowering::peekedTypeTest(const ir::Inst& inst) {
  if (!peeksDeferred() || cold_ || cold_block_) return false;
  const ir::ValueInfo& vi = f_.value(inst.operands[0]);
  if (!vi.inst.valid() || f_.inst(vi.inst).op != ir::Op::AttrPeek) return false;
  const std::string& what = inst.imm.text;
  static const char* const kTests[] = {"bool", "int", "float", "str", "list"};
  int code = -1;
  for (int k = 0; k < 5; ++k)
    if (what == kTests[k]) code = k;
  llvm::Value* v = val(inst.operands[0]);
  if (code < 0 || v->getType() != ml_.i64_) return false;
  llvm::Value* test_code = b_.getInt32(code);
  llvm::Value* known = b_.CreateCall(ml_.peekMarker(true), {v, test_code});
  setResult(inst, trueOr(
                      known,
                      [&]() {
                        llvm::Value* t = exactTypeTest(v, what);
                        b_.CreateCall(ml_.peekMarker(false), {v, test_code, t});
                        return t;
                      },
                      "peek.test"));
  return true;
}

// Whether the py.getattr `inst` reads through a deferred peek first: an
// attribute of one of the function's parameters (the same object wherever
// the function runs), in a function with a loop, outside cold code.
bool FunctionLowering::peekableSite(const ir::Inst& inst) {
  if (!peeksDeferred() || cold_ || cold_block_) return false;
  const ir::ValueInfo& vi = f_.value(inst.operands[0]);
  return !vi.inst.valid() && vi.block.index == 0 && typeOf(inst.operands[0]) == ml_.i64_;
}

llvm::Value* FunctionLowering::fastSlow(llvm::Value* cond, const std::function<llvm::Value*()>& fast,
                                        const std::function<llvm::Value*()>& slow, const char* name, bool biased) {
  auto* fast_bb = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".fast", fn_);
  auto* slow_bb = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".slow", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".join", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(cond, fast_bb, slow_bb, biased ? md.createBranchWeights(1000, 1) : nullptr);
  b_.SetInsertPoint(fast_bb);
  llvm::Value* fr = fast();
  llvm::BasicBlock* fast_end = b_.GetInsertBlock();
  b_.CreateBr(join);
  b_.SetInsertPoint(slow_bb);
  llvm::Value* sr = slow();
  llvm::BasicBlock* slow_end = b_.GetInsertBlock();
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  llvm::PHINode* phi = b_.CreatePHI(fr->getType(), 2);
  phi->addIncoming(fr, fast_end);
  phi->addIncoming(sr, slow_end);
  return phi;
}

// The bits of slot i in an instance's slot state word (object.h "Instance
// slots", whose bound TP_MAX_SLOTS core.cpp asserts equal to ir::kMaxSlots):
// the tag bit 0, then per slot a presence bit and a raw-float bit.
constexpr uint64_t kSlotTag = 1;
constexpr uint64_t slotPresentBit(int64_t i) { return uint64_t{2} << (2 * i); }
constexpr uint64_t slotFloatBit(int64_t i) { return uint64_t{4} << (2 * i); }

// slot.add / slot.store (imm.i2 2) of a word that may be an exact float, into
// an attribute the program reads or writes as a float: stored as the
// runtime's own stores do (core.cpp slotStore), a float object as its raw
// f64 with the slot's raw-float bit set, anything else as the word with the
// bit clear. A float attribute assigned from an unannotated parameter (an
// __init__ without a typed clone) is then raw like any other, which the
// layout regions of the methods reading it as a float ("rf") ask for.
void FunctionLowering::slotWord(const ir::Inst& inst, bool add) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  llvm::Value* v = val(inst.operands[1]);
  llvm::Value* is_float = isExactObject(v, "tp_float_type");
  llvm::Value* word = fastSlow(
      is_float,
      [&]() {
        llvm::Value* at = b.CreateConstGEP1_64(i64, b.CreateIntToPtr(v, ml_.ptr_), 1);  // TpFloat.value
        return static_cast<llvm::Value*>(b.CreateLoad(i64, at));
      },
      [&]() { return v; }, "slot.float", /*biased=*/false);
  slotTag(b.CreateStore(word, slotAddress(inst.operands[0], inst.imm.i)));
  slotState(inst.operands[0], inst.imm.i, add, is_float);
}

// The state word (object.h "Instance slots") after a store into slot
// `index`: an add sets the tag and the slot's presence bit; the raw-float
// bit is set when `raw` (an i1) holds, else cleared.
void FunctionLowering::slotState(ir::ValueId obj, int64_t index, bool add, llvm::Value* raw) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  uint64_t fbit = slotFloatBit(index);
  llvm::Value* sw = slotAddress(obj, -1);
  llvm::Value* st = b.CreateLoad(i64, sw);
  if (add) st = b.CreateOr(st, llvm::ConstantInt::get(i64, kSlotTag | slotPresentBit(index)));
  st = b.CreateAnd(st, llvm::ConstantInt::get(i64, ~fbit));
  st = b.CreateOr(st, b.CreateSelect(raw, llvm::ConstantInt::get(i64, fbit), llvm::ConstantInt::get(i64, 0)));
  b.CreateStore(st, sw);
}

// layout.check (ops.def, fastpath.h "layout guards"): obj is an object whose
// type is the one bound to the site (binding it through tp_layout_bind on a
// miss), and its slot state word (object.h "Instance slots") holds the bits
// the spec asks for. The offsets are asserted in runtime/src/core.cpp.
llvm::Value* FunctionLowering::layoutCheck(const ir::Inst& inst) {
  llvm::IRBuilder<>& b = b_;
  llvm::Type* i64 = ml_.i64_;
  auto c64 = [&](uint64_t v) { return llvm::ConstantInt::get(i64, v); };
  uint64_t need_present = 0, need_float = 0, need_word = 0, need_new = 0;
  const std::string& spec = inst.imm.text;
  for (size_t p = 0; p < spec.size();) {
    size_t comma = spec.find(',', p);
    if (comma == std::string::npos) comma = spec.size();
    std::string entry = spec.substr(p, comma - p);
    size_t at = entry.find('@'), colon = entry.find(':');
    TP_CHECK(at != std::string::npos && colon != std::string::npos && colon > at, "layout.check: bad spec " + spec);
    int64_t index = std::stoll(entry.substr(at + 1, colon - at - 1));
    TP_CHECK(index >= 0 && index < ir::kMaxSlots, "layout.check: slot index out of range in " + spec);
    uint64_t bit = uint64_t{1} << index;
    std::string flags = entry.substr(colon + 1);
    if (flags.find('n') != std::string::npos) {
      need_new |= bit;  // added by the region: its raw-float bit does not matter yet
    } else {
      need_present |= bit;
      for (char c : flags) {
        if (c == 'f') need_float |= bit;
        if (c == 'o') need_word |= bit;
      }
    }
    p = comma + 1;
  }
  llvm::Value* obj = val(inst.operands[0]);
  llvm::Constant* site = ml_.layoutSite(spec);
  llvm::MDBuilder md(ml_.ctx_);
  auto* check_bb = llvm::BasicBlock::Create(ml_.ctx_, "layout.type", fn_);
  auto* bind_bb = llvm::BasicBlock::Create(ml_.ctx_, "layout.bind", fn_);
  auto* masks_bb = llvm::BasicBlock::Create(ml_.ctx_, "layout.masks", fn_);
  auto* join_bb = llvm::BasicBlock::Create(ml_.ctx_, "layout.join", fn_);
  llvm::BasicBlock* entry = b.GetInsertBlock();
  // An object pointer: tag bits clear, and not NULL unless the value cannot
  // be NULL (a list item: a list holds no NULL words).
  const ir::Inst* src = defThroughCasts(inst.operands[0]);
  bool never_null = src && src->op == ir::Op::ListGetItem;
  llvm::Value* is_obj = b.CreateICmpEQ(b.CreateAnd(obj, 7), c64(0));
  if (!never_null) is_obj = b.CreateAnd(is_obj, b.CreateICmpNE(obj, c64(0)));
  b.CreateCondBr(is_obj, check_bb, join_bb, md.createBranchWeights(1000, 1));
  b.SetInsertPoint(check_bb);
  llvm::Value* p = b.CreateIntToPtr(obj, ml_.ptr_);
  llvm::Value* type = b.CreateLoad(ml_.ptr_, p);
  llvm::Value* bound = b.CreateLoad(ml_.ptr_, site);
  // A change of tp_type_epoch unbinds every site (runtime bumpTypeEpoch).
  llvm::Value* hit = b.CreateICmpEQ(type, bound);
  // The site's second type (TpLayoutSite.type2, word 6): a site that sees
  // two classes alternately takes it without calling tp_layout_bind.
  auto* second_bb = llvm::BasicBlock::Create(ml_.ctx_, "layout.type2", fn_);
  b.CreateCondBr(hit, masks_bb, second_bb, md.createBranchWeights(1000, 1));
  b.SetInsertPoint(second_bb);
  llvm::Value* bound2 = b.CreateLoad(ml_.ptr_, b.CreateConstGEP1_64(ml_.i64_, site, 6));
  b.CreateCondBr(b.CreateICmpEQ(type, bound2), masks_bb, bind_bb);
  b.SetInsertPoint(bind_bb);
  llvm::Value* bound_now = b.CreateCall(ml_.runtime("tp_layout_bind"), {obj, site});
  llvm::BasicBlock* bind_end = b.GetInsertBlock();
  b.CreateCondBr(bound_now, masks_bb, join_bb);
  b.SetInsertPoint(masks_bb);
  // One test of the state word (object.h "Instance slots"): the tag bit,
  // which rules out dict mode, slot i's presence bit 2i+1 and raw-float bit
  // 2i+2.
  llvm::Value* words = slotWords(p, type);
  llvm::Value* state = b.CreateLoad(i64, words);
  // The state bits of the slots in `bits` (a bit per slot index).
  auto spread = [](uint64_t bits, uint64_t (*bit)(int64_t)) {
    uint64_t r = 0;
    for (int i = 0; i < ir::kMaxSlots; ++i)
      if (bits >> i & 1) r |= bit(i);
    return r;
  };
  uint64_t mask = kSlotTag | spread(need_present, slotPresentBit) | spread(need_float | need_word, slotFloatBit);
  uint64_t want = kSlotTag | spread(need_present, slotPresentBit) | spread(need_float, slotFloatBit);
  if (need_new) {
    // The added slots come right after the present ones, in order: exactly
    // the slots below the first added one are present (state 0: none).
    uint64_t below = (need_new & -need_new) - 1;
    TP_CHECK((need_present & ~below) == 0, "layout.check: a present slot after an added one in " + spec);
    mask = below ? mask | spread(~uint64_t{0}, slotPresentBit) : ~uint64_t{0};
    want = below ? want | spread(below, slotPresentBit) : 0;
  }
  llvm::Value* ok = b.CreateICmpEQ(b.CreateAnd(state, c64(mask)), c64(want));
  llvm::BasicBlock* masks_end = b.GetInsertBlock();
  b.CreateBr(join_bb);
  b.SetInsertPoint(join_bb);
  llvm::PHINode* phi = b.CreatePHI(ml_.i1_, 3, "layout.ok");
  phi->addIncoming(llvm::ConstantInt::getFalse(ml_.ctx_), entry);
  phi->addIncoming(llvm::ConstantInt::getFalse(ml_.ctx_), bind_end);
  phi->addIncoming(ok, masks_end);
  // The words, for the blocks the check's true edge enters (only the masks
  // path can pass).
  llvm::PHINode* wphi = b.CreatePHI(ml_.ptr_, 3, "layout.words");
  llvm::Value* none = llvm::PoisonValue::get(ml_.ptr_);
  wphi->addIncoming(none, entry);
  wphi->addIncoming(none, bind_end);
  wphi->addIncoming(words, masks_end);
  check_words_[inst.result.index] = {inst.operands[0].index, wphi};
  return phi;
}

// `if (cond) fn(args)` for a noreturn runtime function that raises (a cold
// branch); code continues in a fresh block where cond is false.
void FunctionLowering::raiseIf(llvm::Value* cond, std::string_view fn, std::vector<llvm::Value*> args,
                               const ir::Inst& inst, const char* name) {
  auto* bad = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".raise", fn_);
  auto* ok = llvm::BasicBlock::Create(ml_.ctx_, std::string(name) + ".ok", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(cond, bad, ok, md.createBranchWeights(1, 1000));
  b_.SetInsertPoint(bad);
  callRuntime(fn, std::move(args), &inst);
  if (!b_.GetInsertBlock()->getTerminator()) b_.CreateUnreachable();
  b_.SetInsertPoint(ok);
}

// The values block argument v receives over its block's incoming edges (the
// table is built on first use).
const std::vector<ir::ValueId>& FunctionLowering::incoming(ir::ValueId v) {
  if (!incoming_built_) {
    incoming_built_ = true;
    for (const ir::Block& blk : f_.blocks)
      for (ir::InstId iid : blk.insts)
        for (const ir::Successor& s : f_.inst(iid).succs) {
          const ir::Block& to = f_.blocks[s.block.index];
          for (size_t k = 0; k < s.args.size() && k < to.args.size(); ++k)
            incoming_[to.args[k].index].push_back(s.args[k]);
        }
  }
  static const std::vector<ir::ValueId> none;
  auto it = incoming_.find(v.index);
  return it == incoming_.end() ? none : it->second;
}

// A list parameter, a list the function makes (list.new, or a call whose
// result inference knows to be a list), or the cast of a value made in the
// cast's own block: inference typed that value where it was made, with no
// branch between (a cast below a type test is in another block than the
// value it narrows, and may sit in a loop while the value is made before
// it).
// A block argument qualifies when every value it receives does (a
// speculating function's generic copy receives the list so).
bool FunctionLowering::listEverywhere(ir::ValueId v, int depth) {
  if (depth > 8 || ml_.m_.types[f_.value(v).type].kind != ir::TypeKind::List) return false;
  if (std::find(f_.params.begin(), f_.params.end(), v) != f_.params.end()) return true;
  const ir::ValueInfo& vi = f_.value(v);
  if (!vi.inst.valid()) {
    if (!vi.block.valid() || vi.block.index == 0) return false;
    for (int32_t w : list_visiting_)
      if (w == v.index) return true;  // a loop: the other values decide
    const std::vector<ir::ValueId>& in = incoming(v);
    if (in.empty()) return false;
    list_visiting_.push_back(v.index);
    bool ok = std::all_of(in.begin(), in.end(), [&](ir::ValueId u) { return listEverywhere(u, depth + 1); });
    list_visiting_.pop_back();
    return ok;
  }
  const ir::Inst& d = f_.inst(vi.inst);
  if (d.op == ir::Op::ListNew || d.op == ir::Op::CallDirect) return true;
  if (d.op != ir::Op::Cast) return false;
  const ir::ValueInfo& oi = f_.value(d.operands[0]);
  if (!oi.inst.valid()) return false;
  ir::Op op = f_.inst(oi.inst).op;
  if (op != ir::Op::PyCall && op != ir::Op::PyBinOp && op != ir::Op::CallDirect && op != ir::Op::ListNew) return false;
  return instBlock(oi.inst) >= 0 && instBlock(oi.inst) == instBlock(vi.inst);
}

int32_t FunctionLowering::instBlock(ir::InstId iid) {
  if (inst_block_.empty()) {
    inst_block_.assign(f_.insts.size(), -1);
    for (size_t b = 0; b < f_.blocks.size(); ++b)
      for (ir::InstId i : f_.blocks[b].insts) inst_block_[i.index] = static_cast<int32_t>(b);
  }
  return inst_block_[iid.index];
}

// A non-negative int: a constant >= 0, a sum or product of non-negative
// ints, a floor quotient or right shift of one by one, `x % m` and `x & m`
// with m non-negative (Python's % has the divisor's sign), an index-range
// value (int.narrow), a cast of one, or a block argument all of whose
// incoming values are (an incoming `arg + non-negative` of the argument
// itself counts: a counted loop's step). An argument already being
// examined counts as possibly negative, so the answer is conservative.
bool FunctionLowering::nonNegative(ir::ValueId v, int depth) {
  if (depth > 8 || !v.valid()) return false;
  const ir::ValueInfo& vi = f_.value(v);
  if (vi.inst.valid()) {
    const ir::Inst& d = f_.inst(vi.inst);
    switch (d.op) {
      case ir::Op::ConstInt:
        return !d.imm.text.empty() && d.imm.text[0] != '-';
      case ir::Op::Cast:
        return nonNegative(d.operands[0], depth + 1);
      case ir::Op::IntAdd:
      case ir::Op::IntAddSmall:
      case ir::Op::IntMul:
      case ir::Op::IntFloorDiv:
      case ir::Op::IntRShift:
        return nonNegative(d.operands[0], depth + 1) && nonNegative(d.operands[1], depth + 1);
      case ir::Op::IntMod:
        return nonNegative(d.operands[1], depth + 1);
      case ir::Op::IntAnd:
        return nonNegative(d.operands[0], depth + 1) || nonNegative(d.operands[1], depth + 1);
      case ir::Op::IntNarrow:
        return true;
      default:
        return false;
    }
  }
  // The entry block's arguments are the parameters (no incoming edge says so).
  if (!vi.block.valid() || vi.block.index == 0) return false;
  for (int32_t w : nonneg_visiting_)
    if (w == v.index) return false;
  const std::vector<ir::ValueId>& in = incoming(v);
  if (in.empty()) return false;
  nonneg_visiting_.push_back(v.index);
  bool ok = true;
  for (ir::ValueId u : in) {
    const ir::ValueInfo& ui = f_.value(u);
    if (ui.inst.valid()) {
      const ir::Inst& d = f_.inst(ui.inst);
      if ((d.op == ir::Op::IntAdd || d.op == ir::Op::IntAddSmall) &&
          ((d.operands[0] == v && nonNegative(d.operands[1], depth + 1)) ||
           (d.operands[1] == v && nonNegative(d.operands[0], depth + 1))))
        continue;
    }
    if (!nonNegative(u, depth + 1)) {
      ok = false;
      break;
    }
  }
  nonneg_visiting_.pop_back();
  return ok;
}

void FunctionLowering::charWithCode(const ir::Inst& inst, std::string_view fn) {
  llvm::IRBuilder<> eb(alloca_block_, alloca_block_->begin());
  llvm::Value* code = eb.CreateAlloca(ml_.i32_);
  setResult(inst, callRuntime(fn, {val(inst.operands[0]), val(inst.operands[1]), code}, &inst));
  str_codes_[inst.result.index] = b_.CreateLoad(ml_.i32_, code);
}

llvm::Value* FunctionLowering::charInConstant(const ir::Inst& inst) {
  auto kind = static_cast<ir::CmpKind>(inst.imm.i);
  if (kind != ir::CmpKind::In && kind != ir::CmpKind::NotIn) return nullptr;
  llvm::Value* code = strCode(inst.operands[0]);
  const ir::Inst* set = defThroughCasts(inst.operands[1]);
  if (!code || !set || set->op != ir::Op::ConstStr || set->imm.text.empty()) return nullptr;
  uint64_t masks[2] = {0, 0};
  for (unsigned char c : set->imm.text) {
    if (c >= 0x80) return nullptr;
    masks[c >> 6] |= uint64_t{1} << (c & 63);
  }
  llvm::Type* i64 = ml_.i64_;
  llvm::Value* a = val(inst.operands[0]);
  llvm::Value* b = val(inst.operands[1]);
  return fastSlow(
      b_.CreateICmpSGE(code, llvm::ConstantInt::get(ml_.i32_, 0)),
      [&]() -> llvm::Value* {
        // An ASCII character is in the constant exactly when its byte is.
        llvm::Value* c = b_.CreateZExt(code, i64);
        llvm::Value* mask =
            b_.CreateSelect(b_.CreateICmpULT(c, llvm::ConstantInt::get(i64, 64)), llvm::ConstantInt::get(i64, masks[0]),
                            llvm::ConstantInt::get(i64, masks[1]));
        llvm::Value* bit = b_.CreateTrunc(b_.CreateLShr(mask, b_.CreateAnd(c, 63)), ml_.i1_);
        return kind == ir::CmpKind::In ? bit : b_.CreateNot(bit);
      },
      [&]() -> llvm::Value* {
        return callRuntime("tp_str_compare_exact", {a, b, llvm::ConstantInt::get(ml_.i32_, inst.imm.i)}, &inst);
      },
      "char.in");
}

// The TpSlotWords of the object at `p` whose type is `type`: at
// type->slots_offset (TpType field offset 0x58, asserted in core.cpp).
llvm::Value* FunctionLowering::slotWords(llvm::Value* p, llvm::Value* type) {
  llvm::Type* i8 = llvm::Type::getInt8Ty(ml_.ctx_);
  llvm::Value* offset = b_.CreateLoad(ml_.i64_, b_.CreateConstGEP1_64(i8, type, 0x58));
  return b_.CreateInBoundsGEP(i8, p, offset);
}

llvm::MDNode* FunctionLowering::aliasType(const std::string& name, llvm::MDNode* parent) {
  llvm::MDBuilder tbaa(ml_.ctx_);
  return tbaa.createTBAAScalarTypeNode(name, parent ? parent : tbaa.createTBAARoot("taipan list"));
}

llvm::MDNode* FunctionLowering::aliasTag(llvm::MDNode* type) {
  return llvm::MDBuilder(ml_.ctx_).createTBAAStructTagNode(type, type, 0);
}

// Tags a load or store of an instance slot's value word with the alias type
// "object slot": distinct from a list's header and items (a slot is never
// either). The state word before the slots is not tagged.
template <class I>
I* FunctionLowering::slotTag(I* access) {
  access->setMetadata(llvm::LLVMContext::MD_tbaa, aliasTag(aliasType("object slot")));
  return access;
}

// The address of slot `index` of obj, which a layout.check has passed (the
// slot words are computed once per IR block).
llvm::Value* FunctionLowering::slotAddress(ir::ValueId obj, int64_t index) {
  auto it = slot_words_.find(obj.index);
  llvm::Value* words;
  if (it != slot_words_.end()) {
    words = it->second;
  } else {
    llvm::Value* p = b_.CreateIntToPtr(val(obj), ml_.ptr_);
    words = slotWords(p, b_.CreateLoad(ml_.ptr_, p));
    slot_words_[obj.index] = words;
  }
  return b_.CreateConstGEP1_64(ml_.i64_, words, 1 + index);
}

// Any representation -> floatobj. A word is unboxed when it is an exact float
// object (TpFloat: header word, then the double).
llvm::Value* FunctionLowering::foFrom(llvm::Value* v) {
  llvm::Type* t = v->getType();
  if (t == ml_.fo_) return v;
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  auto fzero = llvm::ConstantFP::get(ml_.f64_, 0.0);
  if (t == ml_.f64_) return ml_.makeFo(b_, zero, v);
  if (t == ml_.i1_) return ml_.makeFo(b_, ml_.boxBool(b_, v), fzero);
  return fastSlow(
      isExactObject(v, "tp_float_type"),
      [&]() {
        return ml_.makeFo(b_, zero,
                          b_.CreateLoad(ml_.f64_, b_.CreateConstGEP1_64(ml_.i64_, b_.CreateIntToPtr(v, ml_.ptr_), 1)));
      },
      [&]() { return ml_.makeFo(b_, v, fzero); }, "fo.from");
}

bool FunctionLowering::isStrValue(ir::ValueId v) const {
  for (;;) {
    if (ml_.m_.types[f_.value(v).type].kind == ir::TypeKind::Str) return true;
    ir::InstId d = f_.value(v).inst;
    if (!d.valid() || f_.inst(d).op != ir::Op::Cast) return false;
    v = f_.inst(d).operands[0];
  }
}

const ir::Inst* FunctionLowering::defThroughCasts(ir::ValueId v) const {
  ir::InstId d = f_.value(throughCasts(v)).inst;
  return d.valid() ? &f_.inst(d) : nullptr;
}

// True when the word is a pointer to an object whose type is exactly the
// runtime type `type_symbol` (the type is only loaded from a pointer).
llvm::Value* FunctionLowering::isExactObject(llvm::Value* v, const char* type_symbol) {
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  llvm::Value* is_ptr = b_.CreateAnd(b_.CreateICmpEQ(b_.CreateAnd(v, 7), zero), b_.CreateICmpNE(v, zero));
  auto* load_bb = llvm::BasicBlock::Create(ml_.ctx_, "exact.load", fn_);
  auto* join = llvm::BasicBlock::Create(ml_.ctx_, "exact.join", fn_);
  llvm::BasicBlock* here = b_.GetInsertBlock();
  b_.CreateCondBr(is_ptr, load_bb, join);
  b_.SetInsertPoint(load_bb);
  llvm::Value* same =
      b_.CreateICmpEQ(b_.CreateLoad(ml_.i64_, b_.CreateIntToPtr(v, ml_.ptr_)), ml_.runtimeObject(type_symbol));
  b_.CreateBr(join);
  b_.SetInsertPoint(join);
  llvm::PHINode* phi = b_.CreatePHI(ml_.i1_, 2);
  phi->addIncoming(b_.getFalse(), here);
  phi->addIncoming(same, load_bb);
  return phi;
}

// fo.binop: floats (or a float and a small int, converted exactly as CPython
// converts it: correctly rounded) take the inline f64 path; anything else
// boxes both sides and calls tp_binop, whose result is unboxed again.
// Optimistic fixpoint: every floatobj value starts pure; a definition that
// is not float arithmetic on pure operands, or a block argument with an
// impure incoming value, clears it until nothing changes. Float arithmetic
// on two floats gives a float or raises (division by zero), so a loop's
// accumulator of such values stays pure and its word tests fold away.
void FunctionLowering::findPureFloats() {
  const ir::TypeId fo = ml_.m_.types.floatObjType();
  const ir::TypeId fl = ml_.m_.types.floatType();
  size_t n = f_.values.size();
  pure_fo_.assign(n, 0);
  for (size_t v = 0; v < n; ++v) pure_fo_[v] = f_.values[v].type == fo;
  for (ir::ValueId p : f_.params) pure_fo_[p.index] = 0;
  auto defPure = [&](const ir::Inst& d) {
    switch (d.op) {
      case ir::Op::FoFrom:
        return f_.value(d.operands[0]).type == fl || pureFo(d.operands[0]);
      case ir::Op::FoBinOp: {
        auto k = static_cast<ir::BinOpKind>(d.imm.i);
        bool arith = k == ir::BinOpKind::Add || k == ir::BinOpKind::Sub || k == ir::BinOpKind::Mul ||
                     k == ir::BinOpKind::TrueDiv;
        return arith && pureFo(d.operands[0]) && pureFo(d.operands[1]);
      }
      case ir::Op::FoNeg:
        return pureFo(d.operands[0]);
      default:
        return false;
    }
  };
  for (size_t v = 0; v < n; ++v) {
    const ir::ValueInfo& vi = f_.values[v];
    if (pure_fo_[v] && vi.inst.valid() && !defPure(f_.inst(vi.inst))) pure_fo_[v] = 0;
  }
  // Block arguments: cleared when an edge passes an impure value (or the
  // block is also reached over an unwind edge, which passes none).
  for (bool changed = true; changed;) {
    changed = false;
    for (const ir::Block& blk : f_.blocks)
      for (ir::InstId iid : blk.insts) {
        const ir::Inst& in = f_.inst(iid);
        for (const ir::Successor& sc : in.succs) {
          const ir::Block& to = f_.block(sc.block);
          for (size_t k = 0; k < to.args.size(); ++k)
            if (pure_fo_[to.args[k].index] && (k >= sc.args.size() || !pureFo(sc.args[k]))) {
              pure_fo_[to.args[k].index] = 0;
              changed = true;
            }
        }
        if (in.unwind.valid())
          for (ir::ValueId a : f_.block(in.unwind).args) {
            changed |= pure_fo_[a.index] != 0;
            pure_fo_[a.index] = 0;
          }
      }
    // Definitions whose operands were just cleared.
    for (size_t v = 0; v < n; ++v) {
      const ir::ValueInfo& vi = f_.values[v];
      if (pure_fo_[v] && vi.inst.valid() && !defPure(f_.inst(vi.inst))) {
        pure_fo_[v] = 0;
        changed = true;
      }
    }
  }
}

llvm::Value* FunctionLowering::foArith(const ir::Inst& inst) {
  llvm::Value* a = foFrom(val(inst.operands[0]));
  llvm::Value* bv = foFrom(val(inst.operands[1]));
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  auto kind = static_cast<ir::BinOpKind>(inst.imm.i);
  if (pureFo(inst.operands[0]) && pureFo(inst.operands[1])) {
    llvm::Value* x = b_.CreateExtractValue(a, 1);
    llvm::Value* y = b_.CreateExtractValue(bv, 1);
    if (kind == ir::BinOpKind::TrueDiv) return ml_.makeFo(b_, zero, floatDiv(x, y, inst));
    llvm::Value* r = kind == ir::BinOpKind::Add   ? b_.CreateFAdd(x, y)
                     : kind == ir::BinOpKind::Sub ? b_.CreateFSub(x, y)
                                                  : b_.CreateFMul(x, y);
    return ml_.makeFo(b_, zero, r);
  }
  llvm::Value* wa = b_.CreateExtractValue(a, 0);
  llvm::Value* wb = b_.CreateExtractValue(bv, 0);
  auto op = [&](llvm::Value* x, llvm::Value* y) -> llvm::Value* {
    switch (kind) {
      case ir::BinOpKind::Add:
        return b_.CreateFAdd(x, y);
      case ir::BinOpKind::Sub:
        return b_.CreateFSub(x, y);
      case ir::BinOpKind::Mul:
        return b_.CreateFMul(x, y);
      case ir::BinOpKind::TrueDiv:
        return b_.CreateFDiv(x, y);
      default:
        TP_FATAL("fo.binop: unsupported operator");
    }
  };
  auto fzero = llvm::ConstantFP::get(ml_.f64_, 0.0);
  // Two floats, the case a floatobj is chosen for, test one word: the
  // operands' words or-ed together (a division also its divisor). A small
  // int on either side (converted exactly as CPython converts it), or
  // anything else, takes the slow side, where the first case runs inline
  // and the second calls the runtime.
  llvm::Value* floats = b_.CreateICmpEQ(b_.CreateOr(wa, wb), zero);
  if (kind == ir::BinOpKind::TrueDiv)
    floats = b_.CreateAnd(floats, b_.CreateFCmpUNE(b_.CreateExtractValue(bv, 1), fzero));
  return fastSlow(
      floats,
      [&]() -> llvm::Value* {
        return ml_.makeFo(b_, zero, op(b_.CreateExtractValue(a, 1), b_.CreateExtractValue(bv, 1)));
      },
      [&]() -> llvm::Value* {
        auto num = [&](llvm::Value* w) {
          return b_.CreateOr(b_.CreateICmpEQ(w, zero), b_.CreateICmpNE(b_.CreateAnd(w, 1), zero));
        };
        auto dbl = [&](llvm::Value* fo, llvm::Value* w) {
          return b_.CreateSelect(b_.CreateICmpEQ(w, zero), b_.CreateExtractValue(fo, 1),
                                 b_.CreateSIToFP(b_.CreateAShr(w, 1), ml_.f64_));
        };
        llvm::Value* fa = dbl(a, wa);
        llvm::Value* fb = dbl(bv, wb);
        llvm::Value* ok = b_.CreateAnd(b_.CreateAnd(num(wa), num(wb)),
                                       b_.CreateOr(b_.CreateICmpEQ(wa, zero), b_.CreateICmpEQ(wb, zero)));
        if (kind == ir::BinOpKind::TrueDiv) ok = b_.CreateAnd(ok, b_.CreateFCmpUNE(fb, fzero));
        return fastSlow(
            ok, [&]() -> llvm::Value* { return ml_.makeFo(b_, zero, op(fa, fb)); },
            [&]() -> llvm::Value* {
              int64_t code = inst.imm.i | (inst.imm.i2 > 0 ? 64 : 0);
              llvm::Value* r = callRuntime(
                  "tp_binop", {ml_.boxFloatObj(b_, a), ml_.boxFloatObj(b_, bv), llvm::ConstantInt::get(ml_.i32_, code)},
                  &inst);
              return foFrom(r);
            },
            "fo.mixed");
      },
      "fo");
}

llvm::Value* FunctionLowering::floatDiv(llvm::Value* x, llvm::Value* y, const ir::Inst& inst) {
  auto* zero = llvm::BasicBlock::Create(ml_.ctx_, "fdiv.zero", fn_);
  auto* ok = llvm::BasicBlock::Create(ml_.ctx_, "fdiv.ok", fn_);
  llvm::MDBuilder md(ml_.ctx_);
  b_.CreateCondBr(b_.CreateFCmpOEQ(y, llvm::ConstantFP::get(ml_.f64_, 0.0)), zero, ok, md.createBranchWeights(1, 1000));
  b_.SetInsertPoint(zero);
  callRuntime("tp_float_div", {x, y}, &inst);
  b_.CreateBr(ok);
  b_.SetInsertPoint(ok);
  return b_.CreateFDiv(x, y);
}

llvm::Value* FunctionLowering::foCompare(const ir::Inst& inst) {
  llvm::Value* a = foFrom(val(inst.operands[0]));
  llvm::Value* bv = foFrom(val(inst.operands[1]));
  auto zero = llvm::ConstantInt::get(ml_.i64_, 0);
  llvm::Value* both = b_.CreateAnd(b_.CreateICmpEQ(b_.CreateExtractValue(a, 0), zero),
                                   b_.CreateICmpEQ(b_.CreateExtractValue(bv, 0), zero));
  if (pureFo(inst.operands[0]) && pureFo(inst.operands[1])) both = llvm::ConstantInt::getTrue(ml_.ctx_);
  return fastSlow(
      both,
      [&]() -> llvm::Value* {
        llvm::Value* x = b_.CreateExtractValue(a, 1);
        llvm::Value* y = b_.CreateExtractValue(bv, 1);
        llvm::Value* c;
        switch (static_cast<ir::CmpKind>(inst.imm.i)) {
          case ir::CmpKind::Lt:
            c = b_.CreateFCmpOLT(x, y);
            break;
          case ir::CmpKind::Le:
            c = b_.CreateFCmpOLE(x, y);
            break;
          case ir::CmpKind::Eq:
            c = b_.CreateFCmpOEQ(x, y);
            break;
          case ir::CmpKind::Ne:
            c = b_.CreateFCmpUNE(x, y);
            break;
          case ir::CmpKind::Gt:
            c = b_.CreateFCmpOGT(x, y);
            break;
          case ir::CmpKind::Ge:
            c = b_.CreateFCmpOGE(x, y);
            break;
          default:
            TP_FATAL("fo.compare: unsupported comparison");
        }
        return ml_.boxBool(b_, c);
      },
      [&]() -> llvm::Value* {
        return callRuntime(
            "tp_compare",
            {ml_.boxFloatObj(b_, a), ml_.boxFloatObj(b_, bv), llvm::ConstantInt::get(ml_.i32_, inst.imm.i)}, &inst);
      },
      "focmp");
}

llvm::Value* FunctionLowering::foNeg(const ir::Inst& inst) {
  llvm::Value* a = foFrom(val(inst.operands[0]));
  if (pureFo(inst.operands[0]))
    return ml_.makeFo(b_, llvm::ConstantInt::get(ml_.i64_, 0), b_.CreateFNeg(b_.CreateExtractValue(a, 1)));
  llvm::Value* wa = b_.CreateExtractValue(a, 0);
  return fastSlow(
      b_.CreateICmpEQ(wa, llvm::ConstantInt::get(ml_.i64_, 0)),
      [&]() -> llvm::Value* { return ml_.makeFo(b_, wa, b_.CreateFNeg(b_.CreateExtractValue(a, 1))); },
      [&]() -> llvm::Value* {
        return foFrom(callRuntime(
            "tp_unaryop", {wa, llvm::ConstantInt::get(ml_.i32_, static_cast<int64_t>(ir::UnaryOpKind::Neg))}, &inst));
      },
      "foneg");
}

llvm::Value* FunctionLowering::asFloat(llvm::Value* v, const ir::Inst& inst) {
  if (v->getType() == ml_.f64_) return v;
  if (v->getType() == ml_.i1_) return b_.CreateUIToFP(v, ml_.f64_);
  llvm::Value* fo = foFrom(v);
  llvm::Value* w = b_.CreateExtractValue(fo, 0);
  return fastSlow(
      b_.CreateICmpEQ(w, llvm::ConstantInt::get(ml_.i64_, 0)), [&]() { return b_.CreateExtractValue(fo, 1); },
      [&]() { return callRuntime("tp_as_double", {w}, &inst); }, "asfloat");
}

llvm::Value* FunctionLowering::coroIntrinsic(llvm::Intrinsic::ID id, llvm::ArrayRef<llvm::Value*> args,
                                             llvm::ArrayRef<llvm::Type*> types) {
  return b_.CreateCall(llvm::Intrinsic::getDeclaration(ml_.mod_.get(), id, types), args);
}

// The coroutine's start, in the LLVM entry block ahead of every IR block:
// the frame is GC memory of the size CoroSplit computes.
void FunctionLowering::coroBegin() {
  fn_->setPresplitCoroutine();
  llvm::Value* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ml_.ctx_, 0));
  llvm::Value* id = coroIntrinsic(llvm::Intrinsic::coro_id, {b_.getInt32(0), null, null, null});
  llvm::Value* size = coroIntrinsic(llvm::Intrinsic::coro_size, {}, {ml_.i64_});
  llvm::Value* mem = b_.CreateCall(ml_.runtime("tp_gc_malloc"), {size});
  coro_hdl_ = coroIntrinsic(llvm::Intrinsic::coro_begin, {id, mem});
}

// gen.start: the generator object, then the initial suspend (the ramp
// returns the generator there); the body starts after it on the first
// resume, where a throw() into the unstarted generator raises.
void FunctionLowering::genStart(const ir::Inst& inst) {
  TP_CHECK(is_gen_ && coro_hdl_ && !gen_, "gen.start outside a generator, or twice, in " + f_.name);
  gen_ = callRuntime(inst.imm.i == 1   ? "tp_coro_new"
                     : inst.imm.i == 2 ? "tp_asyncgen_new"
                                       : "tp_gen_new",
                     {coro_hdl_, ml_.genResumeHelper(), ml_.info_[index_], fn_->getArg(0)}, nullptr);
  {
    llvm::IRBuilderBase::InsertPointGuard guard(b_);
    coro_return_ = llvm::BasicBlock::Create(ml_.ctx_, "gen.return", fn_);
    b_.SetInsertPoint(coro_return_);
    coroIntrinsic(llvm::Intrinsic::coro_end, {coro_hdl_, b_.getFalse(), llvm::ConstantTokenNone::get(ml_.ctx_)});
    b_.CreateRet(gen_);
  }
  coroSuspend();
  callRuntime("tp_gen_resumed", {gen_}, &inst);
}

void FunctionLowering::coroSuspend() {
  llvm::Value* s =
      coroIntrinsic(llvm::Intrinsic::coro_suspend, {llvm::ConstantTokenNone::get(ml_.ctx_), b_.getFalse()});
  auto* resumed = llvm::BasicBlock::Create(ml_.ctx_, "gen.resumed", fn_);
  // 0: resumed; 1: destroyed (never: the GC frees frames); default: suspended.
  llvm::SwitchInst* sw = b_.CreateSwitch(s, coro_return_, 2);
  sw->addCase(b_.getInt8(0), resumed);
  sw->addCase(b_.getInt8(1), coro_return_);
  b_.SetInsertPoint(resumed);
}

void FunctionLowering::lowerDefault(const ir::Inst& inst) {
  const ir::OpInfo& info = ir::opInfo(inst.op);
  if (info.runtime_fn.empty()) TP_FATAL("lowering has no rule for op '" + std::string(info.text) + "'");
  const rt::RuntimeFn& row = ml_.runtimeRow(info.runtime_fn);
  if (inst.op == ir::Op::PyCallEx) noteCall();
  std::vector<llvm::Value*> args;
  for (ir::ValueId v : inst.operands) args.push_back(val(v));
  // The immediate fills the remaining parameters: a C string (Ptr) or an
  // interned str for imm.text, then imm.i and imm.i2 for integers.
  bool text_used = inst.imm.text.empty();
  int ints_used = 0;
  for (int i = static_cast<int>(args.size()); i < row.nparams; ++i) {
    AbiKind k = row.params[i];
    if (k == AbiKind::Ptr) {
      args.push_back(ml_.cString(inst.imm.text));
      text_used = true;
    } else if (!text_used && k == AbiKind::I64) {
      args.push_back(strValue(inst.imm.text));
      text_used = true;
    } else if (k == AbiKind::I64 || k == AbiKind::I32) {
      int64_t v = ints_used == 0 ? inst.imm.i : ints_used == 1 ? inst.imm.i2 : 0;
      if (ints_used >= 2) v = 0;  // e.g. an optional word argument: TP_NULL
      ++ints_used;
      args.push_back(llvm::ConstantInt::get(ml_.abiType(k), v));
    } else {
      TP_FATAL("cannot fill parameter " + std::to_string(i) + " of " + std::string(info.runtime_fn));
    }
  }
  std::string_view fn = info.runtime_fn;
  // A rich comparison with a str constant: only the two-strs case is inline.
  if (inst.op == ir::Op::PyCompare && inst.imm.i >= static_cast<int64_t>(ir::CmpKind::Lt) &&
      inst.imm.i <= static_cast<int64_t>(ir::CmpKind::Ge)) {
    for (ir::ValueId v : inst.operands) {
      const ir::Inst* def = defThroughCasts(v);
      if (def && def->op == ir::Op::ConstStr) fn = "tp_compare_str_fast";
    }
  }
  llvm::Value* r = callRuntime(fn, args, &inst);
  if (inst.result.valid()) {
    llvm::Type* want = typeOf(inst.result);
    if (r->getType() != want) {
      if (r->getType() == ml_.i64_ && want == ml_.i1_)
        r = b_.CreateICmpEQ(r, ml_.trueObj());
      else if (r->getType()->isVoidTy())
        r = ml_.none();
      else
        TP_FATAL("result kind of runtime function " + std::string(info.runtime_fn) + " does not match op '" +
                 std::string(info.text) + "'");
    }
    setResult(inst, r);
  }
}

void FunctionLowering::updateDebugLoc() {
  if (sp_) b_.SetCurrentDebugLocation(llvm::DILocation::get(ml_.ctx_, line_, 0, sp_));
}

void FunctionLowering::lowerInst(const ir::Inst& inst) {
  if (inst.line && inst.line != line_) {
    line_ = inst.line;
    updateDebugLoc();
  }
  if (inst.pos.line)
    pos_ = inst.pos;
  else if (inst.line)
    pos_ = {};
  auto& b = b_;
  llvm::Type* i64 = ml_.i64_;
  auto op0 = [&] { return val(inst.operands[0]); };
  auto op1 = [&] { return val(inst.operands[1]); };
  switch (inst.op) {
    // ---- constants ----
    case ir::Op::ConstInt: {
      int64_t v;
      if (parseSmallInt(inst.imm.text, v))
        setResult(inst, llvm::ConstantInt::get(i64, (static_cast<uint64_t>(v) << 1) | 1));
      else
        setResult(inst, b.CreateCall(ml_.bigintConst(inst.imm.text)));
      return;
    }
    case ir::Op::ConstFloat:
      setResult(inst, llvm::ConstantFP::get(ml_.f64_, inst.imm.f));
      return;
    case ir::Op::ConstBool:
      setResult(inst, llvm::ConstantInt::get(ml_.i1_, inst.imm.i != 0));
      return;
    case ir::Op::ConstNone:
      setResult(inst, ml_.none());
      return;
    case ir::Op::ConstStr:
      setResult(inst, strValue(inst.imm.text));
      return;
    case ir::Op::ConstBytes:
      setResult(inst, b.CreateCall(ml_.bytesConst(inst.imm.text)));
      return;
    case ir::Op::ConstNull:
      setResult(inst, llvm::Constant::getNullValue(typeOf(inst.result)));
      return;
    case ir::Op::ConstEllipsis:
      setResult(inst, ml_.runtimeObject("tp_Ellipsis_object"));
      return;

    // ---- representation ----
    case ir::Op::Box: {
      if (float_store_[inst.result.index]) return;  // made by the list.setitem (listItem)
      llvm::Value* v = op0();
      if (v->getType() == ml_.fo_)
        v = ml_.boxFloatObj(b, v);
      else if (v->getType() == ml_.f64_)
        v = b.CreateCall(ml_.runtime("tp_float_box"), {v});
      else if (v->getType() == ml_.i1_)
        v = ml_.boxBool(b, v);
      else if (ml_.m_.types[f_.value(inst.operands[0]).type].kind == ir::TypeKind::I64)
        v = b.CreateCall(ml_.runtime("tp_int_from_i64"), {v});
      setResult(inst, v);
      return;
    }
    case ir::Op::Unbox:
      setResult(inst, unbox(op0(), f_.value(inst.result).type, &inst));
      return;
    case ir::Op::FoFrom:
      if (auto it = fused_fo_.find(inst.operands[0].index); it != fused_fo_.end()) {
        setResult(inst, it->second);  // made by the list.getitem (listItem)
        return;
      }
      setResult(inst, foFrom(op0()));
      return;
    case ir::Op::ListGetItem:
    case ir::Op::ListSetItem:
      listItem(inst);
      return;
    case ir::Op::ListItemIs:
      listItemIs(inst);
      return;
    case ir::Op::PyIter:
      if (stack_iter_[inst.result.index]) {
        setResult(inst, stackIter(op0(), inst));
        return;
      }
      lowerDefault(inst);
      return;
    case ir::Op::PyNext:
      if (auto it = pair_slot_.find(inst.result.index); it != pair_slot_.end()) {
        llvm::IRBuilder<> eb(alloca_block_, alloca_block_->begin());
        it->second = eb.CreateAlloca(i64);
        setResult(inst, callRuntime("tp_next_pair", {op0(), it->second}, &inst));
        return;
      }
      if (auto it = stack_list_.find(inst.operands[0].index); it != stack_list_.end() && !cold_) {
        setResult(inst, fastSlow(
                            it->second, [&]() { return callRuntime("tp_next_list_iter", {op0()}, &inst); },
                            [&]() { return callRuntime("tp_next_fast", {op0()}, &inst); }, "next.list",
                            /*biased=*/false));
        return;
      }
      lowerDefault(inst);
      return;
    case ir::Op::PyUnpack:
      if (pair_item_[inst.result.index].valid()) {
        pair_second_[inst.result.index] = b.CreateLoad(i64, pair_slot_.at(pair_item_[inst.result.index].index));
        setResult(inst, llvm::ConstantInt::get(i64, 0));  // no tuple: only its tuple.gets read it
        return;
      }
      if (inst.imm.i2 < 0 && op0()->getType() == i64) {
        // An exact tuple of exactly imm.i items is its own unpacking (what
        // tp_unpack returns for it); anything else takes tp_unpack.
        llvm::Value* v = op0();
        auto* tuple_bb = llvm::BasicBlock::Create(ml_.ctx_, "unpack.tuple", fn_);
        auto* slow_bb = llvm::BasicBlock::Create(ml_.ctx_, "unpack.slow", fn_);
        auto* join = llvm::BasicBlock::Create(ml_.ctx_, "unpack.join", fn_);
        llvm::MDBuilder md(ml_.ctx_);
        b.CreateCondBr(isExactObject(v, "tp_tuple_type"), tuple_bb, slow_bb, md.createBranchWeights(1000, 1));
        b.SetInsertPoint(tuple_bb);
        llvm::Value* size =
            b.CreateLoad(i64, b.CreateConstGEP1_64(i64, b.CreateIntToPtr(v, ml_.ptr_), 1));  // TpTuple.size
        b.CreateCondBr(b.CreateICmpEQ(size, llvm::ConstantInt::get(i64, inst.imm.i)), join, slow_bb,
                       md.createBranchWeights(1000, 1));
        b.SetInsertPoint(slow_bb);
        llvm::Value* r = callRuntime(
            "tp_unpack", {v, llvm::ConstantInt::get(i64, inst.imm.i), llvm::ConstantInt::get(i64, -1)}, &inst);
        llvm::BasicBlock* slow_end = b.GetInsertBlock();
        b.CreateBr(join);
        b.SetInsertPoint(join);
        llvm::PHINode* phi = b.CreatePHI(i64, 2);
        phi->addIncoming(v, tuple_bb);
        phi->addIncoming(r, slow_end);
        setResult(inst, phi);
        return;
      }
      lowerDefault(inst);
      return;
    case ir::Op::PyGetAttrFo: {
      // tp_getattr_ic_f returns TP_NULL and the double through `out` for a
      // raw float slot; any other value comes back as a word.
      llvm::IRBuilder<> eb(alloca_block_, alloca_block_->begin());
      llvm::Value* out = eb.CreateAlloca(ml_.f64_);
      llvm::Value* w = callRuntime("tp_getattr_ic_f", {op0(), siteName(inst.imm.text), ml_.attrCache(), out}, &inst);
      setResult(inst, fastSlow(
                          b.CreateICmpEQ(w, llvm::ConstantInt::get(i64, 0)),
                          [&]() { return ml_.makeFo(b, llvm::ConstantInt::get(i64, 0), b.CreateLoad(ml_.f64_, out)); },
                          [&]() { return foFrom(w); }, "getattr.fo"));
      return;
    }
    case ir::Op::AttrPeek:
      setResult(inst, deferPeek(callRuntime("tp_attr_peek", {op0(), siteName(inst.imm.text), ml_.attrCache()}, &inst)));
      return;
    case ir::Op::StrGetItem:
      charWithCode(inst, "tp_str_getitem_code_pending");
      return;
    case ir::Op::StrCharAt:  // for loops over a str
      charWithCode(inst, "tp_str_char_at_code");
      return;
    case ir::Op::StrCompare:
      if (llvm::Value* in = charInConstant(inst)) {
        setResult(inst, in);
        return;
      }
      lowerDefault(inst);
      return;
    case ir::Op::StrCompareChar:
      if (llvm::Value* code = strCode(inst.operands[0])) {
        setResult(inst, callRuntime("tp_str_compare_code",
                                    {op0(), code, llvm::ConstantInt::get(ml_.i32_, inst.imm.i),
                                     llvm::ConstantInt::get(ml_.i32_, inst.imm.i2)},
                                    &inst));
        return;
      }
      lowerDefault(inst);
      return;
    case ir::Op::LayoutCheck:
      setResult(inst, layoutCheck(inst));
      return;
    // A slot's value word has an alias tag of its own (slotTag): a store
    // into an instance does not make LLVM reload a list's header.
    case ir::Op::SlotLoadF:
      setResult(inst, slotTag(b.CreateLoad(ml_.f64_, slotAddress(inst.operands[0], inst.imm.i))));
      return;
    case ir::Op::SlotLoad:
      setResult(inst, slotTag(b.CreateLoad(i64, slotAddress(inst.operands[0], inst.imm.i))));
      return;
    case ir::Op::SlotStoreF:
      slotTag(b.CreateStore(op1(), slotAddress(inst.operands[0], inst.imm.i)));
      return;
    case ir::Op::SlotStore:
      if (inst.imm.i2 == 2) {
        slotWord(inst, /*add=*/false);
        return;
      }
      slotTag(b.CreateStore(op1(), slotAddress(inst.operands[0], inst.imm.i)));
      return;
    case ir::Op::SlotAdd: {
      if (inst.imm.i2 == 2) {
        slotWord(inst, /*add=*/true);
        return;
      }
      // The value, then the tag, presence and raw-float bits of the state
      // word before the slots.
      b.CreateStore(op1(), slotAddress(inst.operands[0], inst.imm.i));
      slotState(inst.operands[0], inst.imm.i, /*add=*/true, b.getInt1(inst.imm.i2 == 1));
      return;
    }
    case ir::Op::FoBinOp:
      setResult(inst, foArith(inst));
      return;
    case ir::Op::FoCompare:
      setResult(inst, foCompare(inst));
      return;
    case ir::Op::FoNeg:
      setResult(inst, foNeg(inst));
      return;
    case ir::Op::AsFloat:
      if (pureFo(inst.operands[0])) {
        setResult(inst, b.CreateExtractValue(foFrom(op0()), 1));
        return;
      }
      setResult(inst, asFloat(op0(), inst));
      return;
    case ir::Op::FloatSqrt: {
      llvm::Value* x = op0();
      raiseIf(b.CreateFCmpOLT(x, llvm::ConstantFP::get(ml_.f64_, 0.0)), "tp_math_domain_error", {}, inst, "sqrt");
      setResult(inst, b.CreateUnaryIntrinsic(llvm::Intrinsic::sqrt, x));
      return;
    }
    case ir::Op::TypeIs: {
      // Non-raising exact-type tests (no subclasses).
      llvm::Value* v = op0();
      const std::string& what = inst.imm.text;
      if (peekedTypeTest(inst)) return;
      if (v->getType() == ml_.fo_) {
        // A floatobj holds a float exactly when its word is 0 (fo.from
        // unboxes every exact float object).
        TP_CHECK(what == "float", "type.is: a floatobj can only be tested for float");
        setResult(inst, b.CreateICmpEQ(b.CreateExtractValue(v, 0), llvm::ConstantInt::get(i64, 0)));
        return;
      }
      setResult(inst, exactTypeTest(v, what));
      return;
    }
    case ir::Op::Cast: {
      llvm::Value* v = op0();
      llvm::Type* want = typeOf(inst.result);
      if (v->getType() != want) {
        if (v->getType()->isIntegerTy() && want->isIntegerTy())
          v = b.CreateZExtOrTrunc(v, want);
        else if (v->getType() == ml_.f64_ && want == i64)
          v = b.CreateCall(ml_.runtime("tp_float_box"), {v});
        else
          v = unbox(v, f_.value(inst.result).type, &inst);
      }
      setResult(inst, v);
      return;
    }

    // ---- control flow ----
    case ir::Op::Br:
      lowerTerminatorEdges(inst.succs[0]);
      b.CreateBr(blocks_[inst.succs[0].block.index]);
      return;
    case ir::Op::CondBr: {
      llvm::Value* c = op0();
      if (c->getType() != ml_.i1_) c = b.CreateICmpNE(c, ml_.falseObj());
      llvm::BasicBlock* here = b.GetInsertBlock();
      lowerTerminatorEdges(inst.succs[0]);
      llvm::BasicBlock* else_bb = blocks_[inst.succs[1].block.index];
      if (inst.succs[0].block == inst.succs[1].block) {
        // Two edges to one block: the second goes through its own block so
        // each phi has one incoming value per predecessor.
        else_bb = llvm::BasicBlock::Create(ml_.ctx_, "edge", fn_);
        b.SetInsertPoint(else_bb);
        lowerTerminatorEdges(inst.succs[1]);
        b.CreateBr(blocks_[inst.succs[1].block.index]);
        b.SetInsertPoint(here);
      } else {
        lowerTerminatorEdges(inst.succs[1]);
      }
      // A layout region's guard (layout_spec.cpp) holds except when the
      // program changes a class or an instance's layout: its slow copy is
      // unlikely, which LLVM uses to keep it out of the fast path's way
      // (raytrace -4.6 %, nbody -2.5 % instructions). The same weights on
      // type.is guards measured worse (raytrace +4.9 %, nqueens +1.2 %).
      llvm::MDNode* weights = nullptr;
      if (const ir::Inst* d = defThroughCasts(inst.operands[0]); d && d->op == ir::Op::LayoutCheck)
        weights = llvm::MDBuilder(ml_.ctx_).createBranchWeights(2000, 1);
      b.CreateCondBr(c, blocks_[inst.succs[0].block.index], else_bb, weights);
      return;
    }
    case ir::Op::Ret: {
      llvm::Type* rt = fn_->getReturnType();
      if (is_gen_) {
        // `return v` in a generator: StopIteration's value; the coroutine ends.
        TP_CHECK(gen_, "ret before gen.start in generator " + f_.name);
        llvm::Value* v = inst.operands.empty() ? static_cast<llvm::Value*>(ml_.none()) : op0();
        callRuntime("tp_gen_return", {gen_, v}, &inst);
        b.CreateBr(coro_return_);
        return;
      }
      if (rt->isVoidTy()) {
        b.CreateRetVoid();
        return;
      }
      llvm::Value* v = inst.operands.empty() ? static_cast<llvm::Value*>(ml_.none()) : op0();
      if (v->getType() != rt) {
        if (v->getType() == ml_.f64_ && rt == i64)
          v = b.CreateCall(ml_.runtime("tp_float_box"), {v});
        else if (v->getType() == ml_.i1_ && rt == i64)
          v = ml_.boxBool(b, v);
        else if (v->getType() == ml_.fo_ && rt == i64)
          v = ml_.boxFloatObj(b, v);
        else
          v = llvm::PoisonValue::get(rt);
      }
      b.CreateRet(v);
      return;
    }
    case ir::Op::Raise:
      // No throw: the exception is made pending and goes straight to the
      // handler or the error exit (instantiating it may itself raise).
      if (inst.operands.empty())
        callRuntime("tp_reraise_set", {}, &inst);
      else if (inst.operands.size() == 1)
        callRuntime(inst.imm.i == 1 ? "tp_reraise_exc_set" : "tp_raise_set", {op0()}, &inst);
      else
        callRuntime("tp_raise_from_set", {op0(), op1()}, &inst);
      b.CreateBr(errorDispatch(&inst));
      b.SetInsertPoint(llvm::BasicBlock::Create(ml_.ctx_, "dead", fn_));
      return;
    case ir::Op::AssertFail:
      callRuntime("tp_raise_assertion", {inst.operands.empty() ? llvm::ConstantInt::get(i64, 0) : op0()}, &inst);
      return;
    case ir::Op::Unreachable:
      b.CreateUnreachable();
      return;

    // ---- typed int ----
    case ir::Op::IntAdd:
    case ir::Op::IntSub:
    case ir::Op::IntMul:
    case ir::Op::IntNeg:
    case ir::Op::IntFloorDiv:
    case ir::Op::IntMod:
    case ir::Op::IntAnd:
    case ir::Op::IntOr:
    case ir::Op::IntXor:
    case ir::Op::IntRShift:
      setResult(inst, intArith(inst));
      return;
    case ir::Op::IntFused:
      setResult(inst, intFused(inst));
      return;
    // A range loop's counted copy (passes/range_loop.cpp): small operands.
    case ir::Op::IntIsSmall:
      setResult(inst, b.CreateICmpNE(b.CreateAnd(op0(), 1), llvm::ConstantInt::get(i64, 0)));
      return;
    case ir::Op::IntLtSmall:
      setResult(inst, b.CreateICmpSLT(op0(), op1()));  // the tagging is monotonic
      return;
    case ir::Op::IntGtSmall:
      setResult(inst, b.CreateICmpSGT(op0(), op1()));
      return;
    // The index-range copy: the entry test is the masked compare
    // (isIndexWord); inside the copy the promises of assumeIndexWord.
    case ir::Op::IntIsIndex:
      setResult(inst, isIndexWord(op0()));
      return;
    case ir::Op::IntAssumeIndex:
      assumeIndexWord(op0());
      return;
    case ir::Op::IntNarrow: {
      // The same word, promised to be in the index range where the loop
      // uses it. The promise is about a copy made by an empty asm (no
      // instruction, or one register move): a promise about the word itself
      // would be dropped as implied by the entry test. The asm reads the
      // counter too, so that it and the promises stay in the loop's body:
      // hoisted before the loop they would not reach the body's arithmetic,
      // because LLVM's range analysis gives up on values that flow around
      // a loop.
      auto* opaque_ty = llvm::FunctionType::get(i64, {i64, i64}, false);
      llvm::CallInst* w = b.CreateCall(llvm::InlineAsm::get(opaque_ty, "", "=r,0,r", false), {op0(), op1()});
      w->setDoesNotAccessMemory();
      w->setDoesNotThrow();
      assumeIndexWord(w);
      setResult(inst, w);
      return;
    }
    case ir::Op::IntAddSmall:
      setResult(inst, b.CreateAdd(op0(), b.CreateSub(op1(), llvm::ConstantInt::get(i64, 1)), "", false, true));
      return;
    case ir::Op::IntLt:
    case ir::Op::IntLe:
    case ir::Op::IntGt:
    case ir::Op::IntGe:
    case ir::Op::IntEq:
    case ir::Op::IntNe:
      setResult(inst, intCompare(inst));
      return;
    case ir::Op::IntToFloat: {
      llvm::Value* a = op0();
      auto* fast = llvm::BasicBlock::Create(ml_.ctx_, "tofloat.fast", fn_);
      auto* slow = llvm::BasicBlock::Create(ml_.ctx_, "tofloat.slow", fn_);
      auto* join = llvm::BasicBlock::Create(ml_.ctx_, "tofloat.join", fn_);
      b.CreateCondBr(b.CreateICmpNE(b.CreateAnd(a, 1), llvm::ConstantInt::get(i64, 0)), fast, slow,
                     llvm::MDBuilder(ml_.ctx_).createBranchWeights(1000, 1));
      b.SetInsertPoint(fast);
      llvm::Value* r = b.CreateSIToFP(b.CreateAShr(a, 1), ml_.f64_);
      b.CreateBr(join);
      b.SetInsertPoint(slow);
      llvm::Value* sr = callRuntime("tp_int_to_float", {a}, &inst);
      b.CreateBr(join);
      llvm::BasicBlock* slow_end = b.GetInsertBlock();
      b.SetInsertPoint(join);
      llvm::PHINode* phi = b.CreatePHI(ml_.f64_, 2);
      phi->addIncoming(r, fast);
      phi->addIncoming(sr, slow_end);
      setResult(inst, phi);
      return;
    }

    // ---- typed float ----
    case ir::Op::FloatAdd:
      setResult(inst, b.CreateFAdd(op0(), op1()));
      return;
    case ir::Op::FloatSub:
      setResult(inst, b.CreateFSub(op0(), op1()));
      return;
    case ir::Op::FloatMul:
      setResult(inst, b.CreateFMul(op0(), op1()));
      return;
    case ir::Op::FloatNeg:
      setResult(inst, b.CreateFNeg(op0()));
      return;
    case ir::Op::FloatDiv:
      setResult(inst, floatDiv(op0(), op1(), inst));
      return;
    case ir::Op::FloatLt:
      setResult(inst, b.CreateFCmpOLT(op0(), op1()));
      return;
    case ir::Op::FloatLe:
      setResult(inst, b.CreateFCmpOLE(op0(), op1()));
      return;
    case ir::Op::FloatGt:
      setResult(inst, b.CreateFCmpOGT(op0(), op1()));
      return;
    case ir::Op::FloatGe:
      setResult(inst, b.CreateFCmpOGE(op0(), op1()));
      return;
    case ir::Op::FloatEq:
      setResult(inst, b.CreateFCmpOEQ(op0(), op1()));
      return;
    case ir::Op::FloatNe:
      setResult(inst, b.CreateFCmpUNE(op0(), op1()));
      return;
    case ir::Op::BoolNot:
      setResult(inst, b.CreateNot(op0()));
      return;

    // ---- dynamic ----
    case ir::Op::PyBinOp: {
      // imm.i: the operator; imm.i2 > 0: augmented assignment (TP_BINOP_INPLACE).
      int64_t code = inst.imm.i | (inst.imm.i2 > 0 ? 64 : 0);
      std::string_view fn = ir::opInfo(inst.op).runtime_fn;
      // `x + "..."`, `w + s` with one side an exact str: only the two-strs
      // case is inline (decision 0055).
      if (inst.imm.i == static_cast<int64_t>(ir::BinOpKind::Add) &&
          (isStrValue(inst.operands[0]) || isStrValue(inst.operands[1])))
        fn = "tp_binop_str_fast";
      setResult(inst, callRuntime(fn, {op0(), op1(), llvm::ConstantInt::get(ml_.i32_, code)}, &inst));
      return;
    }
    case ir::Op::PyGetAttr:
      if (method_site_[inst.result.index]) {
        // obj.name(...): the function without a bound method (TP_METHOD_TAG
        // word), consumed only by the py.call (tp_call_method_pending).
        llvm::Constant* cache = ml_.methodCache();
        method_cache_of_[inst.result.index] = cache;
        if (fused_super_[inst.operands[0].index]) {
          const ir::Inst& sup = f_.inst(f_.value(inst.operands[0]).inst);
          setResult(inst, callRuntime("tp_super_getmethod",
                                      {val(sup.operands[0]), val(sup.operands[1]), val(sup.operands[2]),
                                       strValue(inst.imm.text)},
                                      &inst));
          return;
        }
        if (uint8_t kind = exact_site_[inst.result.index]; kind != kNoExactSite && op0()->getType() == i64) {
          // The exact receiver's method is known: no lookup (exact_site_).
          llvm::Value* none = llvm::ConstantInt::get(i64, 0);
          if (kind == kStrDirect && isStrValue(inst.operands[0])) {
            setResult(inst, none);
            return;
          }
          setResult(inst,
                    fastSlow(
                        isExactObject(op0(), kind == kDictGet ? "tp_dict_type" : "tp_str_type"),
                        [&]() -> llvm::Value* { return none; },
                        [&]() -> llvm::Value* {
                          return callRuntime("tp_getmethod_ic", {op0(), ml_.strConst(inst.imm.text), cache}, &inst);
                        },
                        "method.exact"));
          return;
        }
        setResult(inst, callRuntime(poly_site_[inst.result.index] ? "tp_getmethod_ic_poly" : "tp_getmethod_ic",
                                    {op0(), ml_.strConst(inst.imm.text), cache}, &inst));
        return;
      }
      // Each attribute site gets its own inline cache (fastpath.h).
      if (peekableSite(inst)) {
        // An attribute of a parameter, in a function with a loop: the slot
        // word through a deferred peek, which PeekCache may keep across the
        // loop (decision 0084), and the lookup where it is not one.
        llvm::Value* name = siteName(inst.imm.text);
        llvm::Value* cache = ml_.attrCache();
        llvm::Value* word = deferPeek(callRuntime("tp_attr_peek_w", {op0(), name, cache}, &inst));
        setResult(inst, fastSlow(
                            b.CreateICmpNE(word, llvm::ConstantInt::get(i64, 0)), [&]() { return word; },
                            [&]() {
                              return callRuntime("tp_getattr_ic", {op0(), name, cache}, &inst);
                            },
                            "getattr.peek"));
        return;
      }
      setResult(inst, callRuntime("tp_getattr_ic", {op0(), siteName(inst.imm.text), ml_.attrCache()}, &inst));
      return;
    case ir::Op::PySetAttr: {
      llvm::Value* obj = op0();
      llvm::Value* v = op1();
      llvm::Value* name = siteName(inst.imm.text);
      llvm::Constant* cache = ml_.attrCache();
      if (v->getType() != ml_.fo_) {
        // A value made from a typed non-float (cast or boxed) skips the
        // raw-float test.
        bool word = false;
        if (const ir::ValueInfo& vi = f_.value(inst.operands[1]); vi.inst.valid()) {
          const ir::Inst& def = f_.inst(vi.inst);
          if (def.op == ir::Op::Cast || def.op == ir::Op::Box) {
            switch (ml_.m_.types[f_.value(def.operands[0]).type].kind) {
              case ir::TypeKind::Int:
              case ir::TypeKind::Bool:
              case ir::TypeKind::Str:
              case ir::TypeKind::None:
              case ir::TypeKind::List:
              case ir::TypeKind::Dict:
              case ir::TypeKind::Tuple:
                word = true;
                break;
              default:
                break;
            }
          }
        }
        callRuntime(word ? "tp_setattr_ic_w" : "tp_setattr_ic", {obj, name, v, cache}, &inst);
        return;
      }
      // A floatobj value: the float form is stored raw, anything else as a word.
      llvm::Value* w = b.CreateExtractValue(v, 0);
      fastSlow(
          b.CreateICmpEQ(w, llvm::ConstantInt::get(i64, 0)),
          [&]() -> llvm::Value* {
            callRuntime("tp_setattr_ic_f", {obj, name, b.CreateExtractValue(v, 1), cache}, &inst);
            return llvm::ConstantInt::get(i64, 0);
          },
          [&]() -> llvm::Value* {
            callRuntime("tp_setattr_ic", {obj, name, w, cache}, &inst);
            return llvm::ConstantInt::get(i64, 0);
          },
          "setattr.fo");
      return;
    }
    case ir::Op::TupleGet: {
      if (pair_item_[inst.operands[0].index].valid()) {  // a pair from tp_next_pair (findPairNexts)
        setResult(inst,
                  inst.imm.i == 0 ? val(pair_item_[inst.operands[0].index]) : pair_second_.at(inst.operands[0].index));
        return;
      }
      // TpTuple (tuple.h): header word, size, then the items.
      llvm::Value* p = b.CreateIntToPtr(op0(), ml_.ptr_);
      llvm::Value* slot = b.CreateConstInBoundsGEP1_64(i64, p, 2 + inst.imm.i);
      setResult(inst, b.CreateLoad(i64, slot));
      return;
    }
    case ir::Op::FuncClosure: {
      TP_CHECK(index_ != ml_.m_.init.index, "func.closure in a module's init function");
      // TpFunction::closure, the fifth word of the function object (the
      // direct entry's first parameter; static_assert in func.cpp), set
      // when the object is made and never changed.
      llvm::LoadInst* closure = b.CreateLoad(i64, b.CreateConstInBoundsGEP1_64(i64, fn_->getArg(0), 4), "closure");
      closure->setMetadata(llvm::LLVMContext::MD_invariant_load, llvm::MDNode::get(ml_.ctx_, {}));
      setResult(inst, closure);
      return;
    }
    case ir::Op::PyIs:
      setResult(inst, b.CreateICmpEQ(op0(), op1()));
      return;
    case ir::Op::IsNull:
      setResult(inst, b.CreateICmpEQ(op0(), llvm::ConstantInt::get(i64, 0)));
      return;
    case ir::Op::PyCall: {
      if (fused_super_[inst.result.index]) {  // made by its method site (findMethodSites)
        setResult(inst, llvm::ConstantInt::get(i64, 0));
        return;
      }
      if (exact_site_[inst.operands[0].index] == kDictGet) {
        // `d.get(k[, dflt])` (exact_site_): an exact dict's lookup inline,
        // anything else the method site's generic call.
        ir::ValueId receiver = f_.inst(f_.value(inst.operands[0]).inst).operands[0];
        std::vector<llvm::Value*> args = {val(receiver)};
        for (size_t i = 1; i < inst.operands.size(); ++i) args.push_back(val(inst.operands[i]));
        bool words = true;
        for (llvm::Value* a : args) words = words && a->getType() == i64;
        if (words) {
          llvm::Value* callee = op0();
          setResult(inst, fastSlow(
                              isExactObject(args[0], "tp_dict_type"),
                              [&]() -> llvm::Value* {
                                noteCall();
                                llvm::Value* v = callRuntime("tp_dict_get", {args[0], args[1]}, &inst);
                                llvm::Value* dflt = args.size() == 3 ? args[2] : ml_.none();
                                return b.CreateSelect(b.CreateICmpEQ(v, llvm::ConstantInt::get(i64, 0)), dflt, v);
                              },
                              [&]() -> llvm::Value* {
                                noteCall();
                                return callRuntime(
                                    "tp_call_method_pending",
                                    {callee, arrayOf(args), llvm::ConstantInt::get(i64, args.size() - 1),
                                     llvm::ConstantInt::get(i64, 0), method_cache_of_.at(inst.operands[0].index)},
                                    &inst);
                              },
                              "dict.get"));
          return;
        }
      }
      noteCall();
      std::vector<std::string> kw;
      const std::string& t = inst.imm.text;
      for (size_t s = 0; !t.empty() && s <= t.size();) {
        size_t e = t.find(',', s);
        if (e == std::string::npos) e = t.size();
        kw.push_back(t.substr(s, e - s));
        s = e + 1;
      }
      if (inst.operands.size() == 2 && float_store_[inst.operands[1].index]) {
        // int(x) of a float whose box only this call used (findFloatItems).
        const ir::Inst& box = f_.inst(f_.value(inst.operands[1]).inst);
        setResult(inst, callRuntime("tp_call_int_f", {op0(), val(box.operands[0])}, &inst));
        return;
      }
      std::vector<llvm::Value*> args;
      for (size_t i = 1; i < inst.operands.size(); ++i) args.push_back(val(inst.operands[i]));
      TP_CHECK(kw.size() <= args.size(), "py.call has more keyword names than arguments");
      if (kw.empty()) {
        // A builtin called by its name (decision 0034): the common cases
        // inline, guarded by the callee still being the runtime's builtin.
        const std::string* name = ir::builtinLoadName(f_, inst.operands[0]);
        if (const char* fn = name ? ir::builtinCallEntry(*name, args.size()) : nullptr) {
          // len(s) and ord(s) of a value typed str (an exact str) skip the type test.
          if (args.size() == 1 && (*name == "len" || *name == "ord") && isStrValue(inst.operands[1]))
            fn = *name == "len" ? "tp_call_len_str" : "tp_call_ord_str";
          llvm::Value* code = *name == "ord" && args.size() == 1 ? strCode(inst.operands[1]) : nullptr;
          if (code) {
            fn = "tp_call_ord_code";
            args.push_back(code);
          }
          args.insert(args.begin(), op0());
          setResult(inst, callRuntime(fn, args, &inst));
          return;
        }
      }
      llvm::Value* names =
          kw.empty() ? static_cast<llvm::Value*>(llvm::ConstantInt::get(i64, 0)) : b.CreateCall(ml_.kwnames(kw, t));
      if (method_site_[inst.operands[0].index]) {
        // The receiver goes in front of the arguments (see findMethodSites).
        const ir::Inst& getattr = f_.inst(f_.value(inst.operands[0]).inst);
        ir::ValueId receiver = getattr.operands[0];
        if (fused_super_[receiver.index]) receiver = f_.inst(f_.value(receiver).inst).operands[2];  // self
        args.insert(args.begin(), val(receiver));
        llvm::Value* arr = arrayOf(args);
        // `x.get(k[, d])`: the exact-dict case inline (fastpath.h).
        const char* call_fn = kw.empty() && getattr.imm.text == "get" && (args.size() == 2 || args.size() == 3)
                                  ? "tp_call_method_get_pending"
                                  : "tp_call_method_pending";
        auto generic = [&]() -> llvm::Value* {
          return callRuntime(call_fn,
                             {op0(), arr, llvm::ConstantInt::get(i64, args.size() - 1 - kw.size()), names,
                              method_cache_of_.at(inst.operands[0].index)},
                             &inst);
        };
        if (exact_site_[inst.operands[0].index] == kStrDirect && args[0]->getType() == i64) {
          // str's own method, called directly when the receiver is an exact
          // str (the getattr did no lookup then).
          std::string direct = "tp_str_m_" + getattr.imm.text;
          auto call_direct = [&]() -> llvm::Value* {
            return callRuntime(direct, {arr, llvm::ConstantInt::get(i64, args.size())}, &inst);
          };
          if (isStrValue(receiver))
            setResult(inst, call_direct());
          else
            setResult(inst, fastSlow(isExactObject(args[0], "tp_str_type"), call_direct, generic, "str.method"));
          return;
        }
        setResult(inst, generic());
        return;
      }
      llvm::Value* arr = arrayOf(args);
      setResult(inst, callRuntime("tp_call_pending",
                                  {op0(), arr, llvm::ConstantInt::get(i64, args.size() - kw.size()), names}, &inst));
      return;
    }
    case ir::Op::StrJoin: {
      std::vector<llvm::Value*> parts;
      for (ir::ValueId v : inst.operands) parts.push_back(val(v));
      llvm::Value* arr = arrayOf(parts);
      setResult(inst, callRuntime("tp_str_concat", {arr, llvm::ConstantInt::get(i64, parts.size())}, &inst));
      return;
    }

    // ---- construction ----
    case ir::Op::ListNew:
    case ir::Op::TupleNew: {
      std::vector<llvm::Value*> items;
      for (ir::ValueId v : inst.operands) items.push_back(val(v));
      llvm::Value* arr = arrayOf(items);
      const char* fn = inst.op == ir::Op::ListNew ? "tp_list_new" : "tp_tuple_new";
      setResult(inst, callRuntime(fn, {llvm::ConstantInt::get(i64, items.size()), arr}, &inst));
      return;
    }
    case ir::Op::SetNew: {
      // imm.i 1: a display of constants (CPython's frozenset-constant layout).
      std::vector<llvm::Value*> items;
      for (ir::ValueId v : inst.operands) items.push_back(val(v));
      setResult(inst, callRuntime("tp_set_display",
                                  {arrayOf(items), llvm::ConstantInt::get(i64, items.size()),
                                   llvm::ConstantInt::get(ml_.i1_, inst.imm.i == 1)},
                                  &inst));
      return;
    }
    case ir::Op::DictNew: {
      // A display of more than 5 items gets its tables at once, as in CPython.
      size_t n = inst.operands.size() / 2;
      llvm::Value* d = n > 5 ? callRuntime("tp_dict_new_presized", {llvm::ConstantInt::get(i64, n)}, &inst)
                             : callRuntime("tp_dict_new", {}, &inst);
      for (size_t i = 0; i + 1 < inst.operands.size(); i += 2)
        callRuntime("tp_dict_setitem", {d, val(inst.operands[i]), val(inst.operands[i + 1])}, &inst);
      setResult(inst, d);
      return;
    }

    // ---- names ----
    case ir::Op::GlobalLoad: {
      // Each site caches where the name lives (fastpath.h TpGlobalCache).
      llvm::Value* g = b.CreateLoad(i64, ml_.globals_);
      setResult(inst, callRuntime("tp_global_load_ic", {g, strValue(inst.imm.text), ml_.globalCache()}, &inst));
      return;
    }
    case ir::Op::GlobalStore: {
      llvm::Value* g = b.CreateLoad(i64, ml_.globals_);
      callRuntime("tp_global_store", {g, strValue(inst.imm.text), op0()}, &inst);
      return;
    }
    case ir::Op::ImportStar: {
      llvm::Value* g = b.CreateLoad(i64, ml_.globals_);
      callRuntime("tp_import_star", {op0(), g}, &inst);
      return;
    }
    case ir::Op::GlobalDel: {
      llvm::Value* g = b.CreateLoad(i64, ml_.globals_);
      callRuntime("tp_global_del", {g, strValue(inst.imm.text)}, &inst);
      return;
    }
    case ir::Op::BuiltinLoad: {
      // A builtin the runtime does not provide yet is a NameError, not a crash.
      llvm::Value* v = b.CreateCall(ml_.builtin(inst.imm.text));
      raiseIf(b.CreateICmpEQ(v, llvm::ConstantInt::get(i64, 0)), "tp_raise_name_error", {ml_.cString(inst.imm.text)},
              inst, "builtin");
      setResult(inst, v);
      return;
    }
    case ir::Op::CellNew:
      setResult(inst,
                callRuntime("tp_cell_new", {inst.operands.empty() ? llvm::ConstantInt::get(i64, 0) : op0()}, &inst));
      return;
    case ir::Op::CellGet: {
      // TpCell (runtime.h): the header word, then the value; an empty cell
      // raises in tp_cell_get.
      if (cold_) {
        setResult(inst, callRuntime("tp_cell_get", {op0(), ml_.cString(inst.imm.text)}, &inst));
        return;
      }
      llvm::Value* p = b.CreateIntToPtr(op0(), ml_.ptr_);
      llvm::Value* v = b.CreateLoad(i64, b.CreateConstGEP1_64(i64, p, 1));
      raiseIf(b.CreateICmpEQ(v, llvm::ConstantInt::get(i64, 0)), "tp_cell_get", {op0(), ml_.cString(inst.imm.text)},
              inst, "cell");
      setResult(inst, v);
      return;
    }
    case ir::Op::CellSet:
      if (cold_ || op1()->getType() != i64) {
        callRuntime("tp_cell_set", {op0(), op1()}, &inst);
        return;
      }
      b.CreateStore(op1(), b.CreateConstGEP1_64(i64, b.CreateIntToPtr(op0(), ml_.ptr_), 1));
      return;
    case ir::Op::CheckBound:
      raiseIf(b.CreateICmpEQ(op0(), llvm::ConstantInt::get(i64, 0)), "tp_raise_unbound_local",
              {ml_.cString(inst.imm.text)}, inst, "bound");
      return;

    // ---- functions ----
    case ir::Op::FuncNew: {
      std::vector<llvm::Value*> args{ml_.info_[inst.imm.func.index]};
      for (size_t i = 0; i < 3; ++i)
        args.push_back(i < inst.operands.size() ? val(inst.operands[i]) : static_cast<llvm::Value*>(ml_.none()));
      setResult(inst, callRuntime("tp_func_new", args, &inst));
      return;
    }
    case ir::Op::CtorNew:
      // Guard and allocation of a direct constructor call (fastpath.h; the
      // runtime bitcode inlines it): the class's constructor memo must hold
      // a function of the def imm.func.
      setResult(inst, b.CreateCall(ml_.runtime("tp_ctor_new"), {op0(), ml_.info_[inst.imm.func.index]}));
      return;
    case ir::Op::MethodIs:
      // A guard of a direct method call (ops.def); only a method site gives
      // a method word.
      if (!method_site_[inst.operands[0].index]) {
        setResult(inst, llvm::ConstantInt::getFalse(ml_.ctx_));
        return;
      }
      if (auto it = method_cache_of_.find(inst.operands[0].index); it != method_cache_of_.end())
        setResult(inst,
                  b.CreateCall(ml_.runtime("tp_method_is_c"), {op0(), ml_.info_[inst.imm.func.index], it->second}));
      else
        setResult(inst, b.CreateCall(ml_.runtime("tp_method_is"), {op0(), ml_.info_[inst.imm.func.index]}));
      return;
    case ir::Op::CtorInitResult:
      raiseIf(b.CreateICmpNE(op0(), ml_.none()), "tp_raise_init_result", {op0()}, inst, "init");
      return;
    case ir::Op::CallDirect: {
      // A quiet callee (and whatever it calls) never reads the frame stack,
      // so the position of the call need not be in this frame's slot: no
      // store per call of spectral_norm's matrix_entry.
      if (inst.imm.i != 1 && !ml_.quiet_[inst.imm.func.index]) noteCall();
      llvm::Function* callee = ml_.direct_[inst.imm.func.index];
      llvm::FunctionType* fty = callee->getFunctionType();
      std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(ml_.ptr_))};
      for (ir::ValueId v : inst.operands) args.push_back(val(v));
      // The depth the callee counts from: this frame's; for the generic
      // entry handing over to its typed clone (imm.i == 1) the caller's, so
      // that the two count as one frame. Generators (not counted) read it.
      if (inst.imm.i == 1 && rec_entry_)
        args.push_back(rec_entry_);
      else if (rec_inside_)
        args.push_back(rec_inside_);
      else
        args.push_back(b.CreateLoad(ml_.i64_, ml_.recDepth(), "depth"));
      TP_CHECK(args.size() == fty->getNumParams(),
               "call.direct argument count mismatch calling " + callee->getName().str());
      for (size_t i = 0; i < args.size(); ++i)
        TP_CHECK(args[i]->getType() == fty->getParamType(i),
                 "call.direct argument type mismatch calling " + callee->getName().str());
      // The callee returns its exceptions pending. imm.i == 1: the generic
      // entry handing over to its typed clone; the clone's traceback frame
      // stands for this one, so its error exit adds no second frame.
      // The test looks at the result first (branchIfPending), except for a
      // machine int, which is often 0.
      const ir::Function& target = ml_.m_.functions[inst.imm.func.index];
      bool tested = !fty->getReturnType()->isVoidTy() && ml_.m_.types[target.result].kind != ir::TypeKind::I64;
      llvm::Value* r;
      if (inst.imm.i == 1 && !inst.unwind.valid()) {
        r = b.CreateCall(callee, args);
        if (!bare_error_exit_) {
          llvm::IRBuilderBase::InsertPointGuard guard(b_);
          bare_error_exit_ = llvm::BasicBlock::Create(ml_.ctx_, "exc.pass", fn_);
          b_.SetInsertPoint(bare_error_exit_);
          errorReturn();
        }
        branchIfPending(bare_error_exit_, tested ? r : nullptr);
      } else {
        r = emitCall(callee, args, true, &inst, false);
        // A cold block (the big-int original of a versioned range loop, a
        // layout region's slow copy) calls a callee that makes calls of
        // its own out of line: inlining it there only makes code to
        // compile (wordfreq's generate_text: 10,092 -> 7,606 LLVM
        // instructions). A quiet callee (arithmetic) is still inlined: a
        // call there would clobber the registers that the warm copy keeps
        // its values in (spectral_norm's accumulator, +6.5 % instructions).
        bool cold_call = cold_block_ && !ml_.quiet_[inst.imm.func.index];
        if (cold_call)
          llvm::cast<llvm::CallBase>(r)->setIsNoInline();
        else if (ml_.small_leaf_[inst.imm.func.index] && !cold_)
          llvm::cast<llvm::CallBase>(r)->addFnAttr(llvm::Attribute::AlwaysInline);
        branchIfPending(errorDispatch(&inst), tested ? r : nullptr);
      }
      if (inst.result.valid()) {
        if (r->getType()->isVoidTy()) r = ml_.none();
        setResult(inst, r);
      }
      return;
    }

    case ir::Op::SetLine:
      line_ = static_cast<uint32_t>(inst.imm.i);
      pos_ = {};
      updateDebugLoc();
      return;
    case ir::Op::CheckInterrupt:
      interruptCheck(inst);
      return;

    // ---- generators ----
    case ir::Op::GenStart:
      genStart(inst);
      return;
    case ir::Op::GenYield: {
      TP_CHECK(gen_, "gen.yield before gen.start in " + f_.name);
      callRuntime("tp_gen_yield", {gen_, op0()}, &inst);
      coroSuspend();
      setResult(inst, callRuntime("tp_gen_resumed", {gen_}, &inst));
      return;
    }
    case ir::Op::GenYieldFrom: {
      TP_CHECK(gen_, "gen.yield_from before gen.start in " + f_.name);
      llvm::Value* r0 = callRuntime("tp_gen_yield_from", {gen_, op0()}, &inst);
      llvm::BasicBlock* here = b.GetInsertBlock();
      auto* wait = llvm::BasicBlock::Create(ml_.ctx_, "yf.wait", fn_);
      auto* done = llvm::BasicBlock::Create(ml_.ctx_, "yf.done", fn_);
      b.CreateCondBr(b.CreateICmpEQ(r0, llvm::ConstantInt::get(i64, 0)), wait, done);
      b.SetInsertPoint(wait);
      coroSuspend();
      llvm::Value* r1 = callRuntime("tp_gen_resumed", {gen_}, &inst);
      llvm::BasicBlock* wait_end = b.GetInsertBlock();
      b.CreateBr(done);
      b.SetInsertPoint(done);
      llvm::PHINode* phi = b.CreatePHI(i64, 2, "yf.result");
      phi->addIncoming(r0, here);
      phi->addIncoming(r1, wait_end);
      setResult(inst, phi);
      return;
    }
    case ir::Op::FuncArg:
      TP_FATAL("func.arg placeholder reached lowering");

    default:
      lowerDefault(inst);
      return;
  }
}

}  // namespace

std::string moduleInitSymbol(const ir::Module& module) {
  if (module.name.empty() || module.name == "__main__") return "__taipan_main_init";
  // Injective: '$' never occurs in a Python name.
  std::string s = "__taipan_init_";
  for (char c : module.name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      s += c;
    } else if (c == '.') {
      s += '$';
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "$%02x", static_cast<unsigned char>(c));
      s += buf;
    }
  }
  return s;
}

std::unique_ptr<llvm::Module> lowerModule(const ir::Module& module, llvm::LLVMContext& context,
                                          const LowerOptions& options, std::string& error) {
  ModuleLowering ml(module, context, options);
  return ml.run(error);
}

}  // namespace taipan::lower
