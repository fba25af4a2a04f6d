// `_time`, the native core of the `time` module (stdlib/time.py, decision
// 0020): the clocks (clock_gettime), sleep, the broken-down time conversions
// (gmtime_r/localtime_r/mktime) as plain tuples, strftime over a tuple, and
// the local zone's names and offsets. time.py builds struct_time and the
// public functions on top.
#include <errno.h>
#include <time.h>

#include <cmath>
#include <cstring>
#include <string>

#include "runtime.h"
#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

double clockSeconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

TpValue clockNs(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return tp_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

// args[0] selects the clock: 0 realtime, 1 monotonic, 2 process CPU, 3 thread CPU.
clockid_t clockArg(const TpValue* args, int64_t nargs, const char* fname) {
  checkArgCount(fname, nargs, 1, 1);
  int64_t which = tp_int_as_i64(args[0]);
  switch (which) {
    case 0:
      return CLOCK_REALTIME;
    case 1:
      return CLOCK_MONOTONIC;
    case 2:
      return CLOCK_PROCESS_CPUTIME_ID;
    default:
      return CLOCK_THREAD_CPUTIME_ID;
  }
}

TpValue Time_clock(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_float_box(clockSeconds(clockArg(args, nargs, "clock")));
}

TpValue Time_clock_ns(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return clockNs(clockArg(args, nargs, "clock_ns"));
}

double secondsArg(TpValue v, const char* fname) {
  if (tp_is_int(v)) return tp_int_to_float(v);
  if (tp_is_float(v)) return tp_float_unbox(v);
  raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
}

TpValue Time_sleep(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("sleep", kwnames);
  checkArgCount("sleep", nargs, 1, 1);
  double secs = secondsArg(args[0], "sleep");
  if (std::isnan(secs)) raiseValueError("Invalid value NaN (not a number)");
  if (secs < 0) raiseValueError("sleep length must be non-negative");
  struct timespec req;
  req.tv_sec = (time_t)secs;
  req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
  // An interrupted sleep raises KeyboardInterrupt after a SIGINT (PEP 475:
  // other signals resume it).
  while (nanosleep(&req, &req) != 0 && errno == EINTR) checkInterrupt();
  return TP_NONE;
}

// (year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff) in
// Python's conventions (wday Monday=0, yday from 1).
TpValue tmTuple(const struct tm& t) {
  TpValue items[11] = {tp_int_from_i64(t.tm_year + 1900),
                       tp_int_from_i64(t.tm_mon + 1),
                       tp_int_from_i64(t.tm_mday),
                       tp_int_from_i64(t.tm_hour),
                       tp_int_from_i64(t.tm_min),
                       tp_int_from_i64(t.tm_sec),
                       tp_int_from_i64((t.tm_wday + 6) % 7),
                       tp_int_from_i64(t.tm_yday + 1),
                       tp_int_from_i64(t.tm_isdst),
                       t.tm_zone ? tp_str_from_cstr(t.tm_zone) : TP_NONE,
                       tp_int_from_i64(t.tm_gmtoff)};
  return tp_tuple_new(11, items);
}

time_t timeArg(const TpValue* args, int64_t nargs, const char* fname) {
  checkArgCount(fname, nargs, 0, 1);
  if (nargs == 0 || args[0] == TP_NONE) return time(nullptr);
  double secs = secondsArg(args[0], fname);
  if (std::isnan(secs)) raiseValueError("Invalid value NaN (not a number)");
  if (std::fabs(secs) > 1e17) raiseOverflowError("timestamp out of range for platform time_t");
  return (time_t)std::floor(secs);
}

TpValue Time_gmtime(const TpValue* args, int64_t nargs, TpValue kwnames) {
  time_t t = timeArg(args, nargs, "gmtime");
  struct tm out;
  if (!gmtime_r(&t, &out)) raiseOverflowError("timestamp out of range for platform time_t");
  return tmTuple(out);
}

TpValue Time_localtime(const TpValue* args, int64_t nargs, TpValue kwnames) {
  time_t t = timeArg(args, nargs, "localtime");
  struct tm out;
  if (!localtime_r(&t, &out)) raiseOverflowError("timestamp out of range for platform time_t");
  return tmTuple(out);
}

// A 9-tuple (Python conventions) into struct tm.
void tmFromTuple(TpValue tup, struct tm* t, const char* fname) {
  if (!tp_is_tuple(tup) || tp_tuple_size(tup) < 9)
    raiseTypeError("%s(): illegal time tuple argument", fname);
  int64_t v[9];
  for (int i = 0; i < 9; i++) v[i] = tp_int_as_i64(tp_tuple_get(tup, i));
  memset(t, 0, sizeof *t);
  t->tm_year = (int)(v[0] - 1900);
  t->tm_mon = (int)(v[1] - 1);
  t->tm_mday = (int)v[2];
  t->tm_hour = (int)v[3];
  t->tm_min = (int)v[4];
  t->tm_sec = (int)v[5];
  t->tm_wday = (int)((v[6] + 1) % 7);
  t->tm_yday = (int)(v[7] - 1);
  t->tm_isdst = (int)v[8];
}

TpValue Time_mktime(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("mktime", nargs, 1, 1);
  struct tm t;
  tmFromTuple(args[0], &t, "mktime");
  t.tm_wday = -1;
  time_t r = mktime(&t);
  if (r == (time_t)-1 && t.tm_wday == -1) raiseOverflowError("mktime argument out of range");
  return tp_float_box((double)r);
}

TpValue Time_strftime(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("strftime", nargs, 2, 2);
  if (!tp_is_str(args[0])) raiseTypeError("strftime() argument 1 must be str, not %s", typeName(args[0]));
  struct tm t;
  tmFromTuple(args[1], &t, "strftime");
  // Zone fields for %Z/%z come from the local zone when the tuple has none.
  time_t now = time(nullptr);
  struct tm local;
  localtime_r(&now, &local);
  t.tm_zone = local.tm_zone;
  t.tm_gmtoff = local.tm_gmtoff;
  if (tp_tuple_size(args[1]) >= 11) {
    TpValue zone = tp_tuple_get(args[1], 9), off = tp_tuple_get(args[1], 10);
    if (tp_is_str(zone)) t.tm_zone = tp_str_data(zone);
    if (tp_is_int(off)) t.tm_gmtoff = tp_int_as_i64(off);
  }
  std::string fmt(tp_str_data(args[0]));
  if (fmt.empty()) return tp_str_from_cstr("");
  std::string buf(256, '\0');
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &t);
    if (n > 0 || buf.size() > 256 * fmt.size() + 4096) return tp_str_from_utf8(buf.data(), (int64_t)n);
    buf.resize(buf.size() * 2);
  }
}

