// Definitions of the hot generator entry points of runtime/include/taipan/gen.h
// that every yield runs: storing the yielded value and taking the value sent
// in. Like fastpath.cpp, this file is compiled into libtaipan_rt.a and into
// the runtime bitcode codegen inlines from, so it uses only public headers;
// raising the exception throw() passed in stays out of line in
// runtime/src/gen.cpp.
#include "taipan/gen.h"

void tp_gen_yield(TpValue gen, TpValue value) { ((TpGenerator*)tp_as_object(gen))->value = value; }

TpValue tp_gen_resumed(TpValue gen) {
  TpGenerator* g = (TpGenerator*)tp_as_object(gen);
  if (__builtin_expect(g->thrown != TP_NULL, 0)) tp_gen_raise_thrown(gen);
  return g->sent;
}
