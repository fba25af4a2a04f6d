// Traceback, frame and code objects, and the `_traceback` core of the
// traceback module. An exception records its traceback as an immutable list
// of (function, line) records, outermost first (exceptions.cpp); the objects
// here are read-only views of that list in CPython's shape: `tb_next` walks
// inwards, `tb_frame.f_code.co_name` names the function. Frames are snapshots
// of the place that was executing, not live frames: f_back is None and
// f_locals is empty, because compiled code keeps no frame objects at run time
// (docs/language-support.md); sys._getframe's frames come from the frame
// stack (tp_frames, decision 0031) and have an f_back. `_traceback` formats exceptions with the same
// printer as an uncaught exception, so traceback.format_exc() and the
// interpreter's exit output agree.
#include <gc.h>

#include <string>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {
using namespace tp;

TpType tp_code_type = {TP_TYPE_HEAD("code")};
TpType tp_frame_type = {TP_TYPE_HEAD("frame")};
TpType tp_traceback_type = {TP_TYPE_HEAD("traceback")};

struct CodeObj {
  TpObject ob;
  const TpFuncInfo* info;
};
struct FrameObj {
  TpObject ob;
  const TpFuncInfo* info;
  int32_t line;
  int64_t depth;  // a live frame's slot in tp_frames (f_back is the one below), or 0
};
struct TracebackObj {
  TpObject ob;
  const TpTraceFrame* frame;  // never NULL
};

const char* funcName(const TpFuncInfo* info) { return info && info->name ? info->name : "<module>"; }

template <class T>
T* self(TpValue v, TpType* type) {
  if (!tp_is_object(v) || tp_type_of(v) != type) raiseTypeError("descriptor requires a '%s' object", type->name);
  return reinterpret_cast<T*>(tp_as_object(v));
}

// code
TpValue codeName(TpValue s) { return tp_str_from_cstr(funcName(self<CodeObj>(s, &tp_code_type)->info)); }
TpValue codeQualname(TpValue s) {
  const TpFuncInfo* info = self<CodeObj>(s, &tp_code_type)->info;
  return tp_str_from_cstr(info && info->qualname ? info->qualname : funcName(info));
}
TpValue codeFilename(TpValue s) {
  const TpFuncInfo* info = self<CodeObj>(s, &tp_code_type)->info;
  return tp_str_from_cstr(info && info->file ? info->file : "<unknown>");
}
TpValue codeFirstLine(TpValue s) {
  const TpFuncInfo* info = self<CodeObj>(s, &tp_code_type)->info;
  return tp_int_from_i64(info && info->line > 0 ? info->line : 1);
}
TpValue codeArgCount(TpValue s) {
  const TpFuncInfo* info = self<CodeObj>(s, &tp_code_type)->info;
  if (!info) return tp_int_from_i64(0);
  int64_t n = info->nparams - info->kwonly - ((info->flags & TP_FUNC_VARARGS) ? 1 : 0) -
              ((info->flags & TP_FUNC_VARKW) ? 1 : 0);
  return tp_int_from_i64(n);
}
TpValue codeRepr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__repr__", nargs, 1, 1);
  const TpFuncInfo* info = self<CodeObj>(args[0], &tp_code_type)->info;
  std::string r = std::string("<code object ") + funcName(info) + ", file \"" +
                  (info && info->file ? info->file : "<unknown>") + "\", line " +
                  std::to_string(info && info->line > 0 ? info->line : 1) + ">";
  return tp_str_from_cstr(r.c_str());
}
const GetSetDef kCodeGetSets[] = {{"co_name", codeName},         {"co_qualname", codeQualname},
                                  {"co_filename", codeFilename}, {"co_firstlineno", codeFirstLine},
                                  {"co_argcount", codeArgCount}, {nullptr, nullptr}};
const MethodDef kCodeMethods[] = {{"__repr__", codeRepr}, {nullptr, nullptr}};

TpValue newCode(const TpFuncInfo* info) {
  auto* c = allocObject<CodeObj>(&tp_code_type);
  c->info = info;
  return tp_from_object(c);
}

