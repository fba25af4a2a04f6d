// Taipan's intermediate representation: typed SSA with block arguments (no
// phi nodes), dense integer IDs into per-function stores, and every
// operation declared once in ops.def. This header holds the data model; the
// builder (builder.h), text printer and parser (text.h) and verifier
// (verifier.h) are the only ways the rest of the compiler creates, shows,
// reads and checks it.
//
// Values. A Value is either an instruction's result or a block argument, and
// has a type from the module's TypeStore. Word-sized types (object, int, str,
// list[...], class C, none, ...) are all represented by the runtime's TpValue
// word (runtime/include/taipan/value.h); `float` is an unboxed f64 and `bool`
// an i1; `floatobj` is any value with floats unboxed (a word and an f64).
// `box`/`unbox`/`cast`/`fo.from` are the only ops that change representation.
//
// Exceptions. An instruction whose op has kRaise may raise. If it has an
// `unwind` block, a raised exception transfers control there (lowered to
// LLVM invoke/landingpad); otherwise it propagates out of the function.
// Inside the unwind block, `exc.current` yields the exception.
#pragma once

#include <compare>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace taipan::ir {

// The most instance slots a class gets (the runtime's TP_MAX_SLOTS, object.h):
// layout.check specs name slot indices below it.
constexpr int kMaxSlots = 31;

// The index range of int.is_index and int.assume_index is [0, 2**kIndexBits):
// a sum of two such values times another stays a small int, and so does
// the product of two sums of two (decision 0068).
constexpr int kIndexBits = 28;

// ---- dense IDs ----
template <class Tag>
struct Id {
  int32_t index = -1;
  constexpr Id() = default;
  constexpr explicit Id(int32_t i) : index(i) {}
  constexpr bool valid() const { return index >= 0; }
  constexpr explicit operator bool() const { return valid(); }
  friend constexpr bool operator==(Id a, Id b) { return a.index == b.index; }
  friend constexpr bool operator!=(Id a, Id b) { return a.index != b.index; }
  friend constexpr bool operator<(Id a, Id b) { return a.index < b.index; }
};
using TypeId = Id<struct TypeTag>;
using FuncId = Id<struct FuncTag>;
using BlockId = Id<struct BlockTag>;
using InstId = Id<struct InstTag>;
using ValueId = Id<struct ValueTag>;

// ---- ops ----
enum class Op : uint16_t {
#define TP_OP(Name, Text, Operands, Result, Flags, RuntimeFn) Name,
#include "compiler/ir/ops.def"
};

enum OpFlags : uint8_t { kTerm = 1, kRaise = 2, kPure = 4 };
enum class ResultRule : uint8_t { None, Any, Object, Int, Float, Bool, NoneT, Str, I64 };

struct OpInfo {
  std::string_view text;
  int operands;  // -1: variadic
  ResultRule result;
  uint8_t flags;
  std::string_view runtime_fn;  // "" when lowering handles the op itself
};
const OpInfo& opInfo(Op op);
inline constexpr int kNumOps = 0
#define TP_OP(Name, Text, Operands, Result, Flags, RuntimeFn) +1
#include "compiler/ir/ops.def"
    ;
bool parseOpName(std::string_view text, Op& out);

// Operator codes carried in Inst::imm.i by py.binop / py.unaryop / py.compare.
enum class BinOpKind : uint8_t { Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, Or, Xor, And };
enum class UnaryOpKind : uint8_t { Neg, Pos, Invert, Not };
enum class CmpKind : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };
// Spellings used by the text form ("add", "floordiv", "lt", "not_in", ...);
// nullptr when the code is out of range.
const char* binOpName(int64_t kind);
const char* unaryOpName(int64_t kind);
const char* cmpName(int64_t kind);
bool parseBinOpName(std::string_view text, int64_t& out);
bool parseUnaryOpName(std::string_view text, int64_t& out);
bool parseCmpName(std::string_view text, int64_t& out);

// ---- types ----
enum class TypeKind : uint8_t {
  Object,    // any Python value, dynamic path
  Int,       // Python int (tagged small int or big-int object)
  Float,     // unboxed f64
  FloatObj,  // any value, a float kept unboxed: the pair (word, f64) where word 0 means "the float f64"
  Bool,      // unboxed i1
  None,      // the None singleton
  Str,
  Bytes,
  List,   // params: element
  Tuple,  // params: elements (empty params + `variadic` = tuple[T, ...])
  Dict,   // params: key, value
  Set,    // params: element
  Class,  // name: qualified class name
  Func,   // a function object
  Cell,   // a closure cell
  I64,    // machine integer (internal: counts, indices)
  Void,   // no value (function results only)
};

