// taipan-runtime-decls: generates runtime_decls.def, the table through which
// the compiler declares and calls runtime functions, from the runtime headers
// themselves (runtime/include/taipan/*.h), so that no signature is ever
// retyped (docs/decisions/0006-runtime-decls-generator.md). It parses one
// synthetic C++ translation unit that includes every header, then collects
//   - each `extern "C"` function carrying annotate("taipan.api") (TP_API),
//     with its return and parameter types mapped to ABI kinds and its
//     attributes from the taipan.noreturn / taipan.pure / taipan.nothrow
//     annotations, and
//   - each `extern "C"` variable declared in those headers (the singletons
//     and builtin type objects), whose addresses lowering takes.
// A type with no ABI kind is a hard error naming the function and header
// line: a silent guess would miscompile every call. The tool never needs the
// runtime's sources, only its headers. Outputs are rewritten only when their
// content changes, so an edit to a comment in a header rebuilds nothing.
//
// Usage: taipan-runtime-decls --include-dir DIR --resource-dir DIR -o OUT.def
//                             [--headers-out OUT.h] [-- extra clang args]
#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/Tooling.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Attribute bits, in the order they are printed (matches runtime_decls.h).
constexpr unsigned kNoReturn = 1, kPure = 2, kNoThrow = 4;

struct FnRow {
  std::string ret;
  std::vector<std::string> params;
  unsigned attrs = 0;
  std::string where;  // header:line of the first declaration, for messages

  bool sameSignature(const FnRow& o) const { return ret == o.ret && params == o.params; }
};

struct GlobalRow {
  std::string kind;
  std::string where;
};

struct Collected {
  std::map<std::string, FnRow> fns;  // sorted by name, as the .def promises
  std::map<std::string, GlobalRow> globals;
  std::vector<std::string> errors;
};

// The ABI kind of a C type: how a value of it travels in a register. Returns
// nullopt for types the compiler cannot pass (structs by value, float, long
// double, __int128, char types, member pointers, ...).
std::optional<std::string> abiKind(clang::QualType type, const clang::ASTContext& ctx, bool is_return) {
  clang::QualType t = type.getCanonicalType().getUnqualifiedType();
  if (t->isVoidType()) return is_return ? std::optional<std::string>("Void") : std::nullopt;
  if (t->isBooleanType()) return "I1";
  // Function pointers, object pointers and references are all one address.
  if (t->isPointerType() || t->isReferenceType()) return "Ptr";
  if (const auto* et = t->getAs<clang::EnumType>()) {
    t = et->getDecl()->getIntegerType().getCanonicalType();
    if (t.isNull()) return std::nullopt;
  }
  if (t->isIntegerType() && !t->isAnyCharacterType()) {
    switch (ctx.getTypeSize(t)) {
      case 64:
        return "I64";
      case 32:
        return "I32";
      default:
        return std::nullopt;
    }
  }
  if (t->isSpecificBuiltinType(clang::BuiltinType::Double)) return "F64";
  return std::nullopt;
}

class Collector : public clang::ASTConsumer {
 public:
  Collector(std::string include_dir, Collected& out) : include_dir_(std::move(include_dir)), out_(out) {}

  void HandleTranslationUnit(clang::ASTContext& ctx) override {
    ctx_ = &ctx;
    walk(ctx.getTranslationUnitDecl());
  }

 private:
  // Top level, extern "C" { } blocks and namespaces; nothing else can declare
  // an extern "C" entity.
  void walk(const clang::DeclContext* dc) {
    for (const clang::Decl* d : dc->decls()) {
      if (const auto* ls = llvm::dyn_cast<clang::LinkageSpecDecl>(d)) {
        walk(ls);
      } else if (const auto* ns = llvm::dyn_cast<clang::NamespaceDecl>(d)) {
        walk(ns);
      } else if (const auto* fd = llvm::dyn_cast<clang::FunctionDecl>(d)) {
        function(fd);
      } else if (const auto* vd = llvm::dyn_cast<clang::VarDecl>(d)) {
        variable(vd);
      }
    }
  }

  // "header.h:LINE" when the declaration is in one of our headers, else "".
  std::string where(const clang::Decl* d) const {
    const clang::SourceManager& sm = ctx_->getSourceManager();
    clang::SourceLocation loc = sm.getExpansionLoc(d->getLocation());
    clang::OptionalFileEntryRef file = sm.getFileEntryRefForID(sm.getFileID(loc));
    if (!file) return "";
    std::string path = file->getName().str();
    if (path.rfind(include_dir_, 0) != 0) return "";
    std::string rel = path.substr(include_dir_.size());
    while (!rel.empty() && rel.front() == '/') rel.erase(0, 1);
    return rel + ":" + std::to_string(sm.getExpansionLineNumber(loc));
  }

  void error(const std::string& at, const std::string& message) {
    out_.errors.push_back("runtime/include/" + at + ": error: " + message);
  }