// `_positions` of traceback objects, Taipan's own (CPython finds them from
// tb_lasti): (lineno, end_lineno, colno, end_colno,
// anchor_lo, anchor_hi), what the traceback module's carets need (columns in
// UTF-8 bytes, None when unknown), or None.
TpValue positionsTuple(const TpSrcPos* p) {
  if (!p) return TP_NONE;
  int32_t fields[] = {p->line, p->end_line, p->col, p->end_col, p->anchor_lo, p->anchor_hi};
  TpValue items[6];
  for (int i = 0; i < 6; i++) items[i] = fields[i] < 0 ? TP_NONE : tp_int_from_i64(fields[i]);
  return tp_tuple_new(6, items);
}

// frame
TpValue newFrame(const TpFuncInfo* info, int32_t line, int64_t depth) {
  auto* f = allocObject<FrameObj>(&tp_frame_type);
  f->info = info;
  f->line = line;
  f->depth = depth;
  return tp_from_object(f);
}

// The frame of the function running at `depth` (1 is the main module's
// body), as the frame stack recorded it: its line is that of the last call
// it made. None below depth 1 or where nothing was recorded.
TpValue stackFrame(int64_t depth) {
  if (depth < 1 || !tp_frames) return TP_NONE;
  const TpFrameSlot& slot = tp_frames[depth & (TP_FRAME_SLOTS - 1)];
  if (!slot.info) return TP_NONE;
  int32_t line = slot.call ? slot.call->line : slot.info->line;
  return newFrame(slot.info, line, depth);
}

TpValue frameCode(TpValue s) { return newCode(self<FrameObj>(s, &tp_frame_type)->info); }
TpValue frameLine(TpValue s) { return tp_int_from_i64(self<FrameObj>(s, &tp_frame_type)->line); }
TpValue frameBack(TpValue s) {
  int64_t depth = self<FrameObj>(s, &tp_frame_type)->depth;
  return depth > 1 ? stackFrame(depth - 1) : TP_NONE;
}
TpValue frameEmptyDict(TpValue s) {
  (void)self<FrameObj>(s, &tp_frame_type);
  return tp_dict_new();
}
// f_globals: what warnings and logging read from it, the module's name.
TpValue frameGlobals(TpValue s) {
  const TpFuncInfo* info = self<FrameObj>(s, &tp_frame_type)->info;
  TpValue d = tp_dict_new();
  tp_dict_setitem(d, tp_str_intern("__name__"), tp_str_from_cstr(info && info->module ? info->module : "__main__"));
  if (info && info->file) tp_dict_setitem(d, tp_str_intern("__file__"), tp_str_from_cstr(info->file));
  return d;
}
TpValue frameRepr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__repr__", nargs, 1, 1);
  auto* f = self<FrameObj>(args[0], &tp_frame_type);
  std::string r = std::string("<frame, file '") + (f->info && f->info->file ? f->info->file : "<unknown>") +
                  "', line " + std::to_string(f->line) + ", code " + funcName(f->info) + ">";
  return tp_str_from_cstr(r.c_str());
}
const GetSetDef kFrameGetSets[] = {{"f_code", frameCode},        {"f_lineno", frameLine},     {"f_back", frameBack},
                                   {"f_locals", frameEmptyDict}, {"f_globals", frameGlobals}, {nullptr, nullptr}};
const MethodDef kFrameMethods[] = {{"__repr__", frameRepr}, {nullptr, nullptr}};

// traceback
TpValue tbFrame(TpValue s) {
  const TpTraceFrame* t = self<TracebackObj>(s, &tp_traceback_type)->frame;
  return newFrame(t->info, t->line, 0);
}
TpValue tbLine(TpValue s) { return tp_int_from_i64(self<TracebackObj>(s, &tp_traceback_type)->frame->line); }
TpValue tbNext(TpValue s) { return tracebackObject(self<TracebackObj>(s, &tp_traceback_type)->frame->next); }
TpValue tbLasti(TpValue s) {
  (void)self<TracebackObj>(s, &tp_traceback_type);
  return tp_int_from_i64(-1);
}
TpValue tbPositions(TpValue s) { return positionsTuple(self<TracebackObj>(s, &tp_traceback_type)->frame->pos); }
const GetSetDef kTracebackGetSets[] = {{"tb_frame", tbFrame}, {"tb_lineno", tbLine},       {"tb_next", tbNext},
                                       {"tb_lasti", tbLasti}, {"_positions", tbPositions}, {nullptr, nullptr}};