struct Type {
  TypeKind kind;
  std::vector<TypeId> params;
  std::string name;       // Class only
  bool variadic = false;  // Tuple only
};

// Types are interned: equal types have equal TypeIds.
class TypeStore {
 public:
  TypeStore();
  TypeId get(TypeKind kind, std::vector<TypeId> params = {}, std::string name = {}, bool variadic = false);
  const Type& operator[](TypeId id) const { return types_[id.index]; }
  size_t size() const { return types_.size(); }
  // Shorthands for the common types.
  TypeId object() const { return object_; }
  TypeId intType() const { return int_; }
  TypeId floatType() const { return float_; }
  TypeId floatObjType() const { return floatobj_; }
  TypeId boolType() const { return bool_; }
  TypeId noneType() const { return none_; }
  TypeId strType() const { return str_; }
  TypeId i64() const { return i64_; }
  TypeId voidType() const { return void_; }
  // True for types represented by the TpValue word (everything but float, bool, i64, void).
  bool isWord(TypeId id) const;
  std::string print(TypeId id) const;  // "object", "list[int]", "tuple[int, str]", "class Point"

 private:
  std::vector<Type> types_;
  std::unordered_map<std::string, TypeId> index_;  // interning key -> id
  TypeId object_, int_, float_, floatobj_, bool_, none_, str_, i64_, void_;
};

// ---- instructions, blocks, functions ----

struct Immediate {
  std::string text;  // const.int digits, const.str bytes, attribute/global name, keyword names
  int64_t i = 0;     // const.bool, operator codes, counts, line numbers
  int64_t i2 = -1;   // secondary integer (e.g. starred index of py.unpack)
  double f = 0.0;    // const.float
  FuncId func;       // func.new, call.direct
};

struct Successor {
  BlockId block;
  std::vector<ValueId> args;
};

// Where an instruction's expression is in the source, for the carets of a
// traceback (CPython's co_positions): lines are 1-based, columns 0-based
// UTF-8 byte offsets (col_offset), kNoColumn when unknown. anchor_lo/hi are
// the part shown with '^' inside a '~' range (a binary operator, a
// subscript's brackets), in the start line's byte columns, or kNoColumn.
// Positions are debug information: the textual IR does not print them.
struct SrcPos {
  static constexpr uint32_t kNoColumn = UINT32_MAX;
  uint32_t line = 0;  // 0: unknown (the instruction's `line` stands)
  uint32_t end_line = 0;
  uint32_t col = kNoColumn;
  uint32_t end_col = kNoColumn;
  uint32_t anchor_lo = kNoColumn;
  uint32_t anchor_hi = kNoColumn;
  bool operator==(const SrcPos&) const = default;
  auto operator<=>(const SrcPos&) const = default;
};

struct Inst {
  Op op;
  ValueId result;  // invalid when the op has no result
  std::vector<ValueId> operands;
  std::vector<Successor> succs;  // br: 1, cond_br: 2
  Immediate imm;
  BlockId unwind;      // exception edge (kRaise ops only)
  uint32_t line = 0;   // source line, 0 if unknown
  SrcPos pos;          // the expression's position, for tracebacks
  uint32_t frame = 0;  // 0, or 1 + the index of the Function::inline_frames entry it runs in
};

// A comprehension compiled into its function, which CPython runs as a
// function of its own: the traceback of an exception raised in it lists a
// frame for it (`<listcomp>` ...) above the enclosing one. Debug
// information like SrcPos: not printed in the textual IR.
struct InlineFrame {
  std::string name;     // "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"
  uint32_t parent = 0;  // the frame it is nested in (0: the function's own)
  SrcPos call;          // the comprehension in the parent frame
};

struct Block {
  std::vector<ValueId> args;
  std::vector<InstId> insts;  // the last one is a terminator in a verified function
  // Rarely run (a layout-specialised region's slow copy): lowering calls the
  // runtime's fast paths here out of line instead of inlining them
  // (decision 0039). A hint, not printed in the textual IR.
  bool cold = false;
  // Runs only after a failed speculation check (the generic copy of a
  // speculating method, decision 0056): lowering calls the runtime's
  // out-of-line twins here, as in a cold function. A hint, not printed.
  bool twins = false;
};

struct ValueInfo {
  TypeId type;
  InstId inst;       // defining instruction, or invalid for a block argument
  BlockId block;     // the block whose argument this is (block arguments only)
  std::string name;  // optional source name, printed as %name.N
};

