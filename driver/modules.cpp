// Import discovery for the driver (driver/modules.h): walks a module's AST
// for import statements, resolves relative names with irgen's rules, and
// maps dotted names to files the way CPython's path finder does for one
// directory on sys.path.
#include "driver/modules.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <set>

#include "compiler/ast/visit.h"
#include "compiler/base/file_util.h"
#include "compiler/irgen/irgen.h"

namespace taipan::driver {

namespace {

using namespace ast;

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
         top == "zlib" || top == "_time" || top == "_hashlib" || top == "_io" || top == "_os" || top == "_json" ||
         top == "_sqlite3" || top == "_re" || top == "_random" || top == "_traceback" || top == "_collections" ||
         top == "_functools" || top == "gc";
}

const std::string& stdlibDir() {
  static const std::string dir = [] {
    if (const char* env = std::getenv("TAIPAN_STDLIB_DIR"); env && *env)
      return isDirectory(env) ? std::string(env) : "";
    char buf[4096];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return std::string();
    buf[n] = '\0';
    std::string bindir(buf);
    bindir = bindir.substr(0, bindir.rfind('/'));
    for (const std::string& d : {bindir + "/../lib/stdlib", bindir + "/../lib/taipan/stdlib"}) {
      if (!isDirectory(d)) continue;
      // Canonical, so tracebacks name the real file of a stdlib module.
      char real[4096];
      return std::string(::realpath(d.c_str(), real) ? real : d.c_str());
    }
    return std::string();
  }();
  return dir;
}

}  // namespace taipan::driver

