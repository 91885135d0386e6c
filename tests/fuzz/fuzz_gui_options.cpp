// Fuzz target: the command line of `knotmap gui` through cli::Run (CLI11, the shared numeric
// validators, the strict mark-spec parser, --size and the options that need each other). One
// argument per input line. Whatever is accepted must be usable: marks parse strictly and are
// finite, sizes and counts are within their caps, --learn-region comes with --learn.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cli/cli.hpp"
#include "model/mark_spec.hpp"

using namespace knotmap;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Scripted marks are checked against the body of the content; point the default at a folder
  // that does not exist so no input reads the disk (the check is skipped when nothing loads).
  setenv("KNOTMAP_MODEL", "/nonexistent/knotmap-fuzz", 1);
  return 0;
}

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}

int Accepted(const cli::GuiOptions& o) {
  for (const std::string& spec : o.marks) {
    const auto mark = model::ParseMarkSpec(spec);
    const auto* m = std::get_if<model::MarkSpec>(&mark);
    Check(m != nullptr && std::isfinite(m->at.x) && std::isfinite(m->at.y));
  }
  Check(!o.learn_region || o.learn);
  Check(o.frames >= 1 && o.frames <= 10000);
  Check(!o.bench_frames || (*o.bench_frames >= 1 && *o.bench_frames <= 1000000));
  if (o.size) {
    Check(o.size->width >= cli::kMinWindowSide && o.size->height >= cli::kMinWindowSide);
    Check(o.size->width <= cli::kMaxWindowSide && o.size->height <= cli::kMaxWindowSide);
    Check(static_cast<long long>(o.size->width) * o.size->height <= cli::kMaxWindowPixels);
  }
  Check(o.model_dir.find_first_not_of(" \t") != std::string::npos || o.model_dir.empty());
  return 0;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args{"knotmap", "gui"};
  for (std::size_t start = 0; start <= text.size() && args.size() < 24;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    args.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  if (args.size() > 2 && (args[2] == "--help" || args[2] == "-h" || args[2] == "--version")) return 0;
  // The --model option would make the mark check read a folder from the disk: keep inputs pure.
  for (const std::string& a : args) {
    if (a.rfind("--model", 0) == 0) return 0;
  }
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  std::ostringstream out, err;
  const int status = cli::Run(static_cast<int>(argv.size()), argv.data(), Accepted, out, err);
  Check(status == 0 || status == 2 || status == 1);
  if (status == 2) Check(!err.str().empty());
  return 0;
}
