// Fuzz target: the command line of `knotmap gui`, one argument per input line, through the same
// CLI11 parser and checks `knotmap gui` uses (AddGui's options with the shared numeric validators,
// then CheckGuiOptions: strict mark specs, the mark cap, --size, options that need each other).
// The parser is built once; each input resets the options it binds and parses again. Whatever is
// accepted must be usable: marks parse strictly and are finite, sizes and counts are within their
// caps, --learn-region comes with --learn; whatever is refused says why.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cli/commands.hpp"
#include "model/mark_spec.hpp"
#include "session/session.hpp"

using namespace knotmap;

namespace {
void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckAccepted(const cli::GuiOptions& o) {
  Check(o.marks.size() <= session::kMaxMarks);
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
  for (const auto* path : {&o.screenshot, &o.state_dump, &o.config_dir, &o.data_dir, &o.show_muscle}) {
    Check(!*path || !(*path)->empty());
  }
}

// The `knotmap` app with its `gui` subcommand, as cli::Run registers it.
struct GuiParser {
  CLI::App app{"knotmap"};
  cli::GuiCommand gui = cli::AddGui(app);
};
GuiParser* parser = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  parser = new GuiParser;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args;
  for (std::size_t start = 0; start <= text.size() && args.size() < 24;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    args.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::reverse(args.begin(), args.end());  // CLI11 takes the arguments last first
  args.emplace_back("gui");

  *parser->gui.args = cli::GuiArgs{};
  parser->app.clear();
  try {
    parser->app.parse(args);
  } catch (const CLI::ParseError&) {  // refused by CLI11 (also --help, --version)
    return 0;
  }
  cli::GuiArgs& parsed = *parser->gui.args;
  const std::string problem = cli::CheckGuiOptions(parsed.options, parsed.size_text);
  if (problem.empty()) CheckAccepted(parsed.options);
  return 0;
}
