// The `match` statement (PEP 634) as CPython 3.11 runs it: the subject is
// evaluated once, then each case's pattern is tested in order, falling
// through to the next case on failure. Captured values are kept in hidden
// variables while the pattern is tested and bound to their names only once
// the whole pattern has matched (before the guard, so a failed guard leaves
// them bound). Literal and value patterns compare with ==, singletons with
// `is`; sequence, mapping and class patterns call the runtime's match.* ops,
// which return null when the pattern fails.
#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

namespace {
bool isWildcard(const Pattern* p) {
  auto* a = dyn_cast<MatchAsPattern>(p);
  return a && !a->pattern && a->name.empty();
}
}  // namespace

void FuncGen::matchCapture(std::string_view name, ValueId v, MatchCaptures& caps) {
  std::string n(name);
  for (auto& [cname, var] : caps) {
    if (cname == n) {
      writeVar(var, toObject(v));
      return;
    }
  }
  int var = hiddenVar(T().object());
  caps.emplace_back(n, var);
  writeVar(var, toObject(v));
}

// Continues in a new block when `ok` holds, else branches to `fail`.
void FuncGen::matchCheck(ValueId ok, BlockId fail) {
  BlockId next = newBlock();
  condBr(ok, next, fail);
  enter(next);
}

void FuncGen::matchPattern(const Pattern* p, ValueId subject, BlockId fail, MatchCaptures& caps) {
  if (!live()) return;
  B().setLine(m_.lineOf(p));
  switch (p->kind) {
    case NodeKind::MatchValue: {
      ValueId v = expr(cast<MatchValuePattern>(p)->value);
      ValueId eq = compareOne(subject, CmpOpKind::Eq, v);
      matchCheck(truth(eq), fail);
      return;
    }
    case NodeKind::MatchSingleton: {
      ValueId c = toObject(constant(cast<MatchSingletonPattern>(p)->value));
      matchCheck(B().pyIs(subject, c), fail);
      return;
    }
    case NodeKind::MatchSequence: {
      auto* seq = cast<MatchSequencePattern>(p);
      int64_t star = -1;
      bool wild_star = false;
      for (uint32_t i = 0; i < seq->patterns.size(); ++i) {
        if (auto* st = dyn_cast<MatchStarPattern>(seq->patterns[i])) {
          star = i;
          wild_star = st->name.empty();
        }
      }
      ir::Immediate imm;
      imm.i = static_cast<int64_t>(seq->patterns.size());
      imm.i2 = wild_star ? -2 - star : star;
      ValueId items = B().emit(ir::Op::MatchSequence, {}, {subject}, imm);
      matchCheck(B().unary(ir::Op::BoolNot, B().isNull(items)), fail);
      for (uint32_t i = 0; i < seq->patterns.size(); ++i) {
        const Pattern* sub = seq->patterns[i];
        if (isWildcard(sub)) continue;
        if (auto* st = dyn_cast<MatchStarPattern>(sub); st && st->name.empty()) continue;
        ir::Immediate gi;
        gi.i = i;
        ValueId item = B().emit(ir::Op::TupleGet, {}, {items}, gi);
        if (auto* st = dyn_cast<MatchStarPattern>(sub))
          matchCapture(st->name, item, caps);
        else
          matchPattern(sub, item, fail, caps);
        if (!live()) return;
      }
      return;
    }
    case NodeKind::MatchMapping: {
      auto* map = cast<MatchMappingPattern>(p);
      ir::Immediate imm;
      imm.i = static_cast<int64_t>(map->keys.size());
      matchCheck(B().emit(ir::Op::MatchMapping, {}, {subject}, imm), fail);
      if (map->keys.empty() && map->rest.empty()) return;
      std::vector<ValueId> keys;
      for (Expr* k : map->keys) keys.push_back(toObject(expr(k)));
      ValueId key_tuple = B().tupleNew(keys);
      ir::Immediate ki;
      ki.i = map->rest.empty() ? 0 : 1;
      ValueId values = B().emit(ir::Op::MatchKeys, {}, {subject, key_tuple}, ki);
      matchCheck(B().unary(ir::Op::BoolNot, B().isNull(values)), fail);
      for (uint32_t i = 0; i < map->patterns.size(); ++i) {
        if (isWildcard(map->patterns[i])) continue;
        ir::Immediate gi;
        gi.i = i;
        matchPattern(map->patterns[i], B().emit(ir::Op::TupleGet, {}, {values}, gi), fail, caps);
        if (!live()) return;
      }
      if (!map->rest.empty()) {
        ir::Immediate gi;
        gi.i = static_cast<int64_t>(map->keys.size());
        matchCapture(map->rest, B().emit(ir::Op::TupleGet, {}, {values}, gi), caps);
      }
      return;
    }
    case NodeKind::MatchClass: {
      auto* c = cast<MatchClassPattern>(p);
      ValueId cls = toObject(expr(c->cls));
      std::vector<ValueId> names;
      for (Ident a : c->kwd_attrs) names.push_back(B().constStr(std::string(a)));
      ValueId kwnames = B().tupleNew(names);
      ir::Immediate imm;
      imm.i = static_cast<int64_t>(c->patterns.size());
      ValueId attrs = B().emit(ir::Op::MatchClass, {}, {subject, cls, kwnames}, imm);
      matchCheck(B().unary(ir::Op::BoolNot, B().isNull(attrs)), fail);
      size_t n = c->patterns.size();
      for (size_t i = 0; i < n + c->kwd_patterns.size(); ++i) {
        const Pattern* sub = i < n ? c->patterns[i] : c->kwd_patterns[i - n];
        if (isWildcard(sub)) continue;
        ir::Immediate gi;
        gi.i = static_cast<int64_t>(i);
        matchPattern(sub, B().emit(ir::Op::TupleGet, {}, {attrs}, gi), fail, caps);
        if (!live()) return;
      }
      return;
    }
    case NodeKind::MatchAs: {
      auto* a = cast<MatchAsPattern>(p);
      if (a->pattern) matchPattern(a->pattern, subject, fail, caps);
      if (live() && !a->name.empty()) matchCapture(a->name, subject, caps);
      return;
    }
    case NodeKind::MatchOr: {
      auto* o = cast<MatchOrPattern>(p);
      BlockId join = newBlock();
      for (size_t i = 0; i < o->patterns.size(); ++i) {
        bool last = i + 1 == o->patterns.size();
        BlockId alt_fail = last ? fail : newBlock();
        matchPattern(o->patterns[i], subject, alt_fail, caps);
        br(join);
        if (!last) enter(alt_fail);
        if (!live()) break;
      }
      enter(join);
      return;
    }
    default:
      m_.unsupported(p, std::string(kindName(p->kind)));
      return;
  }
}

void FuncGen::matchStmt(const MatchStmt* s) {
  ValueId subject = toObject(expr(s->subject));
  BlockId end = newBlock();
  for (const MatchCase* c : s->cases) {
    if (!live()) break;
    BlockId next = newBlock();
    MatchCaptures caps;
    matchPattern(c->pattern, subject, next, caps);
    if (live()) {
      std::vector<ValueId> values;
      for (auto& [name, var] : caps) values.push_back(readVar(var));
      for (size_t i = 0; i < caps.size(); ++i) storeName(caps[i].first, values[i]);
      if (c->guard) {
        BlockId body = newBlock();
        cond(c->guard, body, next);
        enter(body);
      }
      stmts(c->body);
      br(end);
    }
    enter(next);
  }
  br(end);
  enter(end);
}

}  // namespace taipan::irgen
