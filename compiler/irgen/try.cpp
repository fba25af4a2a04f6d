// Exceptions: try/except/else/finally, raise, assert. Raising instructions in
// a try body unwind to landing blocks (see ssa.cpp) that jump to the
// handler's dispatch block, which matches the exception against each except
// clause (exc.matches), binds the `as` name (unbound again afterwards, as
// CPython does) and runs the clause between exc.push and exc.pop. A finally
// body is generated once per way out: normal fall-through, the exception
// path (run, then re-raise), and every return/break/continue that leaves the
// try (runCleanups in stmt.cpp).
#include "compiler/base/check.h"
#include "compiler/irgen/irgen_impl.h"

namespace taipan::irgen {

using namespace ast;

void FuncGen::tryStmt(const TryStmt* s) {
  BlockId after = newBlock();
  bool has_finally = !s->finalbody.empty();
  BlockId fin_handler;
  if (has_finally) {
    fin_handler = newBlock();
    pushTry(fin_handler);
    cleanups_.push_back({Cleanup::Finally, s, eh_.size() - 1, {}, false});
  }
  BlockId inner_after = has_finally ? newBlock() : after;
  if (s->handlers.empty()) {
    stmts(s->body);
    br(inner_after);
  } else {
    BlockId dispatch = newBlock();
    pushTry(dispatch);
    cleanups_.push_back({Cleanup::Try, nullptr, eh_.size() - 1, {}, false});
    stmts(s->body);
    cleanups_.pop_back();
    popTry();
    if (live()) stmts(s->orelse);
    br(inner_after);
    enter(dispatch);
    if (live() && s->kind == NodeKind::TryStar) {
      exceptStarDispatch(s);
      br(inner_after);
    } else if (live()) {
      ValueId exc = B().excCurrent();
      bool caught_all = false;
      for (ExceptHandler* h : s->handlers) {
        if (!live()) break;
        line_ = m_.lineOf(h);
        B().setLine(line_);
        BlockId next;
        if (h->type) {
          ValueId cls = toObject(expr(h->type));
          ValueId m = B().excMatches(exc, cls);
          BlockId body = newBlock();
          next = newBlock();
          condBr(m, body, next);
          enter(body);
        } else {
          caught_all = true;
        }
        BlockId cleanup = handlerBody(h, exc);
        if (live()) {
          B().excPop();
          unbindHandlerName(h);
          br(inner_after);
        }
        leaveHandlerRegion(cleanup);
        if (h->type) enter(next);
        if (caught_all) break;
      }
      if (!caught_all && live()) {
        B().raise();
        terminate();
      }
    }
  }
  if (has_finally) {
    cleanups_.pop_back();
    popTry();
    enter(inner_after);
    if (live()) stmts(s->finalbody);
    br(after);
    enter(fin_handler);
    if (live()) {
      ValueId exc = B().excCurrent();
      B().excPush(exc);
      cleanups_.push_back({Cleanup::Handler, nullptr, eh_.size(), {}, false});
      stmts(s->finalbody);
      cleanups_.pop_back();
      if (live()) {
        B().excPop();
        B().reraise(exc);
        terminate();
      }
    }
  }
  enter(after);
}

// The body of an except / except* clause with `exc` as the handled
// exception (bound to the clause's name, if any), run inside a region whose
// landing pad is the returned cleanup block. Leaves the builder at the end of
// the body.
BlockId FuncGen::handlerBody(const ExceptHandler* h, ValueId exc) {
  B().excPush(exc);
  if (!h->name.empty()) storeName(std::string(h->name), exc);
  BlockId cleanup = newBlock();
  pushTry(cleanup);
  cleanups_.push_back({Cleanup::Handler, nullptr, eh_.size() - 1, {}, false});
  stmts(h->body);
  cleanups_.pop_back();
  popTry();
  return cleanup;
}

// `except E as e:` ends with `e = None; del e`.
void FuncGen::unbindHandlerName(const ExceptHandler* h) {
  if (h->name.empty()) return;
  std::string nm(h->name);
  Storage st = resolve(mangle(nm), scope_);
  if (st.kind == Storage::Ssa) {
    writeVar(st.var, constNull(var_types_[st.var] == T().object() ? T().object() : var_types_[st.var]));
  } else {
    storeName(nm, B().constNone());
    deleteName(nm, h);
  }
}

// The handlers of try/except* (PEP 654): every clause takes the part of the
// exception (group) its type matches (excstar.match splits what is left; a
// naked exception is wrapped in a group) and runs with that part as the
// handled exception. What a clause raises is recorded (excstar.raised)
// instead of propagating, and excstar.end raises it together with the part
// no clause matched, or falls through when nothing is left.
void FuncGen::exceptStarDispatch(const TryStmt* s) {
  ValueId exc = B().excCurrent();
  ValueId state = B().emit(ir::Op::ExcStarBegin, {}, {exc});
  for (ExceptHandler* h : s->handlers) {
    if (!live()) break;
    line_ = m_.lineOf(h);
    B().setLine(line_);
    ValueId cls = toObject(expr(h->type));
    ValueId part = B().emit(ir::Op::ExcStarMatch, {}, {state, cls});
    BlockId body = newBlock(), next = newBlock();
    condBr(B().unary(ir::Op::BoolNot, B().isNull(part)), body, next);
    enter(body);
    BlockId cleanup = handlerBody(h, part);
    if (live()) {
      B().excPop();
      unbindHandlerName(h);
      br(next);
    }
    enter(cleanup);
    if (live()) {
      ValueId raised = B().excCurrent();
      B().excPop();
      B().emit(ir::Op::ExcStarRaised, {}, {state, raised});
      br(next);
    }
    enter(next);
  }
  if (live()) {
    B().setLine(m_.lineOf(s));
    B().emit(ir::Op::ExcStarEnd, {}, {state});
  }
}

// `with A() as a, B() as b: body` is two nested withs. For each item: the
// manager is evaluated, its __exit__ looked up (with.exit) and __enter__
// called (with.enter); the `as` target is bound inside the protected region,
// as in CPython. Leaving the body normally (or by return/break/continue,
// runCleanups) calls exit(None, None, None); an exception calls
// exit(type, exc, tb) with the exception current and re-raises it unless the
// result is true.
void FuncGen::withStmt(const WithStmt* s, size_t item, bool async) {
  const WithItem* it = s->items[item];
  // The manager's line: for the calls of __enter__ and __exit__.
  auto atWithLine = [&, line = m_.lineOf(it->context_expr)] {
    line_ = line;
    B().setLine(line);
  };
  atWithLine();
  ValueId mgr = toObject(expr(it->context_expr));
  ValueId exit_fn, value;
  if (async) {
    // async with: __aenter__/__aexit__, each call's result awaited.
    exit_fn = B().emit(ir::Op::AsyncWithExit, {}, {mgr});
    value = await(B().emit(ir::Op::AsyncWithEnter, {}, {mgr}));
  } else {
    exit_fn = B().emit(ir::Op::WithExit, {}, {mgr});
    value = B().emit(ir::Op::WithEnter, {}, {mgr});
  }
  BlockId after = newBlock();
  BlockId handler = newBlock();
  pushTry(handler);
  cleanups_.push_back({Cleanup::With, nullptr, eh_.size() - 1, exit_fn, async});
  if (it->optional_vars) assign(it->optional_vars, value);
  if (live()) {
    if (item + 1 < s->items.size())
      withStmt(s, item + 1, async);
    else
      stmts(s->body);
  }
  cleanups_.pop_back();
  popTry();
  if (live()) {
    atWithLine();
    ValueId none = B().constNone();
    ValueId r = B().pyCall(exit_fn, {none, none, none});
    if (async) await(r);
    br(after);
  }
  enter(handler);
  if (live()) {
    atWithLine();
    ValueId exc = B().excCurrent();
    B().excPush(exc);
    // An exception from __exit__ itself leaves with the handled one popped.
    BlockId cleanup = newBlock();
    pushTry(cleanup);
    ValueId suppress = async ? truth(await(B().emit(ir::Op::WithExitCall, {}, {exit_fn, exc})))
                             : B().emit(ir::Op::WithExitExc, {}, {exit_fn, exc});
    popTry();
    BlockId swallow = newBlock(), reraise = newBlock();
    condBr(suppress, swallow, reraise);
    enter(reraise);
    if (live()) {
      B().excPop();
      B().reraise(exc);
      terminate();
    }
    enter(swallow);
    if (live()) {
      B().excPop();
      br(after);
    }
    leaveHandlerRegion(cleanup);
  }
  enter(after);
}

// The unwind target of code that runs while an exception is handled (an
// except body, a with's __exit__): the new exception leaves with the handled
// one popped.
void FuncGen::leaveHandlerRegion(BlockId cleanup) {
  enter(cleanup);
  if (!live()) return;
  ValueId inner = B().excCurrent();
  B().excPop();
  B().reraise(inner);
  terminate();
}

void FuncGen::raiseStmt(const RaiseStmt* s) {
  // The blocks that computing the exception makes (calls' fast and generic
  // paths) lead only to the raise: cold (ir::Block::cold).
  ++raising_;
  if (!s->exc) {
    B().raise();
  } else {
    ValueId exc = toObject(expr(s->exc));
    if (s->cause)
      B().raise(exc, toObject(expr(s->cause)));
    else
      B().raise(exc);
  }
  --raising_;
  terminate();
}

void FuncGen::assertStmt(const AssertStmt* s) {
  BlockId ok = newBlock(), fail = newBlock();
  cond(s->test, ok, fail);
  enter(fail);
  if (live()) {
    if (s->msg)
      B().assertFail(toObject(expr(s->msg)));
    else
      B().assertFail();
    terminate();
  }
  enter(ok);
}

}  // namespace taipan::irgen
