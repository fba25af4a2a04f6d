// In-process mutation fuzzer for the front end (built as `frontend_mutate`):
// loads every .py under the given folders as seeds, then for each iteration
// picks a seed, applies 1-4 random mutations (byte flips, inserted bytes that
// stress the lexer, deleted ranges, truncation, splices from other seeds,
// duplicated lines, very deep nesting) and runs the input through
// SourceFile::fromBytes -> lex::tokenize -> parse::parseModule -> (when there
// are no errors) ast::dumpAst and sema::analyzeScopes, rendering whatever
// diagnostics came out. Any signal, internal error (TP_CHECK/TP_FATAL) or an
// input taking longer than the watchdog is a failure: the input is written to
// tests/robustness/crashes/crash-<hash>.py before the process dies, so it can
// be replayed (`taipan check FILE`) and turned into a regression test.
//
// Usage: frontend_mutate --iterations N --seed S [--max-seconds T]
//                        [--crash-dir DIR] [--only I] DIRS...
// Iteration I is generated from (S, I) alone, so `--only I` replays it.
// The last line printed is `N passed, 0 failed`.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast/dump.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/render.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/scopes.h"
#include "compiler/source/source_file.h"

#ifndef TAIPAN_CRASH_DIR
#define TAIPAN_CRASH_DIR "tests/robustness/crashes"
#endif

namespace {

constexpr unsigned kWatchdogSeconds = 5;

// State read by the signal handlers: plain globals, prepared before each run
// so that the handlers only call async-signal-safe functions (open, write).
const char* g_input = nullptr;
size_t g_input_size = 0;
char g_crash_dir[1024];
char g_crash_path[1200];
volatile sig_atomic_t g_running = 0;
uint64_t g_iteration = 0;

void writeStr(const char* s) { (void)!write(2, s, strlen(s)); }

// Saves the input being processed. Safe to call from a signal handler.
void saveCurrentInput(const char* why) {
  if (!g_running) return;
  g_running = 0;
  mkdir(g_crash_dir, 0755);
  int fd = open(g_crash_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    size_t done = 0;
    while (done < g_input_size) {
      ssize_t n = write(fd, g_input + done, g_input_size - done);
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    close(fd);
  }
  writeStr("\nfrontend_mutate: ");
  writeStr(why);
  writeStr("; input saved to ");
  writeStr(g_crash_path);
  writeStr("\n1 failed\n");
}

void onSignal(int sig) {
  saveCurrentInput(sig == SIGALRM ? "watchdog expired (hang)" : strsignal(sig));
  signal(sig, SIG_DFL);
  raise(sig == SIGALRM ? SIGKILL : sig);
}

void installHandlers() {
  // Stack overflows from deep recursion need an alternate stack to report on.
  static char alt_stack[256 * 1024];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGALRM}) sigaction(sig, &sa, nullptr);
}

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// ---- mutations ----

using Rng = std::mt19937_64;

size_t pick(Rng& rng, size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(rng); }

// Fragments that reach interesting lexer and parser states.
const std::vector<std::string>& interestingFragments() {
  static const std::vector<std::string> v = {
      std::string(1, '\0'), "\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc3\xa9", "\xe2\x80\xa8", "\xf0\x9d\x94\x98",
      "\xef\xbb\xbf", "\xef\xac\x81", "\xcc\x81", "'", "\"", "'''", "\"\"\"", "\\", "\\\n", "(", ")", "[", "]", "{",
      "}", " ", "    ", "\t", "\f", "\r", "\r\n", "\n", ":", ";", ",", ".", "...", "=", ":=", "->", "*", "**", "@",
      "#", "0x", "0b", "0o", "1e", "1_", "_", "j", "f'", "f\"", "rb'", "b'", "u'", "fr'", "{x!r:>{w}}", "{{", "}}",
      "{=}", "lambda", "lambda:", "yield", "await", "async ", "match ", "case ", "def ", "class ", "if ", "else",
      "elif ", "try:", "except*", "finally:", "with ", "global x", "nonlocal x", "return", "del ", "not ", "is not",
      "not in", "import *", "from . import", "print", "__class__", "super()", "\\N{", "\\N{DASH}", "\\x", "\\u12",
      "\\U0010ffff", "\\777", "# coding: latin-1\n", "# -*- coding: bogus -*-\n", "type ", "[T]", "*args", "/", "**kw",
  };
  return v;
}

