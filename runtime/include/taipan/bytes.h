// The bytes type (basic support): immutable byte strings with literals, repr,
// len, indexing, iteration, slicing, decode, comparison and hashing.
#pragma once

#include "taipan/object.h"

typedef struct TpBytes {
  TpObject ob;
  int64_t size;
  int64_t hash;  // -1 until computed
  TpValue subclass_dict;  // __dict__ of a bytes subclass instance (see TpStr)
  char data[];   // size bytes followed by a NUL
} TpBytes;

static inline TpBytes* tp_bytes_object(TpValue b) { return (TpBytes*)tp_as_object(b); }
static inline const char* tp_bytes_data(TpValue b) { return tp_bytes_object(b)->data; }
static inline int64_t tp_bytes_size(TpValue b) { return tp_bytes_object(b)->size; }

TP_API TP_NOTHROW TpValue tp_bytes_new(const char* data, int64_t size);
TP_API TpValue tp_bytes_decode_utf8(TpValue b);  // UnicodeDecodeError on bad input
