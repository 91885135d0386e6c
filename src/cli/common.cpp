// Shared helpers of the subcommands.
#include "cli/common.hpp"

#include "cli/checked.hpp"
#include "io/findings_json.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace knotmap::cli {

std::optional<model::Model> LoadOrReport(const std::string& dir, Streams s) {
  const auto path = dir.empty() ? io::DefaultContentDir() : std::filesystem::path(dir);
  io::LoadResult result = io::LoadModel(path);
  if (result.model) return std::move(result.model);
  s.err << "knotmap: the content in " << path.string() << " has errors:\n";
  for (const io::Diagnostic& d : result.diagnostics) s.err << "  " << io::Format(d) << "\n";
  return std::nullopt;
}

std::string OutsideBody(const model::Model& m, model::View view, model::Point p) {
  std::ostringstream s;
  s << "the point (" << p.x << ", " << p.y << ") lies outside the body on the " << model::ToString(view)
    << " view (the frame is " << m.Atlas(view).width << " x " << m.Atlas(view).height
    << "; see 'knotmap landmarks')";
  return s.str();
}

void AddModelOption(CLI::App* sub, std::string& dir) {
  sub->add_option("--model", dir, "Content directory (default: the shipped assets/model)")
      ->check(NotEmpty());
}

nlohmann::ordered_json ToJson(model::Point p) { return io::PointToJson(p); }

}  // namespace knotmap::cli
