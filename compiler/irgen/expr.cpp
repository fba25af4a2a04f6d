// Expressions: constants, operators with the typed int/float/bool fast paths
// chosen by compiler/types' rules (and the dynamic py.* ops otherwise),
// short-circuit conditions compiled to branches, chained comparisons,
// displays, subscripts and slices, f-strings, comprehensions (inlined into
// the enclosing function) and the generator expressions that builtins
// consume immediately.
#include <functional>

#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

namespace {

ir::BinOpKind irBinOp(BinOpKind op) {
  switch (op) {
    case BinOpKind::Add:
      return ir::BinOpKind::Add;
    case BinOpKind::Sub:
      return ir::BinOpKind::Sub;
    case BinOpKind::Mult:
      return ir::BinOpKind::Mul;
    case BinOpKind::MatMult:
      return ir::BinOpKind::MatMul;
    case BinOpKind::Div:
      return ir::BinOpKind::TrueDiv;
    case BinOpKind::Mod:
      return ir::BinOpKind::Mod;
    case BinOpKind::Pow:
      return ir::BinOpKind::Pow;
    case BinOpKind::LShift:
      return ir::BinOpKind::LShift;
    case BinOpKind::RShift:
      return ir::BinOpKind::RShift;
    case BinOpKind::BitOr:
      return ir::BinOpKind::Or;
    case BinOpKind::BitXor:
      return ir::BinOpKind::Xor;
    case BinOpKind::BitAnd:
      return ir::BinOpKind::And;
    case BinOpKind::FloorDiv:
      return ir::BinOpKind::FloorDiv;
  }
  return ir::BinOpKind::Add;
}

ir::CmpKind irCmp(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq:
      return ir::CmpKind::Eq;
    case CmpOpKind::NotEq:
      return ir::CmpKind::Ne;
    case CmpOpKind::Lt:
      return ir::CmpKind::Lt;
    case CmpOpKind::LtE:
      return ir::CmpKind::Le;
    case CmpOpKind::Gt:
      return ir::CmpKind::Gt;
    case CmpOpKind::GtE:
      return ir::CmpKind::Ge;
    case CmpOpKind::Is:
      return ir::CmpKind::Is;
    case CmpOpKind::IsNot:
      return ir::CmpKind::IsNot;
    case CmpOpKind::In:
      return ir::CmpKind::In;
    case CmpOpKind::NotIn:
      return ir::CmpKind::NotIn;
  }
  return ir::CmpKind::Eq;
}

}  // namespace

ValueId FuncGen::constant(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None:
      return B().constNone();
    case Constant::Kind::True:
      return B().constBool(true);
    case Constant::Kind::False:
      return B().constBool(false);
    case Constant::Kind::Ellipsis:
      return B().constEllipsis();
    case Constant::Kind::Int:
      return B().constInt(std::string(c.text));
    case Constant::Kind::Float:
      return B().constFloat(c.number);
    case Constant::Kind::Str:
      return B().constStr(std::string(c.text));
    case Constant::Kind::Bytes:
      return B().constBytes(std::string(c.text));
    case Constant::Kind::Complex:
      // An imaginary literal is complex(0.0, imag): the builtin, never a shadowing name.
      return B().pyCall(B().builtinLoad("complex"), {B().box(B().constFloat(0.0)), B().box(B().constFloat(c.number))});
  }
  return {};
}

ValueId FuncGen::expr(const Expr* e) {
  ir::SrcPos saved = B().pos();
  B().setPos(m_.posOf(e));
  ValueId v = exprHere(e);
  B().setPos(saved);
  return v;
}

ValueId FuncGen::exprHere(const Expr* e) {
  if (!live()) {
    // Code after a terminator inside an expression cannot happen; keep a value for the caller.
    TP_CHECK(false, "irgen: expression in dead code");
  }
  switch (e->kind) {
    case NodeKind::Constant: {
      return constant(cast<ConstantExpr>(e)->value);
    }
    case NodeKind::Name:
      return loadName(std::string(cast<NameExpr>(e)->id), e);
    case NodeKind::BinOp: {
      auto* b = cast<BinOpExpr>(e);
      if (ValueId fused = fusedIntExpr(b); fused.valid()) return fused;
      ValueId l = expr(b->left);
      ValueId r = expr(b->right);
      return binop(l, b->op, r, false);
    }
    case NodeKind::UnaryOp: {
      auto* u = cast<UnaryOpExpr>(e);
      return unaryop(u->op, expr(u->operand));
    }
    case NodeKind::Compare:
      return compare(cast<CompareExpr>(e));
    case NodeKind::BoolOp:
      return boolOp(cast<BoolOpExpr>(e));
    case NodeKind::IfExp:
      return ifExp(cast<IfExpExpr>(e));
    case NodeKind::Call:
      return call(cast<CallExpr>(e));
    case NodeKind::Attribute: {
      auto* a = cast<AttributeExpr>(e);
      ValueId obj = toObject(expr(a->value));
      // A speculated load (spec.cpp): the unit's peek, already tested.
      if (auto it = spec_vals_.find(a); it != spec_vals_.end()) return it->second;
      return getAttr(obj, a->attr);
    }
    case NodeKind::Subscript:
      return subscript(cast<SubscriptExpr>(e));
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::Set:
      return sequence(e);
    case NodeKind::Dict:
      return dict(cast<DictExpr>(e));
    case NodeKind::JoinedStr:
      return fstring(cast<JoinedStrExpr>(e));
    case NodeKind::FormattedValue:
      return formatted(cast<FormattedValueExpr>(e));
    case NodeKind::Lambda:
      return makeFunction(e, cast<LambdaExpr>(e)->args, "<lambda>");
    case NodeKind::NamedExpr: {
      auto* n = cast<NamedExpr>(e);
      ValueId v = expr(n->value);
      assign(n->target, v);
      return v;
    }
    case NodeKind::ListComp:
      return comprehension(cast<CompExpr>(e), 0);
    case NodeKind::SetComp:
      return comprehension(cast<CompExpr>(e), 1);
    case NodeKind::DictComp:
      return comprehension(cast<CompExpr>(e), 2);
    case NodeKind::GeneratorExp:
      return genexp(cast<CompExpr>(e));
    case NodeKind::Await: {
      // await x: yield from x.__await__() (a coroutine is its own iterator).
      return await(toObject(expr(cast<ValueExpr>(e)->value)));
    }
    case NodeKind::Yield: {
      auto* y = cast<ValueExpr>(e);
      ValueId v = y->value ? toObject(expr(y->value)) : B().constNone();
      v = toObject(v);
      // An async generator marks the values it yields (its awaits suspend too).
      if (task_.scope && task_.scope->is_coroutine) v = B().emit(ir::Op::AsyncGenWrap, {}, {v});
      return B().emit(ir::Op::GenYield, {}, {v});
    }
    case NodeKind::YieldFrom:
      return B().emit(ir::Op::GenYieldFrom, {}, {toObject(expr(cast<ValueExpr>(e)->value))});
    case NodeKind::Starred:
      m_.unsupported(e, "starred expressions here");
      return B().constNone();
    case NodeKind::Slice:
      return sliceOrIndex(e);
    default:
      m_.unsupported(e, std::string(kindName(e->kind)));
      return B().constNone();
  }
}

