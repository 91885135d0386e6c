// Shared helpers of the subcommands.
#include "cli/common.hpp"

#include "io/findings_json.hpp"

#include <cmath>
#include <ostream>

namespace knotmap::cli {

std::optional<model::Model> LoadOrReport(const std::string& dir, Streams s) {
  const auto path = dir.empty() ? io::DefaultContentDir() : std::filesystem::path(dir);
  io::LoadResult result = io::LoadModel(path);
  if (result.model) return std::move(result.model);
  s.err << "knotmap: the content in " << path.string() << " has errors:\n";
  for (const io::Diagnostic& d : result.diagnostics) s.err << "  " << io::Format(d) << "\n";
  return std::nullopt;
}

void AddModelOption(CLI::App* sub, std::string& dir) {
  sub->add_option("--model", dir, "Content directory (default: the shipped assets/model)");
}

nlohmann::ordered_json ToJson(model::Point p) { return io::PointToJson(p); }

}  // namespace knotmap::cli