namespace taipan::driver {

namespace {

using namespace ast;

void targetNames(const Expr* e, std::vector<std::string>& out) {
  if (!e) return;
  if (auto* n = dyn_cast<NameExpr>(e)) {
    out.emplace_back(n->id);
  } else if (auto* s = dyn_cast<SequenceExpr>(e)) {
    for (const Expr* x : s->elts) targetNames(x, out);
  } else if (auto* st = dyn_cast<StarredExpr>(e)) {
    targetNames(st->value, out);
  }
}

// Module-level statements, into compound statements but not defs or classes.
void levelNames(const Stmt* s, std::vector<std::string>& out, bool& dynamic) {
  if (auto* f = dyn_cast<FunctionDefStmt>(s)) {
    out.emplace_back(f->name);
    return;
  }
  if (auto* c = dyn_cast<ClassDefStmt>(s)) {
    out.emplace_back(c->name);
    return;
  }
  if (auto* a = dyn_cast<AssignStmt>(s)) {
    for (const Expr* t : a->targets) targetNames(t, out);
  } else if (auto* a = dyn_cast<AugAssignStmt>(s)) {
    targetNames(a->target, out);
  } else if (auto* a = dyn_cast<AnnAssignStmt>(s)) {
    targetNames(a->target, out);
  } else if (auto* t = dyn_cast<TypeAliasStmt>(s)) {
    targetNames(t->name, out);
  } else if (auto* imp = dyn_cast<ImportStmt>(s)) {
    for (const Alias* al : imp->names) {
      std::string_view name = al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->asname;
      out.emplace_back(name);
    }
  } else if (auto* from = dyn_cast<ImportFromStmt>(s)) {
    for (const Alias* al : from->names) {
      if (al->name == "*") dynamic = true;
      out.emplace_back(al->asname.empty() ? al->name : al->asname);
    }
  }
  // Nested statement lists and loop/with targets.
  forEachChild(s, [&](const Node* child) {
    if (auto* st = dyn_cast<Stmt>(child)) {
      levelNames(st, out, dynamic);
    } else if (auto* h = dyn_cast<ExceptHandler>(child)) {
      if (!h->name.empty()) out.emplace_back(h->name);
      for (const Stmt* b : h->body) levelNames(b, out, dynamic);
    } else if (auto* w = dyn_cast<WithItem>(child)) {
      targetNames(w->optional_vars, out);
    } else if (auto* mc = dyn_cast<MatchCase>(child)) {
      for (const Stmt* b : mc->body) levelNames(b, out, dynamic);
    }
  });
  if (auto* f = dyn_cast<ForStmt>(s)) targetNames(f->target, out);
}

// `global` names anywhere, calls of globals(), and walrus targets (which bind at module level too).
void scanAll(const Node* n, std::vector<std::string>& out, bool& dynamic) {
  if (auto* g = dyn_cast<NamesStmt>(n)) {
    if (n->kind == NodeKind::Global)
      for (auto& name : g->names) out.emplace_back(name);
  } else if (auto* c = dyn_cast<CallExpr>(n)) {
    if (auto* f = dyn_cast<NameExpr>(c->func); f && (f->id == "globals" || f->id == "vars")) dynamic = true;
  } else if (auto* w = dyn_cast<NamedExpr>(n)) {
    targetNames(w->target, out);
  }
  forEachChild(n, [&](const Node* child) { scanAll(child, out, dynamic); });
}

struct Bindings {
  std::map<std::string, std::string> module;  // name -> module, "" when bound to two modules
  std::set<std::string> other;                // names bound any other way
};

void bindOther(Bindings& b, std::string_view name) { b.other.emplace(name); }

void collectBindings(const Node* n, Bindings& b) {
  if (auto* imp = dyn_cast<ImportStmt>(n)) {
    for (const Alias* al : imp->names) {
      std::string name(al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->asname);
      std::string mod(al->asname.empty() ? al->name.substr(0, al->name.find('.')) : al->name);
      auto [it, fresh] = b.module.emplace(name, mod);
      if (!fresh && it->second != mod) it->second = "";
    }
    return;
  }
  if (auto* from = dyn_cast<ImportFromStmt>(n)) {
    for (const Alias* al : from->names) bindOther(b, al->asname.empty() ? al->name : al->asname);
    return;
  }
  if (auto* name = dyn_cast<NameExpr>(n)) {
    if (name->ctx != ExprContext::Load) bindOther(b, name->id);
  } else if (auto* arg = dyn_cast<Arg>(n)) {
    bindOther(b, arg->arg);
  } else if (auto* f = dyn_cast<FunctionDefStmt>(n)) {
    bindOther(b, f->name);
  } else if (auto* c = dyn_cast<ClassDefStmt>(n)) {
    bindOther(b, c->name);
  } else if (auto* h = dyn_cast<ExceptHandler>(n)) {
    if (!h->name.empty()) bindOther(b, h->name);
  } else if (auto* g = dyn_cast<NamesStmt>(n)) {
    for (auto& name : g->names) bindOther(b, name);  // a global/nonlocal rebinding elsewhere: stay safe
  } else if (n->kind == NodeKind::Match) {
    // Capture patterns bind names too; any match statement disables the check for simplicity.
    b.other.emplace("*match*");
  }
  forEachChild(n, [&](const Node* child) { collectBindings(child, b); });
}

void collectRefs(const Node* n, const Bindings& b, std::vector<ModuleAttrRef>& out) {
  if (auto* a = dyn_cast<AttributeExpr>(n); a && a->ctx == ExprContext::Load) {
    if (auto* name = dyn_cast<NameExpr>(a->value)) {
      auto it = b.module.find(std::string(name->id));
      if (it != b.module.end() && !it->second.empty() && !b.other.count(it->first))
        out.push_back(ModuleAttrRef{it->second, std::string(a->attr), a});
    }
  }
  forEachChild(n, [&](const Node* child) { collectRefs(child, b, out); });
}

}  // namespace

std::vector<std::string> moduleLevelNames(const ast::Module& module, bool& dynamic) {
  std::vector<std::string> out;
  dynamic = false;
  for (const Stmt* s : module.body) levelNames(s, out, dynamic);
  scanAll(&module, out, dynamic);
  for (const std::string& name : out)
    if (name == "__getattr__") dynamic = true;
  return out;
}

std::vector<ModuleAttrRef> collectModuleAttrRefs(const ast::Module& module) {
  Bindings b;
  collectBindings(&module, b);
  std::vector<ModuleAttrRef> out;
  if (b.other.count("*match*")) return out;
  collectRefs(&module, b, out);
  return out;
}

}  // namespace taipan::driver