namespace {

// The operators a fused int expression may contain below its root, with
// their characters in the program: exact on the low 64 bits (for a `&`
// root) and on i128 (for a `%` root).
constexpr std::pair<BinOpKind, char> kFusedOps[] = {
    {BinOpKind::Add, '+'},    {BinOpKind::Sub, '-'},   {BinOpKind::Mult, '*'},
    {BinOpKind::BitXor, '^'}, {BinOpKind::BitOr, '|'}, {BinOpKind::BitAnd, '&'},
};

// The character of a fusable operator, or 0.
char fusedOpChar(BinOpKind op) {
  for (const auto& [kind, ch] : kFusedOps)
    if (kind == op) return ch;
  return 0;
}

BinOpKind fusedOpKind(char c) {
  for (const auto& [kind, ch] : kFusedOps)
    if (ch == c) return kind;
  TP_FATAL("irgen: not a fused operator");
}

// A non-negative int constant below 2**62 (a small int), or -1.
int64_t smallConstant(const Expr* e) {
  auto* c = dyn_cast<ConstantExpr>(e);
  if (!c || c->value.kind != Constant::Kind::Int || c->value.text.empty() || c->value.text.size() > 18 ||
      c->value.text[0] == '-')
    return -1;
  for (char ch : c->value.text)
    if (ch < '0' || ch > '9') return -1;
  int64_t v = std::stoll(std::string(c->value.text));
  return v < (INT64_C(1) << 62) ? v : -1;
}

int bitLength(int64_t v) {
  int n = 0;
  for (uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v; u; u >>= 1) n++;
  return n;
}

}  // namespace

