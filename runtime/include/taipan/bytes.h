// The binary sequence types: bytes (immutable byte strings with literals),
// bytearray (mutable, growable) and memoryview (a window on either). They
// share one method table (runtime/src/bytes.cpp) and the codecs of
// runtime/src/codecs.cpp.
#pragma once

#include "taipan/object.h"

typedef struct TpBytes {
  TpObject ob;
  int64_t size;
  int64_t hash;           // -1 until computed
  TpValue subclass_dict;  // __dict__ of a bytes subclass instance (see TpStr)
  char data[];            // size bytes followed by a NUL
} TpBytes;

static inline TpBytes* tp_bytes_object(TpValue b) { return (TpBytes*)tp_as_object(b); }
static inline const char* tp_bytes_data(TpValue b) { return tp_bytes_object(b)->data; }
static inline int64_t tp_bytes_size(TpValue b) { return tp_bytes_object(b)->size; }

TP_API TP_NOTHROW TpValue tp_bytes_new(const char* data, int64_t size);
TP_API TpValue tp_bytes_decode_utf8(TpValue b);  // UnicodeDecodeError on bad input

typedef struct TpByteArray {
  TpObject ob;
  int64_t size;
  int64_t capacity;
  char* data;  // GC-allocated (atomic), capacity + 1 bytes, NUL-terminated
} TpByteArray;

typedef struct TpMemoryView {
  TpObject ob;
  TpValue obj;  // the bytes or bytearray viewed
  int64_t start, step, len;
  bool readonly;
  bool released;
} TpMemoryView;

TP_EXTERN_C TpType tp_bytearray_type, tp_memoryview_type;