std::string deepNesting(Rng& rng) {
  static const char* const opens[] = {"(", "[", "{", "not ", "-", "~", "lambda:", "await ", "f'{", "x[", "*", "a if b else "};
  static const char* const closes[] = {")", "]", "}", "", "", "", "", "", "}'", "]", "", ""};
  size_t k = pick(rng, std::size(opens));
  size_t depth = 50 + pick(rng, 1000);
  std::string s;
  for (size_t i = 0; i < depth; ++i) s += opens[k];
  s += "x";
  if (pick(rng, 3) != 0)  // usually balanced, sometimes not
    for (size_t i = 0; i < depth; ++i) s += closes[k];
  return s;
}

std::string deepBlocks(Rng& rng) {
  size_t depth = 20 + pick(rng, 200);
  std::string s;
  for (size_t i = 0; i < depth; ++i) s += std::string(i, ' ') + (pick(rng, 2) ? "if x:\n" : "while y:\n");
  s += std::string(depth, ' ') + "pass\n";
  return s;
}

void mutate(std::string& s, const std::vector<std::string>& seeds, Rng& rng) {
  switch (pick(rng, 10)) {
    case 0:  // flip bits of a byte
      if (!s.empty()) s[pick(rng, s.size())] ^= static_cast<char>(1u << pick(rng, 8));
      break;
    case 1:  // overwrite a byte with any byte
      if (!s.empty()) s[pick(rng, s.size())] = static_cast<char>(pick(rng, 256));
      break;
    case 2:
    case 3: {  // insert a fragment
      const auto& f = interestingFragments();
      s.insert(pick(rng, s.size() + 1), f[pick(rng, f.size())]);
      break;
    }
    case 4: {  // delete a range
      if (s.empty()) break;
      size_t at = pick(rng, s.size());
      s.erase(at, 1 + pick(rng, std::min<size_t>(64, s.size() - at)));
      break;
    }
    case 5:  // truncate
      s.resize(pick(rng, s.size() + 1));
      break;
    case 6: {  // splice a chunk of another seed
      const std::string& o = seeds[pick(rng, seeds.size())];
      if (o.empty()) break;
      size_t from = pick(rng, o.size());
      size_t len = 1 + pick(rng, std::min<size_t>(512, o.size() - from));
      s.insert(pick(rng, s.size() + 1), o, from, len);
      break;
    }
    case 7: {  // duplicate a line
      if (s.empty()) break;
      size_t at = pick(rng, s.size());
      size_t b = s.rfind('\n', at);
      b = b == std::string::npos ? 0 : b + 1;
      size_t e = s.find('\n', at);
      e = e == std::string::npos ? s.size() : e + 1;
      std::string line = s.substr(b, e - b);
      if (line.empty() || line.back() != '\n') line += '\n';
      s.insert(b, line);
      break;
    }
    case 8:  // deep nesting in an expression
      s.insert(pick(rng, s.size() + 1), deepNesting(rng));
      break;
    case 9: {  // deep nesting of blocks, at a line start
      size_t at = pick(rng, s.size() + 1);
      size_t nl = at == 0 ? std::string::npos : s.rfind('\n', at - 1);
      s.insert(nl == std::string::npos ? 0 : nl + 1, deepBlocks(rng));
      break;
    }
  }
}

// ---- the front end under test ----

size_t g_sink = 0;  // keeps results observable so nothing is optimised away

void runFrontEnd(const std::string& input) {
  using namespace taipan;
  diag::DiagnosticEngine diags;
  SourceFile::LoadError err;
  auto file = SourceFile::fromBytes("fuzz.py", input, err);
  if (!file) {
    g_sink += err.message.size();
    return;
  }
  lex::TokenStream tokens = lex::tokenize(*file, diags);
  ast::ParsedModule parsed = parse::parseModule(tokens, diags);
  if (!diags.hasErrors() && parsed.module) {
    g_sink += ast::dumpAst(parsed.module).size();
    sema::ScopeTree tree = sema::analyzeScopes(parsed.module, *file, diags);
    g_sink += sema::dumpScopes(tree).size();
  }
  // Rendering reads lines and columns back from arbitrary positions: exercise it too.
  std::ostringstream out;
  diag::renderAll(out, diags, {diag::Format::Text, false});
  diag::renderAll(out, diags, {diag::Format::Json, false});
  g_sink += out.str().size();
}