// `(a * K + b) & MASK` and `(a * K + b) % M` (docs/decisions/0041-fused-int-expressions.md):
// a tree of + - * ^ | & under a root `& C` or `% C` with a constant C is
// computed exactly in machine words when every leaf is a small int, so that
// no intermediate big int is allocated. The leaves are evaluated in
// source order first; an operation whose operand may not be an int runs
// where Python runs it (before any later leaf that is not a constant), and
// its result becomes a leaf. When a leaf is not a small int at run time,
// the runtime evaluates the same operations with the generic operators.
ValueId FuncGen::fusedIntExpr(const BinOpExpr* root) {
  if (root->op != BinOpKind::BitAnd && root->op != BinOpKind::Mod) return ValueId();
  int64_t c = smallConstant(root->right);
  if (c < (root->op == BinOpKind::Mod ? 1 : 0)) return ValueId();
  // The postfix form of the left operand, leaves as expressions.
  struct Node {
    const Expr* leaf;  // null for an operator
    char op;
  };
  std::vector<Node> post;
  int arith = 0;
  std::function<bool(const Expr*, int)> walk = [&](const Expr* e, int depth) {
    auto* b = dyn_cast<BinOpExpr>(e);
    char op = b ? fusedOpChar(b->op) : 0;
    if (!op || depth > 6) {
      post.push_back({e, 0});
      return post.size() <= 12;
    }
    if (!walk(b->left, depth + 1) || !walk(b->right, depth + 1)) return false;
    post.push_back({nullptr, op});
    arith += op == '+' || op == '-' || op == '*';
    return true;
  };
  if (!walk(root->left, 0) || arith == 0) return ValueId();
  // Evaluate every leaf in order. An operation is deferred into the fused
  // program when its operands are proven ints (no user code can run) or no
  // leaf but constants follows it. Otherwise its leaves are tested at run
  // time: when all are ints it is deferred too; else the rest of the
  // expression runs from there with the ordinary operations (the later
  // leaves are evaluated again on that path, so they must be simple:
  // names, constants, attribute reads). Without simple leaves such an
  // operation runs now, where Python runs it, and its result becomes a leaf.
  size_t last_leaf = 0;
  for (size_t i = 0; i < post.size(); ++i)
    if (post[i].leaf && smallConstant(post[i].leaf) < 0) last_leaf = i;
  std::function<bool(const Expr*)> simple = [&](const Expr* e) {
    if (isa<NameExpr>(e) || isa<ConstantExpr>(e)) return true;
    if (auto* at = dyn_cast<AttributeExpr>(e)) return simple(at->value);
    return false;
  };
  struct Item {
    std::string prog;  // postfix: 'a'+k for leaves[k], then operator characters
    int bits;          // |value| <= 2**bits when every leaf is a small int
    bool is_int;       // proven an int (on this path)
  };
  std::vector<ValueId> leaves;
  std::vector<Item> stack;
  auto leaf = [&](ValueId v, int bits) {
    leaves.push_back(v);
    return Item{std::string(1, char('a' + leaves.size() - 1)), bits, tyOf(v) == Ty::Int};
  };
  // One operator of a program on a stack of values, with the ordinary operation.
  auto apply = [&](std::vector<ValueId>& st, char ch) {
    ValueId r = st.back();
    st.pop_back();
    ValueId l = st.back();
    st.pop_back();
    st.push_back(binop(l, fusedOpKind(ch), r, false));
  };
  // The value of a deferred program, computed now with the ordinary operations.
  auto materialize = [&](const Item& it) {
    std::vector<ValueId> st;
    for (char ch : it.prog) {
      if (ch >= 'a' && ch <= 'z')
        st.push_back(leaves[ch - 'a']);
      else
        apply(st, ch);
    }
    return st.back();
  };
  int result = -1;  // the hidden variable joining the generic paths, if any
  BlockId done;
  // The rest of the expression from postfix position `from`, with the
  // ordinary operations; ends with a branch to `done`.
  auto generic = [&](size_t from, std::vector<Item> st) {
    std::vector<ValueId> vals;
    for (const Item& it : st) vals.push_back(materialize(it));
    for (size_t j = from; j < post.size(); ++j) {
      if (post[j].leaf)
        vals.push_back(expr(post[j].leaf));
      else
        apply(vals, post[j].op);
    }
    writeVar(result, toObject(binop(vals.back(), root->op, expr(root->right), false)));
    br(done);
  };
  for (size_t i = 0; i < post.size(); ++i) {
    if (post[i].leaf) {
      int64_t k = smallConstant(post[i].leaf);
      stack.push_back(leaf(expr(post[i].leaf), k >= 0 ? bitLength(k) : 62));
      continue;
    }
    Item r = stack.back();
    stack.pop_back();
    Item l = stack.back();
    stack.pop_back();
    char op = post[i].op;
    int bits = std::min(op == '*' ? l.bits + r.bits : std::max(l.bits, r.bits) + 1, 1000);
    if ((l.is_int && r.is_int) || i > last_leaf) {
      stack.push_back(Item{l.prog + r.prog + op, bits, l.is_int && r.is_int});
      continue;
    }
    bool later_simple = true;
    for (size_t j = i + 1; j < post.size(); ++j)
      if (post[j].leaf && !simple(post[j].leaf)) later_simple = false;
    std::vector<ValueId> tests;
    for (char ch : l.prog + r.prog)
      if (ch >= 'a' && ch <= 'z' && tyOf(leaves[ch - 'a']) != Ty::Int) tests.push_back(leaves[ch - 'a']);
    if (later_simple && !tests.empty()) {
      // Test the leaves that are not proven ints; the generic path runs
      // this operation and everything after it.
      if (result < 0) {
        result = hiddenVar(T().object());
        done = newBlock();
      }
      BlockId slow = newBlock();
      std::vector<Item> before = stack;
      before.push_back(l);
      before.push_back(r);
      for (ValueId v : tests) {
        ir::Immediate t;
        t.text = "int";
        ValueId ok = B().emit(ir::Op::TypeIs, T().boolType(), {toObject(v)}, t);
        BlockId next = newBlock();
        condBr(ok, next, slow);
        enter(next);
      }
      BlockId fast = cur_;
      enter(slow);
      generic(i, before);
      setBlock(fast);
      stack.push_back(Item{l.prog + r.prog + op, bits, true});
      continue;
    }
    ValueId lv = materialize(l), rv = materialize(r);
    stack.push_back(leaf(binop(lv, fusedOpKind(op), rv, false), 62));
  }
  TP_CHECK(stack.size() == 1 && leaves.size() < 26, "irgen: fused int expression");
  Item top = stack.back();
  bool has_arith = top.prog.find_first_of("+-*") != std::string::npos;
  bool mod = root->op == BinOpKind::Mod;
  ValueId out;
  if (!has_arith || (mod && top.bits > 126)) {
    out = binop(materialize(top), root->op, expr(root->right), false);
  } else {
    // Renumber the leaves the program uses, in order; the constant is last.
    std::vector<ValueId> operands;
    std::string prog;
    std::vector<int> index(26, -1);
    for (char ch : top.prog) {
      if (ch >= 'a' && ch <= 'z') {
        int& k = index[ch - 'a'];
        if (k < 0) {
          k = static_cast<int>(operands.size());
          operands.push_back(toObject(leaves[ch - 'a']));
        }
        prog += char('a' + k);
      } else {
        prog += ch;
      }
    }
    operands.push_back(toObject(expr(root->right)));
    prog += char('a' + operands.size() - 1);
    prog += mod ? '%' : '&';
    ir::Immediate imm;
    imm.text = prog;
    bool is_int = top.is_int && result < 0;
    out = B().emit(ir::Op::IntFused, is_int ? T().intType() : T().object(), operands, imm);
  }
  if (result < 0) return out;
  writeVar(result, toObject(out));
  br(done);
  enter(done);
  return readVar(result);
}

