// Pass registry and pipeline runner, plus the block-compaction helper that
// CFG-changing passes share.
#include "compiler/passes/pass.h"

#include "compiler/ir/verifier.h"
#include "compiler/passes/const_fold.h"
#include "compiler/passes/dce.h"
#include "compiler/passes/layout_spec.h"
#include "compiler/passes/range_loop.h"
#include "compiler/passes/simplify_cfg.h"

namespace taipan::passes {

std::unique_ptr<Pass> createPass(std::string_view name) {
#define TP_PASS(Name, Class, Header) \
  if (name == Name) return std::make_unique<Class>();
#include "compiler/passes/passes.def"
  return nullptr;
}

std::vector<std::string_view> passNames() {
  return {
#define TP_PASS(Name, Class, Header) Name,
#include "compiler/passes/passes.def"
  };
}

bool runPasses(ir::Module& module, std::string_view pipeline, bool verify_each, std::string& error) {
  std::vector<std::unique_ptr<Pass>> passes;
  size_t start = 0;
  while (start <= pipeline.size()) {
    size_t comma = pipeline.find(',', start);
    if (comma == std::string_view::npos) comma = pipeline.size();
    std::string_view name = pipeline.substr(start, comma - start);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) {
      auto p = createPass(name);
      if (!p) {
        error = "unknown pass '" + std::string(name) + "'";
        return false;
      }
      passes.push_back(std::move(p));
    }
    start = comma + 1;
  }
  for (auto& p : passes) {
    p->run(module);
    if (verify_each) {
      std::vector<std::string> errors;
      if (!ir::verify(module, errors)) {
        error = "after " + std::string(p->name()) + ": " + errors.front();
        return false;
      }
    }
  }
  return true;
}

std::string defaultPipeline(int opt_level) {
  if (opt_level <= 0) return "";
  return "const-fold,simplify-cfg,dce,simplify-cfg,layout-spec,range-loop";
}

bool compactBlocks(ir::Function& f, const std::vector<char>& keep) {
  std::vector<int32_t> remap(f.blocks.size(), -1);
  std::vector<ir::Block> kept;
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    if (!keep[b]) continue;
    remap[b] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(f.blocks[b]));
  }
  if (kept.size() == f.blocks.size()) {
    f.blocks = std::move(kept);
    return false;
  }
  f.blocks = std::move(kept);
  for (size_t b = 0; b < f.blocks.size(); ++b) {
    ir::BlockId bid(static_cast<int32_t>(b));
    for (ir::ValueId a : f.blocks[b].args) f.value(a).block = bid;
    for (ir::InstId i : f.blocks[b].insts) {
      ir::Inst& in = f.inst(i);
      for (auto& s : in.succs) s.block = ir::BlockId(remap[s.block.index]);
      if (in.unwind.valid()) in.unwind = ir::BlockId(remap[in.unwind.index]);
    }
  }
  return true;
}

}  // namespace taipan::passes
