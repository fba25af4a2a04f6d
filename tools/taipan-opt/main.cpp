// taipan-opt: reads IR text, verifies it, runs the requested passes
// (verifying after each with --verify-each) and prints the result.
//   taipan-opt [--passes=dce,simplify-cfg] [--verify-each] [-o OUT] IN.ir
// Exit status 0 on success, 1 on a parse/verify/pass error (reported as
// "file:line:col: error: ..."), 2 on bad usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/passes/pass.h"

namespace {

int usage(const char* msg) {
  std::cerr << "taipan-opt: " << msg << "\n"
            << "usage: taipan-opt [--passes=P1,P2] [--verify-each] [--no-verify] [-o OUT] IN.ir\n"
            << "passes:";
  for (auto n : taipan::passes::passNames()) std::cerr << " " << n;
  std::cerr << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string passes, in_path, out_path;
  bool verify_each = false, verify_input = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--passes=", 0) == 0)
      passes = a.substr(9);
    else if (a == "--passes" && i + 1 < argc)
      passes = argv[++i];
    else if (a == "--verify-each")
      verify_each = true;
    else if (a == "--no-verify")
      verify_input = false;
    else if (a == "-o" && i + 1 < argc)
      out_path = argv[++i];
    else if (a == "-h" || a == "--help")
      return usage("runs IR passes"), 0;
    else if (!a.empty() && a[0] == '-' && a != "-")
      return usage(("unknown option " + a).c_str());
    else if (in_path.empty())
      in_path = a;
    else
      return usage("more than one input");
  }
  if (in_path.empty()) return usage("no input file");
  std::string text;
  if (in_path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    std::ifstream f(in_path, std::ios::binary);
    if (!f) {
      std::cerr << in_path << ": error: cannot open file\n";
      return 1;
    }
    std::ostringstream ss;
    ss << f.rdbuf();
    text = ss.str();
  }
  taipan::ir::Module module;
  std::string error;
  if (!taipan::ir::parseModule(text, module, error)) {
    std::cerr << in_path << ":" << error.insert(error.find(": ") + 2, "error: ") << "\n";
    return 1;
  }
  std::vector<std::string> errors;
  if (verify_input && !taipan::ir::verify(module, errors)) {
    for (auto& e : errors) std::cerr << in_path << ": error: " << e << "\n";
    return 1;
  }
  if (!taipan::passes::runPasses(module, passes, verify_each, error)) {
    std::cerr << in_path << ": error: " << error << "\n";
    return 1;
  }
  std::string out = taipan::ir::printModule(module);
  if (out_path.empty() || out_path == "-") {
    std::cout << out;
  } else {
    std::ofstream o(out_path, std::ios::binary);
    if (!(o << out)) {
      std::cerr << out_path << ": error: cannot write file\n";
      return 1;
    }
  }
  return 0;
}