ValueId FuncGen::binop(ValueId l, BinOpKind op, ValueId r, bool inplace) {
  Ty lt = tyOf(l), rt = tyOf(r);
  Ty res = types::binopResult(lt, op, rt);
  // Two exact strs: str.__add__ itself (no other method can answer first).
  if (lt == Ty::Str && rt == Ty::Str && op == BinOpKind::Add) return B().emit(ir::Op::StrConcat, T().strType(), {l, r});
  if (lt == Ty::Int && rt == Ty::Int) {
    switch (op) {
      case BinOpKind::Add:
        return B().binary(ir::Op::IntAdd, l, r);
      case BinOpKind::Sub:
        return B().binary(ir::Op::IntSub, l, r);
      case BinOpKind::Mult:
        return B().binary(ir::Op::IntMul, l, r);
      case BinOpKind::FloorDiv:
        return B().binary(ir::Op::IntFloorDiv, l, r);
      case BinOpKind::Mod:
        return B().binary(ir::Op::IntMod, l, r);
      case BinOpKind::BitAnd:
        return B().binary(ir::Op::IntAnd, l, r);
      case BinOpKind::BitOr:
        return B().binary(ir::Op::IntOr, l, r);
      case BinOpKind::BitXor:
        return B().binary(ir::Op::IntXor, l, r);
      case BinOpKind::LShift:
        return B().binary(ir::Op::IntLShift, l, r);
      case BinOpKind::RShift:
        return B().binary(ir::Op::IntRShift, l, r);
      default:
        break;
    }
  }
  if (res == Ty::Float && (lt == Ty::Float || rt == Ty::Float)) {
    ValueId fl = lt == Ty::Int ? B().unary(ir::Op::IntToFloat, l) : l;
    ValueId fr = rt == Ty::Int ? B().unary(ir::Op::IntToFloat, r) : r;
    switch (op) {
      case BinOpKind::Add:
        return B().binary(ir::Op::FloatAdd, fl, fr);
      case BinOpKind::Sub:
        return B().binary(ir::Op::FloatSub, fl, fr);
      case BinOpKind::Mult:
        return B().binary(ir::Op::FloatMul, fl, fr);
      case BinOpKind::Div:
        return B().binary(ir::Op::FloatDiv, fl, fr);
      default:
        break;
    }
  }
  if (res == Ty::FloatObj) {
    ir::Immediate imm;
    imm.i = static_cast<int64_t>(irBinOp(op));
    imm.i2 = inplace ? 1 : 0;
    TypeId fo = T().floatObjType();
    return B().emit(ir::Op::FoBinOp, fo, {coerce(l, fo), coerce(r, fo)}, imm);
  }
  ValueId v = B().pyBinOp(irBinOp(op), toObject(l), toObject(r), inplace);
  switch (res) {
    case Ty::Int:
      return B().cast(v, T().intType());
    case Ty::Str:
      return B().cast(v, T().strType());
    case Ty::List:
      return B().cast(v, m_.irType(Ty::List));
    case Ty::Float:
      return B().unbox(v, T().floatType());
    default:
      return v;
  }
}

ValueId FuncGen::unaryop(UnaryOpKind op, ValueId v) {
  Ty t = tyOf(v);
  switch (op) {
    case UnaryOpKind::Not:
      return B().unary(ir::Op::BoolNot, truth(v));
    case UnaryOpKind::USub:
      if (t == Ty::Int) return B().unary(ir::Op::IntNeg, v);
      if (t == Ty::Float) return B().unary(ir::Op::FloatNeg, v);
      if (t == Ty::FloatObj) return B().emit(ir::Op::FoNeg, T().floatObjType(), {v});
      return B().pyUnaryOp(ir::UnaryOpKind::Neg, toObject(v));
    case UnaryOpKind::UAdd:
      if (t == Ty::Int || t == Ty::Float) return v;
      return B().pyUnaryOp(ir::UnaryOpKind::Pos, toObject(v));
    case UnaryOpKind::Invert: {
      ValueId r = B().pyUnaryOp(ir::UnaryOpKind::Invert, toObject(v));
      return t == Ty::Int ? B().cast(r, T().intType()) : r;
    }
  }
  return v;
}

ValueId FuncGen::truth(ValueId v) {
  switch (tyOf(v)) {
    case Ty::Bool:
      return v;
    case Ty::Int:
      return B().binary(ir::Op::IntNe, v, B().constInt(0));
    case Ty::Float:
      return B().binary(ir::Op::FloatNe, v, B().constFloat(0.0));
    case Ty::None:
      return B().constBool(false);
    case Ty::Str:  // an exact str is true when it is not empty
      return B().binary(ir::Op::IntNe, B().emit(ir::Op::StrByteSize, T().intType(), {v}), B().constInt(0));
    default:
      return B().pyTruth(toObject(v));
  }
}

