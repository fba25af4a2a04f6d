// Unit tests of the generator runtime (taipan/gen.h) without the compiler: a
// hand-written state machine stands in for a compiled coroutine body and
// talks to the runtime the way lowered code does (tp_gen_resumed after each
// resume, tp_gen_yield before each suspend, tp_gen_return at the end). The
// tests drive it through the Python-level protocol: next/send/throw/close,
// StopIteration values, PEP 479 and the messages CPython 3.11 prints.
#include "taipan/gen.h"

#include <gtest/gtest.h>

#include <string>

#include "../../../runtime/src/runtime.h"
#include "taipan/ops.h"
#include "taipan/str.h"

namespace {

TpValue S(const char* s) { return tp_str_intern(s); }
std::string Str(TpValue v) {
  TpValue s = tp_str(v);
  return std::string(tp_str_data(s), (size_t)tp_str_size(s));
}
template <class Fn>
std::string Raises(Fn fn) {
  try {
    fn();
  } catch (TpRaised& r) {
    return tp::exceptionLastLine(r.exc);
  }
  return "";
}

// def g():
//     x = yield 1
//     try:
//         yield x
//     except ValueError:
//         yield "caught"
//     return "done"
// state -1 (bad): raises StopIteration from the body (PEP 479).
struct Frame {
  int state;
  TpValue gen;
};

void resumeG(void* p) {
  Frame* f = static_cast<Frame*>(p);
  switch (f->state) {
    case 0:
      tp_gen_resumed(f->gen);
      tp_gen_yield(f->gen, tp_small_int(1));
      f->state = 1;
      return;
    case 1:
      tp_gen_yield(f->gen, tp_gen_resumed(f->gen));
      f->state = 2;
      return;
    case 2:
      try {
        tp_gen_resumed(f->gen);
      } catch (TpRaised& r) {
        if (!tp::excIsInstance(r.exc, &tp_exc_ValueError)) throw;
        tp_gen_yield(f->gen, S("caught"));
        f->state = 3;
        return;
      }
      tp_gen_return(f->gen, S("done"));
      return;
    case 3:
      tp_gen_resumed(f->gen);
      tp_gen_return(f->gen, S("done"));
      return;
    default:
      tp_gen_resumed(f->gen);
      tp_raise(tp_from_object(&tp_exc_StopIteration));
  }
}

const char* const kNoParams[] = {nullptr};
const TpFuncInfo kInfo = {"g", "g", "__main__", "g.py", kNoParams, 0, 0, 0, 0, 1, nullptr};

TpValue NewGen(int state = 0) {
  Frame* f = static_cast<Frame*>(tp_gc_malloc(sizeof(Frame)));
  f->state = state;
  f->gen = tp_gen_new(f, resumeG, &kInfo, nullptr);
  return f->gen;
}

TpValue Method(TpValue g, const char* name, std::initializer_list<TpValue> args = {}) {
  return tp_call(tp_getattr(g, S(name)), args.begin(), (int64_t)args.size(), TP_NULL);
}

class RuntimeGen : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TEST_F(RuntimeGen, NextSendAndReturnValue) {
  TpValue g = NewGen();
  EXPECT_EQ(Str(tp_repr(tp_getattr(g, S("__name__")))), "'g'");
  EXPECT_EQ(Str(Method(g, "__next__")), "1");
  EXPECT_EQ(Str(Method(g, "send", {S("sent")})), "sent");
  EXPECT_EQ(Raises([&] { Method(g, "__next__"); }), "StopIteration: done");
  EXPECT_EQ(Raises([&] { Method(g, "__next__"); }), "StopIteration");
  EXPECT_EQ(tp_next(g), TP_NULL);  // the slot: exhaustion without an exception
}

TEST_F(RuntimeGen, ThrowIsRaisedAtTheYield) {
  TpValue g = NewGen();
  tp_next(g);
  tp_next(g);
  EXPECT_EQ(Str(Method(g, "throw", {tp_from_object(&tp_exc_ValueError)})), "caught");
  TpValue g2 = NewGen();
  tp_next(g2);
  tp_next(g2);
  EXPECT_EQ(Raises([&] { Method(g2, "throw", {tp_from_object(&tp_exc_KeyError), S("k")}); }), "KeyError: 'k'");
  EXPECT_EQ(tp_next(g2), TP_NULL);  // finished by the escaping exception
}

TEST_F(RuntimeGen, Messages) {
  TpValue g = NewGen();
  EXPECT_EQ(Raises([&] { Method(g, "send", {tp_small_int(3)}); }),
            "TypeError: can't send non-None value to a just-started generator");
  EXPECT_EQ(Raises([&] { Method(g, "throw", {tp_small_int(3)}); }),
            "TypeError: exceptions must be classes or instances deriving from BaseException, not int");
  EXPECT_EQ(Raises([&] { tp_next(NewGen(-1)); }), "RuntimeError: generator raised StopIteration");
  EXPECT_EQ(Str(tp_repr(g)).rfind("<generator object g at 0x", 0), 0u);
}

TEST_F(RuntimeGen, Close) {
  TpValue fresh = NewGen();
  EXPECT_EQ(Method(fresh, "close"), TP_NONE);
  EXPECT_EQ(tp_next(fresh), TP_NULL);  // an unstarted generator just finishes
  TpValue g = NewGen();
  tp_next(g);
  EXPECT_EQ(Method(g, "close"), TP_NONE);  // GeneratorExit at the yield, not caught
  EXPECT_EQ(tp_next(g), TP_NULL);
  // Suspended after handling a thrown exception: closes the same way.
  TpValue h = NewGen();
  tp_next(h);
  tp_next(h);
  Method(h, "throw", {tp_from_object(&tp_exc_ValueError)});
  EXPECT_EQ(Method(h, "close"), TP_NONE);
}

}  // namespace
