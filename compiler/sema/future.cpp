// Future statements (CPython's future.c): `from __future__ import ...` is only
// allowed among the module's leading statements (after an optional
// docstring), and only names features Python knows. The compiler later
// rejects any other future import (checks.cpp); this file finds the valid
// leading ones and whether `annotations` is among them, which changes how
// 3.11 scopes annotations.
#include <string>

#include "compiler/sema/sema_internal.h"

namespace taipan::sema {

using namespace ast;

namespace {

bool isDocstring(const Stmt* s) {
  auto* e = dyn_cast<ExprStmt>(s);
  if (!e) return false;
  auto* c = dyn_cast<ConstantExpr>(e->value);
  return c && c->value.kind == Constant::Kind::Str;
}

bool isFutureImport(const Stmt* s) {
  auto* f = dyn_cast<ImportFromStmt>(s);
  return f && f->module == "__future__";
}

constexpr std::string_view kFeatures[] = {"nested_scopes",  "generators",     "division",         "absolute_import",
                                          "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
                                          "generator_stop", "annotations"};

}  // namespace

bool checkFutureImports(const Module* module, const SourceFile& file, ErrorSink& errors, uint32_t& future_line) {
  future_line = 0;
  bool annotations = false;
  const StmtList& body = module->body;
  uint32_t i = 0;
  if (!body.empty() && isDocstring(body[0])) ++i;
  bool done = false;
  uint32_t prev_line = 0;
  for (; i < body.size(); ++i) {
    const Stmt* s = body[i];
    uint32_t line = file.lineCol(s->range.begin).line;
    // Only statements on the line of the last leading ones can still be
    // future imports (`from __future__ import a; import b; from __future__ import c`).
    if (done && line > prev_line) break;
    prev_line = line;
    if (!isFutureImport(s)) {
      done = true;
      continue;
    }
    if (done) {
      errors.add(ErrorSink::kFuture, diag::Kind::MisplacedFutureImport, s->range,
                 "from __future__ imports must occur at the beginning of the file");
      break;
    }
    for (Alias* a : cast<ImportFromStmt>(s)->names) {
      bool known = false;
      for (std::string_view f : kFeatures) known |= a->name == f;
      if (a->name == "annotations") annotations = true;
      if (known) continue;
      if (a->name == "braces") {
        errors.add(ErrorSink::kFuture, diag::Kind::FutureFeature, s->range, "not a chance");
      } else {
        errors.add(ErrorSink::kFuture, diag::Kind::FutureFeature, s->range,
                   "future feature " + std::string(a->name) + " is not defined");
      }
    }
    future_line = line;
  }
  return annotations;
}

}  // namespace taipan::sema