ValueId FuncGen::compareOne(ValueId l, CmpOpKind op, ValueId r) {
  Ty lt = tyOf(l), rt = tyOf(r);
  if (op == CmpOpKind::Is || op == CmpOpKind::IsNot) {
    ValueId v = B().pyIs(toObject(l), toObject(r));
    return op == CmpOpKind::IsNot ? B().unary(ir::Op::BoolNot, v) : v;
  }
  static constexpr ir::Op kInt[] = {ir::Op::IntEq, ir::Op::IntNe, ir::Op::IntLt,
                                    ir::Op::IntLe, ir::Op::IntGt, ir::Op::IntGe};
  static constexpr ir::Op kFloat[] = {ir::Op::FloatEq, ir::Op::FloatNe, ir::Op::FloatLt,
                                      ir::Op::FloatLe, ir::Op::FloatGt, ir::Op::FloatGe};
  int idx = static_cast<int>(op);
  if (lt == Ty::Str && rt == Ty::Str) {
    ir::Immediate imm;
    ir::CmpKind k = irCmp(op);
    imm.i = static_cast<int64_t>(k);
    // Against a one-character ASCII constant: its byte is an immediate.
    auto constChar = [&](ValueId v) -> int {
      ir::InstId d = F().value(v).inst;
      if (!d.valid() || F().inst(d).op != ir::Op::ConstStr || F().inst(d).imm.text.size() != 1) return -1;
      return static_cast<unsigned char>(F().inst(d).imm.text[0]);
    };
    if (k <= ir::CmpKind::Ge) {
      static constexpr ir::CmpKind kSwapped[] = {ir::CmpKind::Gt, ir::CmpKind::Ge, ir::CmpKind::Eq,
                                                 ir::CmpKind::Ne, ir::CmpKind::Lt, ir::CmpKind::Le};
      ValueId other = l;
      int c = constChar(r);
      if (c < 0 && (c = constChar(l)) >= 0) other = r, imm.i = static_cast<int64_t>(kSwapped[imm.i]);
      if (c >= 0) {
        imm.i2 = c;
        return B().emit(ir::Op::StrCompareChar, T().boolType(), {other}, imm);
      }
    }
    return B().emit(ir::Op::StrCompare, T().boolType(), {l, r}, imm);
  }
  if (idx <= static_cast<int>(CmpOpKind::GtE)) {
    if (lt == Ty::Int && rt == Ty::Int) return B().binary(kInt[idx], l, r);
    if (lt == Ty::Float && rt == Ty::Float) return B().binary(kFloat[idx], l, r);
    bool lf = lt == Ty::Float || lt == Ty::FloatObj, rf = rt == Ty::Float || rt == Ty::FloatObj;
    if ((lt == Ty::FloatObj || rt == Ty::FloatObj) || (lf != rf && (lt == Ty::Object || rt == Ty::Object))) {
      ir::Immediate imm;
      imm.i = static_cast<int64_t>(irCmp(op));
      TypeId fo = T().floatObjType();
      return B().emit(ir::Op::FoCompare, T().object(), {coerce(l, fo), coerce(r, fo)}, imm);
    }
  }
  return B().pyCompare(irCmp(op), toObject(l), toObject(r));
}

ValueId FuncGen::compare(const CompareExpr* e) {
  ValueId l = expr(e->left);
  if (e->ops.size() == 1) return compareOne(l, e->ops[0], expr(e->comparators[0]));
  int result = hiddenVar(T().object());
  BlockId join = newBlock();
  std::vector<TypeId> seen;
  for (uint32_t i = 0; i < e->ops.size(); ++i) {
    ValueId r = expr(e->comparators[i]);
    ValueId c = compareOne(l, e->ops[i], r);
    seen.push_back(typeOf(c));
    writeVar(result, c);
    if (i + 1 == e->ops.size()) {
      br(join);
    } else {
      BlockId next = newBlock();
      condBr(truth(c), next, join);
      enter(next);
    }
    l = r;
  }
  bool same = std::all_of(seen.begin(), seen.end(), [&](TypeId t) { return t == seen[0]; });
  var_types_[result] = same ? seen[0] : T().object();
  enter(join);
  return readVar(result);
}

ValueId FuncGen::boolOp(const BoolOpExpr* e) {
  int result = hiddenVar(T().object());
  BlockId join = newBlock();
  std::vector<TypeId> seen;
  for (uint32_t i = 0; i < e->values.size(); ++i) {
    ValueId v = expr(e->values[i]);
    seen.push_back(typeOf(v));
    writeVar(result, v);
    if (i + 1 == e->values.size()) {
      br(join);
    } else {
      BlockId next = newBlock();
      if (e->op == BoolOpKind::And)
        condBr(truth(v), next, join);
      else
        condBr(truth(v), join, next);
      enter(next);
    }
  }
  bool same = std::all_of(seen.begin(), seen.end(), [&](TypeId t) { return t == seen[0]; });
  var_types_[result] = same ? seen[0] : T().object();
  enter(join);
  return readVar(result);
}

ValueId FuncGen::ifExp(const IfExpExpr* e) {
  int result = hiddenVar(T().object());
  BlockId t = newBlock(), f = newBlock(), join = newBlock();
  cond(e->test, t, f);
  enter(t);
  ValueId a = expr(e->body);
  writeVar(result, a);
  br(join);
  enter(f);
  ValueId b = expr(e->orelse);
  writeVar(result, b);
  br(join);
  var_types_[result] = typeOf(a) == typeOf(b) ? typeOf(a) : T().object();
  enter(join);
  return readVar(result);
}

void FuncGen::cond(const Expr* e, BlockId t, BlockId f) {
  if (auto* b = dyn_cast<BoolOpExpr>(e)) {
    for (uint32_t i = 0; i + 1 < b->values.size(); ++i) {
      BlockId next = newBlock();
      if (b->op == BoolOpKind::And)
        cond(b->values[i], next, f);
      else
        cond(b->values[i], t, next);
      enter(next);
      if (!live()) return;
    }
    cond(b->values.back(), t, f);
    return;
  }
  if (auto* u = dyn_cast<UnaryOpExpr>(e); u && u->op == UnaryOpKind::Not) {
    cond(u->operand, f, t);
    return;
  }
  ValueId v = expr(e);
  condBr(truth(v), t, f);
}

ValueId FuncGen::sliceOrIndex(const Expr* e) {
  if (auto* s = dyn_cast<SliceExpr>(e)) {
    auto part = [&](const Expr* x) { return x ? toObject(expr(x)) : B().constNone(); };
    ValueId lo = part(s->lower);
    ValueId hi = part(s->upper);
    ValueId st = part(s->step);
    return B().pySlice(toObject(lo), toObject(hi), toObject(st));
  }
  return toObject(expr(e));
}