// _traceback.carets(line, positions) -> str: the caret line under source
// line `line` (without its newline) for a `_positions` tuple, or "".
TpValue T_carets(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("carets", nargs, 2, 2);
  if (!tp_is_str(args[0])) raiseTypeError("carets() line must be str");
  if (!tp_is_tuple(args[1]) || tp_tuple_size(args[1]) != 6) return tp_str_empty();
  int32_t f[6];
  for (int i = 0; i < 6; i++) {
    TpValue v = tp_tuple_get(args[1], i);
    f[i] = v == TP_NONE ? -1 : (int32_t)tp_int_as_i64(v);
  }
  TpSrcPos pos{f[0], f[1], f[2], f[3], f[4], f[5]};
  std::string raw(tp_str_data(args[0]), (size_t)tp_str_size(args[0]));
  size_t b = raw.find_first_not_of(" \t\f\r\n\v");
  if (b == std::string::npos) return tp_str_empty();
  size_t e = raw.find_last_not_of(" \t\f\r\n\v");
  std::string text = caretLine(raw, raw.substr(b, e - b + 1), &pos);
  return tp_str_from_utf8(text.data(), (int64_t)text.size());
}

int64_t limitArg(TpValue v) { return v == TP_NONE ? kNoTracebackLimit : tp_int_as_i64(v); }

// _traceback.format_exception(exc, chain, limit) -> str: the text of an
// uncaught exception (limit None or an int).
TpValue T_formatException(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("format_exception", nargs, 3, 3);
  if (!isExcInstance(args[0])) raiseTypeError("exception expected, not %s", typeName(args[0]));
  std::string text = formatException(args[0], tp_truth(args[1]), limitArg(args[2]));
  return tp_str_from_utf8(text.data(), (int64_t)text.size());
}
// _traceback.format_exception_only(exc) -> str: the last line and the notes.
TpValue T_formatExceptionOnly(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("format_exception_only", nargs, 1, 1);
  if (!isExcInstance(args[0])) raiseTypeError("exception expected, not %s", typeName(args[0]));
  std::string text = formatExceptionLine(args[0]);
  return tp_str_from_utf8(text.data(), (int64_t)text.size());
}
// sys._getframe(depth=0): the caller's frame, or the one `depth` calls
// below it.
TpValue S_getframe(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_getframe", nargs, 0, 1);
  int64_t up = 0;
  if (nargs == 1) {
    if (!tp_is_int(args[0])) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(args[0]));
    up = tp_int_as_i64(args[0]);
  }
  TpValue f = up > tp_rec_depth ? TP_NONE : stackFrame(tp_rec_depth - (up < 0 ? 0 : up));
  if (f == TP_NONE) raiseValueError("call stack is not deep enough");
  return f;
}
}  // namespace

namespace tp {

TpValue tracebackObject(const TpTraceFrame* frames) {
  if (!frames) return TP_NONE;
  auto* t = allocObject<TracebackObj>(&tp_traceback_type);
  t->frame = frames;
  return tp_from_object(t);
}

bool isTracebackObject(TpValue v) { return tp_is_object(v) && tp_type_of(v) == &tp_traceback_type; }

const TpTraceFrame* tracebackFrames(TpValue tb) {
  if (tb == TP_NONE || tb == TP_NULL) return nullptr;
  if (!tp_is_object(tb) || tp_type_of(tb) != &tp_traceback_type)
    raiseTypeError("__traceback__ must be a traceback or None");
  return reinterpret_cast<TracebackObj*>(tp_as_object(tb))->frame;
}

void initTraceback(TpValue sys) {
  registerModuleFunction(sys, "_getframe", S_getframe);
  tp_code_type.instance_size = sizeof(CodeObj);
  tp_frame_type.instance_size = sizeof(FrameObj);
  tp_traceback_type.instance_size = sizeof(TracebackObj);
  readyType(&tp_code_type, kCodeMethods, kCodeGetSets, true);
  readyType(&tp_frame_type, kFrameMethods, kFrameGetSets, true);
  readyType(&tp_traceback_type, nullptr, kTracebackGetSets, true);
  TpValue m = newBuiltinModule("_traceback");
  registerModuleFunction(m, "format_exception", T_formatException);
  registerModuleFunction(m, "format_exception_only", T_formatExceptionOnly);
  registerModuleFunction(m, "carets", T_carets);
}

}  // namespace tp