// How a function receives its arguments from dynamic calls (CPython's
// signature model); the runtime binds positional/keyword arguments with it.
struct Signature {
  // positional-only, then positional-or-keyword, then keyword-only, then the
  // *args and **kwargs names when present (like TpFuncInfo::params).
  std::vector<std::string> params;
  uint32_t posonly = 0;
  uint32_t kwonly = 0;
  bool varargs = false;  // *args: one extra trailing parameter (tuple)
  bool varkw = false;    // **kwargs: one extra trailing parameter (dict)
};

struct Function {
  std::string name;      // e.g. "fib"
  std::string qualname;  // e.g. "Outer.method.<locals>.inner"
  std::string symbol;    // unique symbol for codegen
  Signature sig;
  TypeId result;
  std::vector<ValueId> params;  // the entry block's arguments, one per Signature parameter
  uint32_t line = 0;
  bool is_module_init = false;
  bool is_generator = false;  // a generator function: its body starts with gen.start (printed `generator`)

  std::vector<Block> blocks;  // blocks[0] is the entry block
  std::vector<Inst> insts;
  std::vector<InlineFrame> inline_frames;
  std::vector<ValueInfo> values;

  BlockId entry() const { return BlockId(0); }
  Block& block(BlockId id) { return blocks[id.index]; }
  const Block& block(BlockId id) const { return blocks[id.index]; }
  Inst& inst(InstId id) { return insts[id.index]; }
  const Inst& inst(InstId id) const { return insts[id.index]; }
  ValueInfo& value(ValueId id) { return values[id.index]; }
  const ValueInfo& value(ValueId id) const { return values[id.index]; }
};

// Another module compiled into the same program (see ir::Module).
struct ProgramModule {
  std::string name;  // dotted name: "pkg.sub"
  std::string file;  // its __file__
  bool is_package = false;
};

struct Module {
  std::string name;         // module name, "__main__" for the program
  std::string source_path;  // for tracebacks
  // The main module only: every other module of the program, which its init
  // registers with the runtime (tp_module_register) before running its body.
  std::vector<ProgramModule> program_modules;
  TypeStore types;
  std::vector<Function> functions;
  FuncId init;  // the module's top-level code

  Function& func(FuncId id) { return functions[id.index]; }
  const Function& func(FuncId id) const { return functions[id.index]; }
};

// For each function of `m`: true when it is the generic version of a
// function that also has a typed clone: its entry or its body (irgen names
// the entry "tp$N$name", the body "tp$K$name$generic" and the clone
// "tp$M$name$typed", with the same qualname and line; a function may itself
// be called `typed` or `generic`). isGenericBody tells the two apart.
bool isGenericBody(const Function& f);
std::vector<bool> genericsWithClones(const Module& m);

// For each function of the main module `m` ("__main__"; every function of
// another module is false): true when it runs at most once per run of the
// program, as far as the module's own code shows (decision 0046). That is a
// function of a top-level def (its entry, typed clone and generic body) whose
// name is bound only by that def, used only as the callee of calls, and
// called only outside loops of the module's top-level code or of another such
// function: `main()` under `if __name__ == "__main__":` and what main calls
// once (raytrace's build_scene). A hint for compile time (lowering treats
// such a function without a loop as cold code): another module or
// globals() may still call it, which costs speed, never correctness.
std::vector<bool> runOnceFunctions(const Module& m);

// The name NAME when `v` is the result of `builtin.load NAME` in `f`, else
// nullptr.
const std::string* builtinLoadName(const Function& f, ValueId v);
// True when `v` is an exact int: typed `int`, or a `cast` of an `int` value
// to a word type (how irgen passes a typed int as an object operand, e.g.
// the key of list.getitem).
bool isExactInt(const Module& m, const Function& f, ValueId v);
// Typed int and float arithmetic and comparisons, int.to_float and bool.not:
// they run no user code and touch no memory (some raise: division by zero,
// a negative shift). The common core of the op sets that speculation
// (keepsPeeks), layout specialisation (safe) and lowering (quietOp) accept.
bool isScalarArithmetic(Op op);
// The runtime entry that a `py.call` of `builtin.load NAME` with `nargs`
// positional arguments lowers to (decision 0034: tp_call_len and the like,
// guarded by the callee still being the builtin), or nullptr when the call
// takes the generic path.
const char* builtinCallEntry(std::string_view name, size_t nargs);

}  // namespace taipan::ir