// True for the expressions CPython's AST optimiser turns into constants (the
// forms a set display uses): literals, signs of numbers, tuples of those.
bool FuncGen::foldsToConstant(const Expr* e) {
  if (isa<ConstantExpr>(e)) return true;
  if (auto* u = dyn_cast<UnaryOpExpr>(e)) {
    auto* c = dyn_cast<ConstantExpr>(u->operand);
    return u->op != UnaryOpKind::Not && c &&
           (c->value.kind == Constant::Kind::Int || c->value.kind == Constant::Kind::Float ||
            c->value.kind == Constant::Kind::Complex);
  }
  if (auto* b = dyn_cast<BinOpExpr>(e)) {
    // Arithmetic on numbers folds too (CPython caps folded sizes; small
    // operands stay well inside the caps).
    auto number = [](const Expr* x) {
      if (auto* u = dyn_cast<UnaryOpExpr>(x)) x = u->operand;
      auto* c = dyn_cast<ConstantExpr>(x);
      return c && (c->value.kind == Constant::Kind::Int || c->value.kind == Constant::Kind::Float) &&
             c->value.text.size() <= 6;
    };
    if (b->op == BinOpKind::Pow) {
      auto* c = dyn_cast<ConstantExpr>(b->right);
      if (!c || c->value.kind != Constant::Kind::Int || c->value.text.size() > 2) return false;
    }
    return b->op != BinOpKind::MatMult && number(b->right) && (number(b->left) || foldsToConstant(b->left));
  }
  if (auto* t = dyn_cast<SequenceExpr>(e); t && t->kind == NodeKind::Tuple) {
    for (Expr* x : t->elts)
      if (!foldsToConstant(x)) return false;
    return true;
  }
  return false;
}

// `obj.name`: an attribute the program stores floats in is read as floatobj
// (unboxed when it is a float), everything else as an object.
ValueId FuncGen::getAttr(ValueId obj, std::string_view name) {
  if (!m_.facts_.float_attrs.count(std::string(name))) return B().pyGetAttr(obj, mangle(name));
  ir::Immediate imm;
  imm.text = mangle(name);
  return B().emit(ir::Op::PyGetAttrFo, T().floatObjType(), {obj}, imm);
}

ValueId FuncGen::subscript(const SubscriptExpr* e) {
  // A speculated item load (spec.cpp): the unit's peek, already tested.
  if (auto it = spec_vals_.find(e); it != spec_vals_.end()) return it->second;
  ValueId obj = expr(e->value);
  // obj[lo:hi]: no slice object for the common cases (py.getitem_slice).
  if (auto* s = dyn_cast<SliceExpr>(e->slice); s && !s->step) {
    ValueId lo = s->lower ? toObject(expr(s->lower)) : B().constNone();
    ValueId hi = s->upper ? toObject(expr(s->upper)) : B().constNone();
    ValueId v = B().emit(ir::Op::PyGetItemSlice, T().object(), {toObject(obj), lo, hi});
    return tyOf(obj) == Ty::Str ? B().cast(v, T().strType()) : v;
  }
  return getItem(e, obj, sliceOrIndex(e->slice));
}

// `obj[key]` for the subscript `e` (loads and augmented assignments): an
// exact list is indexed without a type test, and an item of a list of floats
// (by annotation or allocation) is read unboxed when it is one.
ValueId FuncGen::getItem(const SubscriptExpr* e, ValueId obj, ValueId key) {
  // Any item or slice of an exact str is an exact str (or an error).
  if (tyOf(obj) == Ty::Str) return B().emit(ir::Op::StrGetItem, T().strType(), {obj, key});
  ValueId v = tyOf(obj) == Ty::List ? B().emit(ir::Op::ListGetItem, T().object(), {obj, toObject(key)})
                                    : B().pyGetItem(toObject(obj), key);
  auto* n = dyn_cast<NameExpr>(e->value);
  if (n && !isa<SliceExpr>(e->slice) && float_lists_.count(std::string(n->id))) v = coerce(v, T().floatObjType());
  return v;
}

// `obj[key] = v`: an exact list is indexed without a type test.
void FuncGen::setItem(ValueId obj, ValueId key, ValueId v) {
  if (tyOf(obj) == Ty::List)
    B().emit(ir::Op::ListSetItem, {}, {obj, toObject(key), toObject(v)});
  else
    B().pySetItem(toObject(obj), key, toObject(v));
}

ValueId FuncGen::sequence(const Expr* e) {
  const ExprList& elts = e->kind == NodeKind::Set ? cast<SetExpr>(e)->elts : cast<SequenceExpr>(e)->elts;
  bool starred = false;
  for (Expr* x : elts) starred |= isa<StarredExpr>(x);
  if (!starred) {
    std::vector<ValueId> items;
    for (Expr* x : elts) items.push_back(toObject(expr(x)));
    if (e->kind == NodeKind::List) return B().listNew(items, m_.irType(Ty::List));
    if (e->kind == NodeKind::Tuple) return B().tupleNew(items);
    ValueId set = B().setNew(items);
    // CPython builds a display of three or more constants from a frozenset
    // constant, which lays the table out differently: tell the runtime.
    bool all_constant = elts.size() > 2;
    for (Expr* x : elts) all_constant = all_constant && foldsToConstant(x);
    if (all_constant) F().inst(F().value(set).inst).imm.i = 1;
    return set;
  }
  ValueId list = B().listNew({}, m_.irType(Ty::List));
  for (Expr* x : elts) {
    if (auto* st = dyn_cast<StarredExpr>(x))
      B().listExtend(list, toObject(expr(st->value)));
    else
      B().listAppend(list, toObject(expr(x)));
  }
  if (e->kind == NodeKind::List) return list;
  if (e->kind == NodeKind::Tuple) return B().listToTuple(list);
  return B().pyCall(B().builtinLoad("set"), {list});
}