TpValue Time_zoneinfo(const TpValue* args, int64_t nargs, TpValue kwnames) {
  // (timezone, altzone, daylight, (stdname, dstname)) as CPython computes
  // them from January and July of the current year.
  tzset();
  time_t now = time(nullptr);
  struct tm t;
  localtime_r(&now, &t);
  int year = t.tm_year;
  struct tm jan = {}, jul = {};
  jan.tm_year = jul.tm_year = year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tj = mktime(&jan), tl = mktime(&jul);
  struct tm j, l;
  localtime_r(&tj, &j);
  localtime_r(&tl, &l);
  long janoff = -j.tm_gmtoff, juloff = -l.tm_gmtoff;
  const char* janname = j.tm_zone ? j.tm_zone : "";
  const char* julname = l.tm_zone ? l.tm_zone : "";
  TpValue names[2];
  long tz, alt;
  if (janoff < juloff) {  // southern hemisphere: DST in January
    tz = juloff;
    alt = janoff;
    names[0] = tp_str_from_cstr(julname);
    names[1] = tp_str_from_cstr(janname);
  } else {
    tz = janoff;
    alt = juloff;
    names[0] = tp_str_from_cstr(janname);
    names[1] = tp_str_from_cstr(julname);
  }
  TpValue items[4] = {tp_int_from_i64(tz), tp_int_from_i64(alt), tp_int_from_i64(janoff != juloff),
                      tp_tuple_new(2, names)};
  return tp_tuple_new(4, items);
}

}  // namespace

namespace tp {

void initTimeCore() {
  TpValue m = newBuiltinModule("_time");
  registerModuleFunction(m, "clock", Time_clock);
  registerModuleFunction(m, "clock_ns", Time_clock_ns);
  registerModuleFunction(m, "sleep", Time_sleep);
  registerModuleFunction(m, "gmtime", Time_gmtime);
  registerModuleFunction(m, "localtime", Time_localtime);
  registerModuleFunction(m, "mktime", Time_mktime);
  registerModuleFunction(m, "strftime", Time_strftime);
  registerModuleFunction(m, "zoneinfo", Time_zoneinfo);
}

}  // namespace tp

TP_NATIVE_MODULE(_time, tp::initTimeCore)
