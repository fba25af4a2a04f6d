// Parse-speed timing tool (built as taipan-parse-bench, driven by
// bench/parse_speed): reads the files named in a list file into memory first,
// then times SourceFile::fromBytes + lex::tokenize + parse::parseModule over
// all of them, N times, and prints the best run as one JSON object, so that
// file I/O and process start-up stay out of the figure.
//
// Usage: taipan-parse-bench [--repeat N] --list FILE
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/source/source_file.h"

int main(int argc, char** argv) {
  int repeat = 3;
  std::string list;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--list" && i + 1 < argc) list = argv[++i];
    else {
      std::cerr << "usage: taipan-parse-bench [--repeat N] --list FILE\n";
      return 2;
    }
  }
  if (list.empty()) {
    std::cerr << "usage: taipan-parse-bench [--repeat N] --list FILE\n";
    return 2;
  }
  std::ifstream names(list);
  std::vector<std::pair<std::string, std::string>> files;  // path, bytes
  size_t total_bytes = 0;
  for (std::string path; std::getline(names, path);) {
    if (path.empty()) continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    files.emplace_back(path, ss.str());
    total_bytes += files.back().second.size();
  }

  double best = 1e300;
  size_t failures = 0, tokens = 0;
  for (int r = 0; r < repeat; ++r) {
    failures = tokens = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& [path, bytes] : files) {
      taipan::diag::DiagnosticEngine diags;
      taipan::SourceFile::LoadError err;
      auto file = taipan::SourceFile::fromBytes(path, bytes, err);
      if (!file) {
        ++failures;
        continue;
      }
      auto stream = taipan::lex::tokenize(*file, diags);
      auto parsed = taipan::parse::parseModule(stream, diags);
      tokens += stream.tokens.size();
      if (diags.hasErrors() || !parsed.module) ++failures;
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::printf("{\"files\": %zu, \"bytes\": %zu, \"tokens\": %zu, \"failures\": %zu, \"best_seconds\": %.6f}\n",
              files.size(), total_bytes, tokens, failures, best);
  return 0;
}