ValueId FuncGen::dict(const DictExpr* e) {
  bool unpack = false;
  for (Expr* k : e->keys) unpack |= k == nullptr;
  if (!unpack) {
    std::vector<ValueId> kv;
    for (uint32_t i = 0; i < e->keys.size(); ++i) {
      kv.push_back(toObject(expr(e->keys[i])));
      kv.push_back(toObject(expr(e->values[i])));
    }
    return B().dictNew(kv);
  }
  ValueId d = B().dictNew({});
  for (uint32_t i = 0; i < e->keys.size(); ++i) {
    if (!e->keys[i]) {
      B().dictUpdate(d, toObject(expr(e->values[i])));
    } else {
      ValueId k = toObject(expr(e->keys[i]));
      B().dictSet(d, k, toObject(expr(e->values[i])));
    }
  }
  return d;
}

ValueId FuncGen::fstring(const JoinedStrExpr* e) {
  std::vector<ValueId> parts;
  for (Expr* v : e->values) {
    if (auto* c = dyn_cast<ConstantExpr>(v))
      parts.push_back(B().constStr(std::string(c->value.text)));
    else
      parts.push_back(formatted(cast<FormattedValueExpr>(v)));
  }
  if (parts.empty()) return B().constStr("");
  if (parts.size() == 1) return parts[0];
  return B().strJoin(parts);
}

ValueId FuncGen::formatted(const FormattedValueExpr* e) {
  ValueId v = toObject(expr(e->value));
  switch (e->conversion) {
    case 's':
      v = B().pyStr(v);
      break;
    case 'r':
      v = B().pyRepr(v);
      break;
    case 'a':
      v = B().pyAscii(v);
      break;
    default:
      break;
  }
  if (e->format_spec) {
    ValueId spec = fstring(cast<JoinedStrExpr>(e->format_spec));
    return B().pyFormat(toObject(v), spec);
  }
  if (e->conversion != -1) return v;
  return B().pyFormat(v, B().constStr(""));
}

void FuncGen::compLoops(const CompExpr* e, size_t index, const std::function<void()>& inner) {
  if (index == e->generators.size()) {
    inner();
    return;
  }
  Comprehension* g = e->generators[index];
  ValueId iterable;
  ValueId it;
  uint32_t frame = index == 0 ? comp_frame_ : 0;  // taken before the first iterable's own comprehensions
  if (index == 0) comp_frame_ = 0;
  if (index == 0 && comp_first_iter_.valid()) {
    // A generator expression's `.0`, already an iterator (taken here, so
    // comprehensions nested in this one evaluate their own first iterable).
    it = comp_first_iter_;
    comp_first_iter_ = ValueId();
  } else if (index == 0) {
    // The first iterable is evaluated in the enclosing scope.
    const sema::Scope* inner_scope = scope_;
    scope_ = comp_outer_scope_;
    iterable = expr(g->iter);
    scope_ = inner_scope;
  } else {
    iterable = expr(g->iter);
  }
  BlockId head = newBlock(), body = newBlock(), exit = newBlock();
  ValueId item;
  if (g->is_async) {
    // `async for` in a comprehension: as asyncForStmt, awaiting __anext__()
    // until StopAsyncIteration.
    if (!it.valid()) it = B().emit(ir::Op::AsyncIter, {}, {toObject(iterable)});
    if (frame) B().setFrame(frame);
    br(head);
    setBlock(head);
    interruptCheck();
    item = asyncNextItem(it, exit);
    br(body);
  } else {
    if (!it.valid()) it = B().pyIter(toObject(iterable));
    if (frame) B().setFrame(frame);
    br(head);
    setBlock(head);
    interruptCheck();  // every iteration polls for SIGINT (filtered items skip the back edge)
    item = B().pyNext(it);
    condBr(B().isNull(item), exit, body);
  }
  enter(body);
  assign(g->target, item);
  for (Expr* cnd : g->ifs) {
    if (!live()) break;
    BlockId pass = newBlock();
    cond(cnd, pass, head);
    enter(pass);
  }
  if (live()) compLoops(e, index + 1, inner);
  br(head);
  seal(head);
  enter(exit);
}

ValueId FuncGen::comprehension(const CompExpr* e, int kind) {
  ValueId result = kind == 0 ? B().listNew({}, m_.irType(Ty::List)) : kind == 1 ? B().setNew({}) : B().dictNew({});
  const sema::Scope* saved = scope_;
  const sema::Scope* saved_outer = comp_outer_scope_;
  comp_outer_scope_ = scope_;
  scope_ = m_.scopeOf(e);
  createCells(scope_);
  // CPython runs the comprehension as a function of its own, called with the
  // first iterable's iterator: from there on, its instructions are in that
  // frame (for tracebacks).
  uint32_t outer_frame = B().frame();
  comp_frame_ = B().addInlineFrame({kind == 0   ? "<listcomp>"
                                    : kind == 1 ? "<setcomp>"
                                                : "<dictcomp>",
                                    outer_frame, m_.posOf(e)});
  compLoops(e, 0, [&] {
    if (kind == 0) {
      B().listAppend(result, toObject(expr(e->elt)));
    } else if (kind == 1) {
      B().setAdd(result, toObject(expr(e->elt)));
    } else {
      ValueId k = toObject(expr(e->elt));
      B().dictSet(result, k, toObject(expr(e->value)));
    }
  });
  B().setFrame(outer_frame);
  scope_ = saved;
  comp_outer_scope_ = saved_outer;
  return result;
}