void loadSeeds(const std::string& dir, std::vector<std::string>& seeds) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> paths;
  if (fs::is_regular_file(dir, ec)) {
    paths.push_back(dir);
  } else {
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      // Never feed earlier crashes back in as seeds: a known crash would mask new ones.
      if (it->is_directory() && it->path().filename() == "crashes") {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && it->path().extension() == ".py") paths.push_back(it->path());
    }
  }
  std::sort(paths.begin(), paths.end());  // deterministic seed order
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    seeds.push_back(ss.str());
  }
}

int usage() {
  std::cerr << "usage: frontend_mutate --iterations N --seed S [--max-seconds T] [--crash-dir DIR] [--only I] DIRS...\n";
  return 2;
}

}  // namespace

// internalError() ends the process with std::_Exit(70), which no atexit hook
// sees; the build links this binary with -Wl,--wrap=_Exit so that the current
// input is saved first.
extern "C" [[noreturn]] void __real__Exit(int status);
extern "C" [[noreturn]] void __wrap__Exit(int status) {
  saveCurrentInput("internal compiler error (TP_CHECK/TP_FATAL)");
  __real__Exit(status);
}

// In sanitizer builds (-DTAIPAN_SANITIZE=ON) a report must end in abort() so
// that the SIGABRT handler saves the input; the runtimes read these hooks.
extern "C" const char* __asan_default_options() { return "abort_on_error=1"; }
extern "C" const char* __ubsan_default_options() { return "abort_on_error=1:print_stacktrace=1"; }

int main(int argc, char** argv) {
  uint64_t iterations = 1000, seed = 1, only = UINT64_MAX;
  double max_seconds = 0;
  std::string crash_dir = TAIPAN_CRASH_DIR;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--iterations" && (v = value())) iterations = std::strtoull(v, nullptr, 10);
    else if (a == "--seed" && (v = value())) seed = std::strtoull(v, nullptr, 10);
    else if (a == "--max-seconds" && (v = value())) max_seconds = std::strtod(v, nullptr);
    else if (a == "--crash-dir" && (v = value())) crash_dir = v;
    else if (a == "--only" && (v = value())) only = std::strtoull(v, nullptr, 10);
    else if (!a.empty() && a[0] != '-') dirs.push_back(a);
    else return usage();
  }
  if (dirs.empty()) return usage();
  if (crash_dir.size() >= sizeof g_crash_dir - 1) return usage();
  std::snprintf(g_crash_dir, sizeof g_crash_dir, "%s", crash_dir.c_str());

  std::vector<std::string> seeds;
  for (const auto& d : dirs) loadSeeds(d, seeds);
  if (seeds.empty()) {
    std::cerr << "frontend_mutate: no .py seeds found\n";
    return 2;
  }
  std::cout << "frontend_mutate: " << seeds.size() << " seeds, " << iterations << " iterations, seed " << seed
            << std::endl;
  installHandlers();

  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  uint64_t done = 0;
  uint64_t first = only == UINT64_MAX ? 0 : only;
  uint64_t last = only == UINT64_MAX ? iterations : only + 1;
  uint64_t report_every = std::max<uint64_t>(1, iterations / 10);
  for (uint64_t it = first; it < last; ++it) {
    // Each iteration has its own generator: any one can be replayed with --only.
    Rng rng(seed * 0x9E3779B97F4A7C15ull + it);
    std::string input = seeds[pick(rng, seeds.size())];
    size_t n = 1 + pick(rng, 4);
    for (size_t k = 0; k < n; ++k) mutate(input, seeds, rng);

    g_iteration = it;
    g_input = input.data();
    g_input_size = input.size();
    std::snprintf(g_crash_path, sizeof g_crash_path, "%s/crash-%016llx.py", g_crash_dir,
                  static_cast<unsigned long long>(fnv1a(input)));
    g_running = 1;
    alarm(kWatchdogSeconds);
    runFrontEnd(input);
    alarm(0);
    g_running = 0;
    ++done;
    if (only == UINT64_MAX && done % report_every == 0)
      std::cout << "  " << done << "/" << iterations << " inputs, " << elapsed() << " s" << std::endl;
    if (max_seconds > 0 && elapsed() > max_seconds) {
      std::cout << "  time limit of " << max_seconds << " s reached after " << done << " inputs" << std::endl;
      break;
    }
  }
  std::cout << "time: " << elapsed() << " s (" << (done / std::max(elapsed(), 1e-9)) << " inputs/s)"
            << (g_sink == 0 ? "" : "") << std::endl;
  std::cout << done << " passed, 0 failed" << std::endl;
  return 0;
}
