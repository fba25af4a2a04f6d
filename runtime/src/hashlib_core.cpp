// `_hashlib`, the native core of the `hashlib` module (stdlib/hashlib.py,
// decision 0020) over OpenSSL's libcrypto EVP interface: new(name, data)
// makes a hash object with update, digest, hexdigest, copy and the name,
// digest_size and block_size attributes. Digest contexts are freed by a GC
// finalizer (they are libcrypto allocations).
#include <gc.h>
#include <openssl/evp.h>
#include <sys/random.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime.h"
#include "seq_internal.h"
#include "taipan/bytes.h"
#include "taipan/int.h"
#include "taipan/str.h"

using namespace tp;

namespace {

struct HashObj {
  TpObject ob;
  EVP_MD_CTX* ctx;
  TpValue name;  // Python's name: "sha256", "blake2b", ...
};

TpValue hashUpdate(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue hashDigest(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue hashHexdigest(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue hashCopy(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue hashName(TpValue self);
TpValue hashDigestSize(TpValue self);
TpValue hashBlockSize(TpValue self);
TpValue hashRepr(TpValue self);

const MethodDef kHashMethods[] = {{"update", hashUpdate},
                                  {"digest", hashDigest},
                                  {"hexdigest", hashHexdigest},
                                  {"copy", hashCopy},
                                  {nullptr, nullptr}};
const GetSetDef kHashGetSets[] = {
    {"name", hashName}, {"digest_size", hashDigestSize}, {"block_size", hashBlockSize}, {nullptr, nullptr}};

}  // namespace

TpType tp_hash_type = {TP_TYPE_HEAD("_hashlib.HASH"), .instance_size = sizeof(HashObj), .repr = hashRepr};

namespace {

HashObj* hobj(TpValue v) {
  if (!tp_is_object(v) || tp_type_of(v) != &tp_hash_type) raiseTypeError("a _hashlib.HASH object is required");
  return reinterpret_cast<HashObj*>(tp_as_object(v));
}

void finalizeHash(void* obj, void*) {
  auto* h = static_cast<HashObj*>(obj);
  if (h->ctx) EVP_MD_CTX_free(h->ctx);
  h->ctx = nullptr;
}

HashObj* newHash(TpValue name) {
  auto* h = static_cast<HashObj*>(tp_alloc(&tp_hash_type, sizeof(HashObj)));
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx) raiseMemoryError();
  h->name = name;
  GC_register_finalizer(h, finalizeHash, nullptr, nullptr, nullptr);
  return h;
}

void feed(HashObj* h, TpValue data) {
  if (tp_is_str(data)) raiseTypeError("Strings must be encoded before hashing");
  std::string storage;
  std::string_view view;
  if (!seq::bytesLikeView(data, &view, &storage))
    raiseTypeError("object supporting the buffer API required");
  if (!view.empty() && EVP_DigestUpdate(h->ctx, view.data(), view.size()) != 1)
    raise(&tp_exc_ValueError, "hash update failed");
}

// OpenSSL's name for a Python algorithm name.
const char* opensslName(std::string_view n) {
  if (n == "blake2b") return "BLAKE2B512";
  if (n == "blake2s") return "BLAKE2S256";
  if (n == "sha512_224") return "SHA512-224";
  if (n == "sha512_256") return "SHA512-256";
  if (n == "sha3_224") return "SHA3-224";
  if (n == "sha3_256") return "SHA3-256";
  if (n == "sha3_384") return "SHA3-384";
  if (n == "sha3_512") return "SHA3-512";
  if (n == "shake_128") return "SHAKE128";
  if (n == "shake_256") return "SHAKE256";
  return nullptr;
}

TpValue Hashlib_new(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[3];
  parseArgs("new", args, nargs, kwnames, {"name", "data", "usedforsecurity"}, 1, 0, a);
  if (!tp_is_str(a[0])) raiseTypeError("new() argument 'name' must be str, not %s", typeName(a[0]));
  std::string name(tp_str_data(a[0]), (size_t)tp_str_size(a[0]));
  std::string lower;
  for (char c : name) lower += (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  const char* ossl = opensslName(lower);
  const EVP_MD* md = EVP_get_digestbyname(ossl ? ossl : lower.c_str());
  if (!md) raiseValueError("unsupported hash type %s", name.c_str());
  HashObj* h = newHash(tp_str_from_utf8(lower.data(), (int64_t)lower.size()));
  if (EVP_DigestInit_ex(h->ctx, md, nullptr) != 1) raiseValueError("unsupported hash type %s", name.c_str());
  if (a[1] != TP_NULL && a[1] != TP_NONE) feed(h, a[1]);
  return tp_from_object(&h->ob);
}

bool isXof(HashObj* h) { return (EVP_MD_get_flags(EVP_MD_CTX_get0_md(h->ctx)) & EVP_MD_FLAG_XOF) != 0; }

std::string finish(HashObj* h, int64_t length) {
  EVP_MD_CTX* copy = EVP_MD_CTX_new();
  if (!copy || EVP_MD_CTX_copy_ex(copy, h->ctx) != 1) raiseMemoryError();
  std::string out;
  if (isXof(h)) {
    out.resize((size_t)length);
    EVP_DigestFinalXOF(copy, reinterpret_cast<unsigned char*>(out.data()), (size_t)length);
  } else {
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_DigestFinal_ex(copy, buf, &n);
    out.assign(reinterpret_cast<char*>(buf), n);
  }
  EVP_MD_CTX_free(copy);
  return out;
}

int64_t xofLength(HashObj* h, const TpValue* args, int64_t nargs, const char* fname) {
  if (!isXof(h)) {
    checkArgCount(fname, nargs - 1, 0, 0);
    return 0;
  }
  checkArgCount(fname, nargs - 1, 1, 1);
  int64_t n = tp_int_as_i64(tp_index(args[1]));
  if (n < 0) raiseValueError("length must be non-negative");
  return n;
}

TpValue hashUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("update", kwnames);
  checkArgCount("update", nargs - 1, 1, 1);
  feed(hobj(args[0]), args[1]);
  return TP_NONE;
}

TpValue hashDigest(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("digest", kwnames);
  HashObj* h = hobj(args[0]);
  std::string d = finish(h, xofLength(h, args, nargs, "digest"));
  return tp_bytes_new(d.data(), (int64_t)d.size());
}

TpValue hashHexdigest(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("hexdigest", kwnames);
  HashObj* h = hobj(args[0]);
  std::string d = finish(h, xofLength(h, args, nargs, "hexdigest"));
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char c : d) {
    hex += kHex[c >> 4];
    hex += kHex[c & 15];
  }
  return tp_str_from_utf8(hex.data(), (int64_t)hex.size());
}

TpValue hashCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("copy", kwnames);
  checkArgCount("copy", nargs - 1, 0, 0);
  HashObj* h = hobj(args[0]);
  HashObj* c = newHash(h->name);
  if (EVP_MD_CTX_copy_ex(c->ctx, h->ctx) != 1) raiseMemoryError();
  return tp_from_object(&c->ob);
}

TpValue hashName(TpValue self) { return hobj(self)->name; }
TpValue hashDigestSize(TpValue self) {
  HashObj* h = hobj(self);
  return tp_int_from_i64(isXof(h) ? 0 : EVP_MD_CTX_get_size(h->ctx));
}
TpValue hashBlockSize(TpValue self) { return tp_int_from_i64(EVP_MD_CTX_get_block_size(hobj(self)->ctx)); }
TpValue hashRepr(TpValue self) {
  char buf[96];
  snprintf(buf, sizeof buf, "<%s _hashlib.HASH object @ %p>", tp_str_data(hobj(self)->name),
           (void*)tp_as_object(self));
  return tp_str_from_cstr(buf);
}

// hmac.compare_digest: a comparison whose time does not depend on where the
// inputs differ.
TpValue Hashlib_compare_digest(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("compare_digest", kwnames);
  checkArgCount("compare_digest", nargs, 2, 2);
  std::string sa, sb;
  std::string_view va, vb;
  if (tp_is_str(args[0]) && tp_is_str(args[1])) {
    va = std::string_view(tp_str_data(args[0]), (size_t)tp_str_size(args[0]));
    vb = std::string_view(tp_str_data(args[1]), (size_t)tp_str_size(args[1]));
    for (char c : va)
      if ((unsigned char)c >= 128) raiseTypeError("comparing strings with non-ASCII characters is not supported");
    for (char c : vb)
      if ((unsigned char)c >= 128) raiseTypeError("comparing strings with non-ASCII characters is not supported");
  } else if (!tp_is_str(args[0]) && !tp_is_str(args[1]) && seq::bytesLikeView(args[0], &va, &sa) &&
             seq::bytesLikeView(args[1], &vb, &sb)) {
  } else {
    raiseTypeError("unsupported operand types(s) or combination of types: '%s' and '%s'", typeName(args[0]),
                   typeName(args[1]));
  }
  unsigned char diff = va.size() != vb.size();
  for (size_t i = 0; i < va.size(); i++) diff |= (unsigned char)(va[i] ^ (i < vb.size() ? vb[i] : 0));
  return diff ? TP_FALSE : TP_TRUE;
}

// urandom(n): n bytes from the kernel's CSPRNG (getrandom), for secrets and
// os.urandom.
TpValue Hashlib_urandom(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("urandom", kwnames);
  checkArgCount("urandom", nargs, 1, 1);
  int64_t n = tp_int_as_i64(tp_index(args[0]));
  if (n < 0) raiseValueError("negative argument not allowed");
  std::string buf((size_t)n, '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      raiseOSError("getrandom failed");
    }
    got += (size_t)r;
  }
  return tp_bytes_new(buf.data(), n);
}

}  // namespace

namespace tp {

void initHashlibCore() {
  readyType(&tp_hash_type, kHashMethods, kHashGetSets);
  TpValue m = newBuiltinModule("_hashlib");
  registerModuleFunction(m, "new", Hashlib_new);
  registerModuleFunction(m, "compare_digest", Hashlib_compare_digest);
  registerModuleFunction(m, "urandom", Hashlib_urandom);
}

}  // namespace tp

TP_NATIVE_MODULE(_hashlib, tp::initHashlibCore)