ValueId FuncGen::genexpCall(const CallExpr* call, const CompExpr* gen, std::string_view builtin) {
  const sema::Scope* saved = scope_;
  const sema::Scope* saved_outer = comp_outer_scope_;
  ValueId callee;
  if (builtin == "join") callee = B().pyGetAttr(toObject(expr(cast<AttributeExpr>(call->func)->value)), "join");
  // The first iterable belongs to the enclosing scope and outside the
  // generator; the loop itself is the generator's body, where a
  // StopIteration becomes RuntimeError (PEP 479), as below.
  ValueId first = toObject(expr(gen->generators[0]->iter));
  ir::SrcPos call_pos = B().pos();
  B().setPos(m_.posOf(gen));  // iter() of the first iterable: CPython marks the generator expression
  comp_first_iter_ = B().pyIter(first);
  B().setPos(call_pos);
  BlockId pep479 = newBlock();
  pushTry(pep479);
  comp_outer_scope_ = scope_;
  scope_ = m_.scopeOf(gen);
  createCells(scope_);
  // The loop is the generator's body: its instructions are in a <genexpr>
  // frame called from the call's position (for tracebacks). What the
  // consuming builtin does with each item (truth, +, the final call) runs in
  // the caller's frame, as in CPython, where the builtin is C code.
  uint32_t outer_frame = B().frame();
  uint32_t gen_frame = B().addInlineFrame({"<genexpr>", outer_frame, m_.posOf(call)});
  comp_frame_ = gen_frame;
  // ... and outside PEP 479's handler: unwinding to the enclosing one.
  auto inCaller = [&](const std::function<ValueId()>& f) {
    B().setFrame(outer_frame);
    B().setUnwind(eh_.size() >= 2 ? eh_[eh_.size() - 2].first : BlockId());
    ValueId v = f();
    B().setUnwind(eh_.back().first);
    B().setFrame(gen_frame);
    return v;
  };
  ValueId out;
  if (builtin == "any" || builtin == "all") {
    bool any = builtin == "any";
    int result = hiddenVar(T().boolType());
    BlockId done = newBlock();
    compLoops(gen, 0, [&] {
      ValueId item = expr(gen->elt);
      ValueId v = inCaller([&] { return truth(item); });
      BlockId hit = newBlock(), go_on = newBlock();
      if (any)
        condBr(v, hit, go_on);
      else
        condBr(v, go_on, hit);
      enter(hit);
      writeVar(result, B().constBool(any));
      br(done);
      enter(go_on);
    });
    if (live()) {
      writeVar(result, B().constBool(!any));
      br(done);
    }
    B().setFrame(outer_frame);
    enter(done);
    out = readVar(result);
  } else if (builtin == "sum") {
    int acc = hiddenVar(T().object());
    writeVar(acc, toObject(B().constInt(0)));
    compLoops(gen, 0, [&] {
      ValueId v = toObject(expr(gen->elt));
      writeVar(acc, inCaller([&] { return B().pyBinOp(ir::BinOpKind::Add, readVar(acc), v); }));
    });
    B().setFrame(outer_frame);
    out = readVar(acc);
  } else {
    ValueId list = B().listNew({});
    compLoops(gen, 0, [&] { B().listAppend(list, toObject(expr(gen->elt))); });
    B().setFrame(outer_frame);
    popTry();  // the builtin consuming the items runs outside the generator
    scope_ = saved;
    if (builtin == "list")
      out = list;
    else if (builtin == "tuple")
      out = B().listToTuple(list);
    else if (builtin == "join")
      out = B().pyCall(callee, {list});
    else
      out = B().pyCall(B().builtinLoad(std::string(builtin)), {list});
  }
  scope_ = saved;
  comp_outer_scope_ = saved_outer;
  if (builtin == "any" || builtin == "all" || builtin == "sum") popTry();
  BlockId after = newBlock();
  if (live()) br(after);
  // PEP 479's handler is the generator's: it catches in the <genexpr> frame
  // and re-raises from there; the RuntimeError replacing a StopIteration is
  // raised in the caller, as CPython does at the generator's boundary.
  enter(pep479);
  B().setFrame(gen_frame);
  if (live()) {
    ValueId exc = B().excCurrent();
    BlockId convert = newBlock(), other = newBlock();
    condBr(B().excMatches(exc, B().builtinLoad("StopIteration")), convert, other);
    enter(convert);
    B().setFrame(outer_frame);
    ValueId err = B().pyCall(B().builtinLoad("RuntimeError"), {B().constStr("generator raised StopIteration")});
    B().raise(err, exc);
    terminate();
    enter(other);
    B().setFrame(gen_frame);
    B().raise();
    terminate();
  }
  B().setFrame(outer_frame);
  enter(after);
  return out;
}

// A generator expression: its first iterable is evaluated and iter() is
// called on it here, in the enclosing scope (so a non-iterable raises at
// creation, as in CPython); the rest runs in its own generator function,
// which gets the iterator as its `.0` parameter.
ValueId FuncGen::genexp(const CompExpr* e) {
  ValueId fn = makeFunction(e, nullptr, "<genexpr>");
  ValueId first = toObject(expr(e->generators[0]->iter));
  ValueId it = e->generators[0]->is_async ? B().emit(ir::Op::AsyncIter, {}, {first}) : B().pyIter(first);
  return B().pyCall(fn, {it});
}

ValueId FuncGen::raiseNew(const std::string& cls, const std::string& message) {
  ValueId exc = B().pyCall(B().builtinLoad(cls), {B().constStr(message)});
  B().raise(exc);
  terminate();
  return exc;
}

}  // namespace taipan::irgen
