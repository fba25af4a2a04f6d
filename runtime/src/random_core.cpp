// `_random`, the native core of stdlib/random.py (issue #6, decision 0020):
// the MT19937 Mersenne Twister generator (Matsumoto and Nishimura's
// algorithm: init_by_array seeding, 624-word state, tempering), so that
// sequences equal CPython's for a seed. A generator is a small native object;
// random.py keeps seeding from Python values, getstate/setstate's tuple form
// and every distribution, and calls these for the words.
#include <stdint.h>
#include <string.h>

#include "seq_internal.h"
#include "taipan/float.h"

using namespace tp;

extern "C" {
TpType tp_mt_state_type = {TP_TYPE_HEAD("_random.State")};
}

namespace {

constexpr int kN = 624, kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;

struct MtState {
  TpObject ob;
  uint32_t mt[kN];
  int mti;
};

MtState* stateArg(TpValue v) {
  if (!tp_is_object(v) || tp_type_of(v) != &tp_mt_state_type) raiseTypeError("expected a generator state");
  return reinterpret_cast<MtState*>(tp_as_object(v));
}

void initGenrand(MtState* s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < kN; i++) s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) + (uint32_t)i;
  s->mti = kN;
}

uint32_t genrand(MtState* s) {
  uint32_t* mt = s->mt;
  if (s->mti >= kN) {
    int kk = 0;
    for (; kk < kN - kM; kk++) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    }
    for (; kk < kN - 1; kk++) {
      uint32_t y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    }
    uint32_t y = (mt[kN - 1] & kUpper) | (mt[0] & kLower);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    s->mti = 0;
  }
  uint32_t y = mt[s->mti++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

TpValue R_new(const TpValue* args, int64_t nargs, TpValue kwnames) {
  auto* s = allocObject<MtState>(&tp_mt_state_type);
  s->mti = kN + 1;
  return tp_from_object(s);
}

// init_by_array(state, key): key is a list of 32-bit ints.
TpValue R_init_by_array(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("init_by_array", nargs, 2, 2);
  MtState* s = stateArg(args[0]);
  TpValue key = args[1];
  int64_t n = tp_list_size(key);
  initGenrand(s, 19650218u);
  int i = 1;
  int64_t j = 0;
  for (int64_t k = kN > n ? kN : n; k; k--) {
    uint32_t kj = (uint32_t)tp_int_as_i64(tp_list_get(key, j));
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1664525u)) + kj + (uint32_t)j;
    i++;
    j++;
    if (i >= kN) {
      s->mt[0] = s->mt[kN - 1];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (int k = kN - 1; k; k--) {
    s->mt[i] = (s->mt[i] ^ ((s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= kN) {
      s->mt[0] = s->mt[kN - 1];
      i = 1;
    }
  }
  s->mt[0] = 0x80000000u;
  return TP_NONE;
}

TpValue R_genrand(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_int_from_i64(genrand(stateArg(args[0])));
}

TpValue R_random(const TpValue* args, int64_t nargs, TpValue kwnames) {
  MtState* s = stateArg(args[0]);
  uint32_t a = genrand(s) >> 5, b = genrand(s) >> 6;
  return tp_float_box((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// getrandbits(state, k) for k >= 0.
TpValue R_getrandbits(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getrandbits", nargs, 2, 2);
  MtState* s = stateArg(args[0]);
  int64_t k = tp_int_as_i64(args[1]);
  if (k < 0) raiseValueError("number of bits must be non-negative");
  if (k == 0) return tp_small_int(0);
  if (k <= 32) return tp_int_from_i64(genrand(s) >> (32 - k));
  if (k <= 62) {
    uint64_t lo = genrand(s);
    uint64_t hi = genrand(s) >> (64 - k);
    return tp_int_from_i64((int64_t)((hi << 32) | lo));
  }
  // Little-endian 32-bit words, the last one cut to the remaining bits.
  int64_t words = (k - 1) / 32 + 1;
  std::string bytes((size_t)words * 4, '\0');
  for (int64_t w = 0; w < words; w++, k -= 32) {
    uint32_t r = genrand(s);
    if (k < 32) r >>= 32 - k;
    for (int b = 0; b < 4; b++) bytes[(size_t)(w * 4 + b)] = (char)((r >> (8 * b)) & 0xFF);
  }
  TpValue from_bytes = tp_getattr(tp_from_object(&tp_int_type), tp_str_intern("from_bytes"));
  TpValue a[2] = {tp_bytes_new(bytes.data(), (int64_t)bytes.size()), tp_str_intern("little")};
  return tp_call(from_bytes, a, 2, TP_NULL);
}

// getstate(state) -> tuple of the 624 words and the index; setstate(state, tuple).
TpValue R_getstate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  MtState* s = stateArg(args[0]);
  TpValue t = tp_tuple_new(kN + 1, nullptr);
  for (int i = 0; i < kN; i++) tp_tuple_items(t)[i] = tp_int_from_i64(s->mt[i]);
  tp_tuple_items(t)[kN] = tp_int_from_i64(s->mti);
  return t;
}

TpValue R_setstate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("setstate", nargs, 2, 2);
  MtState* s = stateArg(args[0]);
  TpValue t = args[1];
  if (!tp_is_tuple(t) || tp_tuple_size(t) != kN + 1) raiseValueError("state vector is the wrong size");
  for (int i = 0; i < kN; i++) s->mt[i] = (uint32_t)tp_int_as_i64(tp_tuple_items(t)[i]);
  int64_t idx = tp_int_as_i64(tp_tuple_items(t)[kN]);
  if (idx < 0 || idx > kN) raiseValueError("invalid state");
  s->mti = (int)idx;
  return TP_NONE;
}

}  // namespace

namespace tp {

void initRandomCore() {
  tp_mt_state_type.instance_size = sizeof(MtState);
  readyType(&tp_mt_state_type);
  TpValue m = newBuiltinModule("_random");
  registerModuleFunction(m, "new", R_new);
  registerModuleFunction(m, "init_by_array", R_init_by_array);
  registerModuleFunction(m, "genrand", R_genrand);
  registerModuleFunction(m, "random", R_random);
  registerModuleFunction(m, "getrandbits", R_getrandbits);
  registerModuleFunction(m, "getstate", R_getstate);
  registerModuleFunction(m, "setstate", R_setstate);
}

}  // namespace tp

TP_NATIVE_MODULE(_random, tp::initRandomCore)