  void function(const clang::FunctionDecl* fd) {
    unsigned attrs = 0;
    bool api = false;
    // Annotations may sit on any redeclaration; collect them all.
    for (const clang::FunctionDecl* rd : fd->redecls()) {
      for (const auto* a : rd->specific_attrs<clang::AnnotateAttr>()) {
        llvm::StringRef s = a->getAnnotation();
        if (s == "taipan.api")
          api = true;
        else if (s == "taipan.noreturn")
          attrs |= kNoReturn;
        else if (s == "taipan.pure")
          attrs |= kPure;
        else if (s == "taipan.nothrow")
          attrs |= kNoThrow;
      }
    }
    if (!api) return;
    std::string at = where(fd);
    if (at.empty()) return;  // only our headers define the ABI
    std::string name = fd->getNameAsString();
    if (fd->isNoReturn()) attrs |= kNoReturn;
    if (const auto* fpt = fd->getType()->getAs<clang::FunctionProtoType>(); fpt && fpt->isNothrow()) attrs |= kNoThrow;
    if (!fd->isExternC()) {
      error(at, "runtime function '" + name + "' must have C linkage (declare it with TP_API at file scope)");
      return;
    }
    if (fd->isVariadic()) {
      error(at, "runtime function '" + name + "' is variadic; the runtime ABI has fixed arity");
      return;
    }
    FnRow row;
    row.attrs = attrs;
    row.where = at;
    if (auto k = abiKind(fd->getReturnType(), *ctx_, /*is_return=*/true)) {
      row.ret = *k;
    } else {
      error(at, "runtime function '" + name + "': unsupported return type '" + fd->getReturnType().getAsString() +
                    "' (ABI kinds: I64, I32, I1, F64, Ptr, Void)");
      return;
    }
    for (unsigned i = 0; i < fd->getNumParams(); ++i) {
      const clang::ParmVarDecl* p = fd->getParamDecl(i);
      auto k = abiKind(p->getType(), *ctx_, /*is_return=*/false);
      if (!k) {
        std::string pname = p->getName().empty() ? "" : " '" + p->getNameAsString() + "'";
        error(at, "runtime function '" + name + "': unsupported type '" + p->getType().getAsString() +
                      "' of parameter " + std::to_string(i + 1) + pname + " (ABI kinds: I64, I32, I1, F64, Ptr)");
        return;
      }
      row.params.push_back(*k);
    }
    auto [it, inserted] = out_.fns.emplace(name, row);
    if (!inserted) {
      if (!it->second.sameSignature(row)) {
        error(at, "runtime function '" + name + "' redeclared with a different ABI signature (first at " +
                      it->second.where + ")");
      }
      it->second.attrs |= row.attrs;
    }
  }

  void variable(const clang::VarDecl* vd) {
    if (!vd->isExternC() || vd->isStaticDataMember() || !vd->hasGlobalStorage()) return;
    std::string at = where(vd);
    if (at.empty()) return;
    // Scalars keep their kind (a TpValue global is loaded as I64); objects
    // such as the singletons and type objects are only ever addressed.
    std::string kind = "Opaque";
    clang::QualType t = vd->getType().getCanonicalType();
    if (!t->isRecordType() && !t->isArrayType()) {
      if (auto k = abiKind(t, *ctx_, /*is_return=*/false)) kind = *k;
    }
    out_.globals.emplace(vd->getNameAsString(), GlobalRow{kind, at});
  }

  std::string include_dir_;
  Collected& out_;
  const clang::ASTContext* ctx_ = nullptr;
};

class CollectAction : public clang::ASTFrontendAction {
 public:
  CollectAction(std::string include_dir, Collected& out) : include_dir_(std::move(include_dir)), out_(out) {}

 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance&, llvm::StringRef) override {
    return std::make_unique<Collector>(include_dir_, out_);
  }

 private:
  std::string include_dir_;
  Collected& out_;
};

std::string attrText(unsigned attrs) {
  if (attrs == 0) return "TP_ATTR_NONE";
  std::string s;
  auto add = [&](unsigned bit, const char* name) {
    if (!(attrs & bit)) return;
    if (!s.empty()) s += " | ";
    s += name;
  };
  add(kNoReturn, "TP_ATTR_NORETURN");
  add(kPure, "TP_ATTR_PURE");
  add(kNoThrow, "TP_ATTR_NOTHROW");
  return s;
}

