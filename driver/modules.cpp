// Import discovery for the driver (driver/modules.h): walks a module's AST
// for import statements, resolves relative names with irgen's rules, and
// maps dotted names to files the way CPython's path finder does for one
// directory on sys.path.
#include "driver/modules.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "compiler/ast/visit.h"
#include "compiler/irgen/irgen.h"

namespace taipan::driver {

namespace {

using namespace ast;

bool isFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// True when an `except` clause of this type catches ImportError.
bool catchesImportError(const Expr* type) {
  if (!type) return true;  // bare except
  if (auto* n = dyn_cast<NameExpr>(type))
    return n->id == "ImportError" || n->id == "ModuleNotFoundError" || n->id == "Exception" || n->id == "BaseException";
  if (auto* t = dyn_cast<SequenceExpr>(type)) {
    for (const Expr* e : t->elts)
      if (catchesImportError(e)) return true;
  }
  return false;
}

class Collector {
 public:
  Collector(std::string_view module_name, bool is_package) : package_(irgen::packageOf(module_name, is_package)) {}

  void visit(const Node* n, bool guarded) {
    if (auto* imp = dyn_cast<ImportStmt>(n)) {
      for (const Alias* a : imp->names) addChain(std::string(a->name), a, guarded, false);
      return;
    }
    if (auto* from = dyn_cast<ImportFromStmt>(n)) {
      std::string base, error;
      if (!irgen::absoluteImportName(package_, from->level, from->module, base, error)) return;
      addChain(base, n, guarded, false);
      for (const Alias* a : from->names)
        if (a->name != "*") add(base + "." + std::string(a->name), a, guarded, true);
      return;
    }
    if (n->kind == NodeKind::Try || n->kind == NodeKind::TryStar) {
      auto* t = cast<TryStmt>(n);
      bool body_guarded = guarded;
      for (const ExceptHandler* h : t->handlers) body_guarded |= catchesImportError(h->type);
      for (const Stmt* s : t->body) visit(s, body_guarded);
      for (const ExceptHandler* h : t->handlers) visit(h, guarded);
      for (const Stmt* s : t->orelse) visit(s, guarded);
      for (const Stmt* s : t->finalbody) visit(s, guarded);
      return;
    }
    // An import in a function body or under a condition or loop may never
    // run (a function never called, `if TYPE_CHECKING:`): a missing module
    // there is CPython's run-time ModuleNotFoundError, not a compile error.
    switch (n->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
      case NodeKind::Lambda:
      case NodeKind::If:
      case NodeKind::While:
      case NodeKind::For:
      case NodeKind::AsyncFor:
      case NodeKind::Match:
        guarded = true;
        break;
      default:
        break;
    }
    forEachChild(n, [&](const Node* c) { visit(c, guarded); });
  }

  std::vector<ImportRef> refs;

 private:
  void addChain(const std::string& name, const Node* at, bool guarded, bool optional) {
    for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
      add(name.substr(0, dot), at, guarded, optional);
    add(name, at, guarded, optional);
  }
  void add(std::string name, const Node* at, bool guarded, bool optional) {
    refs.push_back(ImportRef{std::move(name), at, guarded, optional});
  }

  std::string package_;
};

}  // namespace

std::vector<ImportRef> collectImports(const ast::Module& module, std::string_view module_name, bool is_package) {
  Collector c(module_name, is_package);
  c.visit(&module, false);
  return std::move(c.refs);
}

std::string findModuleFile(const std::string& root, std::string_view name, bool& is_package) {
  std::string path = root + "/";
  for (char c : name) path += c == '.' ? '/' : c;
  is_package = false;
  // Every enclosing package must be a regular package (an __init__.py).
  for (size_t dot = name.find('.'); dot != std::string_view::npos; dot = name.find('.', dot + 1)) {
    std::string parent = root + "/";
    for (char c : name.substr(0, dot)) parent += c == '.' ? '/' : c;
    if (!isFile(parent + "/__init__.py")) return "";
  }
  if (isFile(path + "/__init__.py")) {
    is_package = true;
    return path + "/__init__.py";
  }
  if (isFile(path + ".py")) return path + ".py";
  return "";
}

bool isRuntimeModule(std::string_view name) {
  std::string_view top = name.substr(0, name.find('.'));
  return top == "sys" || top == "builtins" || top == "math" || top == "typing" || top == "abc" || top == "__future__" ||
         top == "zlib" || top == "_time" || top == "_hashlib" || top == "_io" || top == "_os" ||
         top == "_re";
}

const std::string& stdlibDir() {
  static const std::string dir = [] {
    auto is_dir = [](const std::string& d) {
      struct stat st;
      return ::stat(d.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    };
    if (const char* env = std::getenv("TAIPAN_STDLIB_DIR"); env && *env) return is_dir(env) ? std::string(env) : "";
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return std::string();
    buf[n] = '\0';
    std::string bindir(buf);
    bindir = bindir.substr(0, bindir.rfind('/'));
    for (const std::string& d : {bindir + "/../lib/stdlib", bindir + "/../lib/taipan/stdlib"}) {
      if (!is_dir(d)) continue;
      // Canonical, so tracebacks name the real file of a stdlib module.
      char real[4096];
      return std::string(::realpath(d.c_str(), real) ? real : d.c_str());
    }
    return std::string();
  }();
  return dir;
}

}  // namespace taipan::driver