std::string renderDef(const Collected& c) {
  std::ostringstream os;
  os << "// Generated by taipan-runtime-decls (tools/runtime-decls) from runtime/include/taipan/*.h.\n"
        "// Do not edit: change the runtime header instead.\n"
        "//\n"
        "// TP_RUNTIME_FN(Name, Ret, (Params...), Attrs): one row per TP_API function, sorted by name.\n"
        "//   Kinds: I64 (TpValue, int64_t, uint64_t), I32 (int32_t, int, 32-bit enums), I1 (bool; zeroext\n"
        "//   in the C ABI), F64 (double), Ptr (any pointer or reference), Void (returns only).\n"
        "//   Attrs: TP_ATTR_NONE or an OR of TP_ATTR_NORETURN, TP_ATTR_PURE, TP_ATTR_NOTHROW.\n"
        "// TP_RUNTIME_GLOBAL(Name, Kind): one row per extern \"C\" variable, sorted by name; Kind is the\n"
        "//   scalar kind, or Opaque for objects (singletons, type objects) that are only addressed.\n"
        "#ifndef TP_RUNTIME_FN\n#define TP_RUNTIME_FN(Name, Ret, Params, Attrs)\n#endif\n"
        "#ifndef TP_RUNTIME_GLOBAL\n#define TP_RUNTIME_GLOBAL(Name, Kind)\n#endif\n\n";
  for (const auto& [name, row] : c.fns) {
    os << "TP_RUNTIME_FN(" << name << ", " << row.ret << ", (";
    for (size_t i = 0; i < row.params.size(); ++i) os << (i ? ", " : "") << row.params[i];
    os << "), " << attrText(row.attrs) << ")\n";
  }
  os << "\n";
  for (const auto& [name, row] : c.globals) os << "TP_RUNTIME_GLOBAL(" << name << ", " << row.kind << ")\n";
  os << "\n#undef TP_RUNTIME_FN\n#undef TP_RUNTIME_GLOBAL\n";
  return os.str();
}

// Writes `text` to `path` unless it already holds exactly that, so that
// dependents (lower/, the drift test) are not rebuilt for nothing.
bool writeIfChanged(const fs::path& path, const std::string& text) {
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::stringstream old;
      old << in.rdbuf();
      if (old.str() == text) return true;
    }
  }
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << text;
    if (!out.flush()) return false;
  }
  fs::rename(tmp, path, ec);
  return !ec;
}

int usage() {
  std::fprintf(stderr,
               "usage: taipan-runtime-decls --include-dir DIR --resource-dir DIR -o OUT.def [--headers-out OUT.h]"
               " [-- clang args]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string include_dir, resource_dir, out_def, out_headers;
  std::vector<std::string> extra;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--include-dir")
      include_dir = value();
    else if (a == "--resource-dir")
      resource_dir = value();
    else if (a == "-o")
      out_def = value();
    else if (a == "--headers-out")
      out_headers = value();
    else if (a == "--") {
      for (++i; i < argc; ++i) extra.push_back(argv[i]);
    } else
      return usage();
  }
  if (include_dir.empty() || out_def.empty()) return usage();

  std::error_code ec;
  fs::path inc = fs::canonical(include_dir, ec);
  if (ec) {
    std::fprintf(stderr, "taipan-runtime-decls: error: cannot open include directory '%s'\n", include_dir.c_str());
    return 1;
  }
  // Every header, in a fixed order so the synthetic TU (and any error) is
  // reproducible.
  std::vector<std::string> headers;
  for (const auto& e : fs::directory_iterator(inc / "taipan", ec)) {
    if (e.is_regular_file() && e.path().extension() == ".h") headers.push_back(e.path().filename().string());
  }
  std::sort(headers.begin(), headers.end());
  if (headers.empty()) {
    std::fprintf(stderr, "taipan-runtime-decls: error: no headers in '%s/taipan'\n", inc.c_str());
    return 1;
  }
  std::string tu = "// Every runtime header (generated by taipan-runtime-decls).\n#pragma once\n";
  for (const auto& h : headers) tu += "#include \"taipan/" + h + "\"\n";

  std::vector<std::string> args = {"-x", "c++", "-std=c++20", "-fsyntax-only", "-w", "-I" + inc.string()};
  if (!resource_dir.empty()) args.push_back("-resource-dir=" + resource_dir);
  args.insert(args.end(), extra.begin(), extra.end());

  Collected collected;
  bool ok = clang::tooling::runToolOnCodeWithArgs(std::make_unique<CollectAction>(inc.string(), collected), tu, args,
                                                  "taipan_runtime_headers.cpp", "taipan-runtime-decls");
  if (!ok) {
    std::fprintf(stderr, "taipan-runtime-decls: error: the runtime headers do not compile as C++ (see above)\n");
    return 1;
  }
  if (!collected.errors.empty()) {
    for (const auto& e : collected.errors) std::fprintf(stderr, "%s\n", e.c_str());
    return 1;
  }
  if (!writeIfChanged(out_def, renderDef(collected))) {
    std::fprintf(stderr, "taipan-runtime-decls: error: cannot write '%s'\n", out_def.c_str());
    return 1;
  }
  if (!out_headers.empty() && !writeIfChanged(out_headers, tu)) {
    std::fprintf(stderr, "taipan-runtime-decls: error: cannot write '%s'\n", out_headers.c_str());
    return 1;
  }
  return 0;
}
