// Loads the whole content directory, runs the cross-file checks and finalises the model.
#include "io/model_loader.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <tuple>

#include "io/atlas_loader.hpp"
#include "io/muscle_loader.hpp"
#include "model/coverage.hpp"

namespace knotmap::io {
namespace fs = std::filesystem;

std::string Format(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line);
  if (d.line > 0 && d.column > 0) out += ":" + std::to_string(d.column);
  out += d.warning ? ": warning: " : ": error: ";
  out += d.message;
  return out;
}

bool LoadResult::HasErrors() const {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return !d.warning; });
}

namespace {

// A parsed file kept alive until the cross-file checks have pointed into it.
struct ParsedFile {
  std::string shown;
  toml::table table;
};

std::unique_ptr<ParsedFile> ParseFile(const fs::path& path, const std::string& shown,
                                      const ContentLimits& limits, std::vector<Diagnostic>& diags) {
  auto text = ReadTextFile(path, shown, limits.max_file_bytes, diags);
  if (!text) return nullptr;
  auto table = ParseToml(*text, shown, diags);
  if (!table) return nullptr;
  return std::make_unique<ParsedFile>(ParsedFile{shown, std::move(*table)});
}

// Runs `read` over a required top-level file of the content directory.
template <typename Fn>
void ReadSharedFile(const fs::path& dir, const char* name, const ContentLimits& limits,
                    std::vector<Diagnostic>& diags, Fn&& read) {
  const fs::path path = dir / name;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    diags.push_back({name, 0, 0, std::string("missing file: the content directory needs ") + name});
    return;
  }
  if (auto file = ParseFile(path, name, limits, diags)) {
    TomlReader r(file->table, name, diags, limits);
    read(r);
  }
}

// A zone drawn mostly off the silhouette points at nothing a user can mark: warn (not refuse) so
// authors see it in `knotmap validate`.
constexpr float kMinZoneShareInBody = 0.9f;

void WarnZonesOffBody(TomlReader& r, const model::Muscle& muscle,
                      const std::array<model::ScanlineIndex, 2>& body, std::vector<Diagnostic>& diags) {
  auto tps = r.Tables("trigger_points", false, 0);
  for (std::size_t i = 0; i < tps.size() && i < muscle.trigger_points.size(); ++i) {
    const model::TriggerPoint& tp = muscle.trigger_points[i];
    auto zones = tps[i].Tables("zones", false, 0);
    for (std::size_t z = 0; z < zones.size() && z < tp.zones.size(); ++z) {
      const model::Zone& zone = tp.zones[z];
      const float share = model::ShareInside(zone.shape.polygon, body[static_cast<int>(zone.view)]);
      if (share >= kMinZoneShareInBody) continue;
      const toml::node* at = zones[z].Node("points");
      const auto& src = at ? at->source() : zones[z].Raw().source();
      diags.push_back({r.File(), static_cast<int>(src.begin.line), static_cast<int>(src.begin.column),
                       std::string(model::ToString(zone.kind)) + " zone " + std::to_string(z + 1) +
                           " of trigger point '" + tp.id + "': only " +
                           std::to_string(std::lround(share * 100.0f)) +
                           " % lies inside the body outline on the " +
                           std::string(model::ToString(zone.view)) + " view (expected at least 90 %)",
                       true});
    }
  }
}

}  // namespace

LoadResult LoadModel(const fs::path& content_dir, const ContentLimits& limits) {
  LoadResult result;
  auto& diags = result.diagnostics;
  std::error_code ec;
  if (!fs::is_directory(content_dir, ec)) {
    diags.push_back({content_dir.string(), 0, 0,
                     "not a content directory: expected a folder with atlas.toml, regions.toml, "
                     "habits.toml, red_flags.toml and muscles/"});
    return result;
  }
  model::Model m;
  ReadSharedFile(content_dir, "atlas.toml", limits, diags, [&](TomlReader& r) { ReadAtlas(r, m); });
  ReadSharedFile(content_dir, "regions.toml", limits, diags, [&](TomlReader& r) { ReadRegions(r, m); });
  std::map<std::string, std::pair<int, int>> habit_at;  // habit id -> line, column (for warnings)
  ReadSharedFile(content_dir, "habits.toml", limits, diags, [&](TomlReader& r) {
    ReadHabits(r, m);
    if (const toml::array* list = r.Raw()["habit"].as_array()) {
      for (const toml::node& n : *list) {
        const toml::node* id = n.as_table() ? n.as_table()->get("id") : nullptr;
        if (id && id->is_string()) {
          habit_at[id->as_string()->get()] = {static_cast<int>(n.source().begin.line),
                                              static_cast<int>(n.source().begin.column)};
        }
      }
    }
  });
  ReadSharedFile(content_dir, "red_flags.toml", limits, diags,
                 [&](TomlReader& r) { ReadRedFlags(r, m); });

  // Muscle files, in name order so the model (and every listing) is deterministic.
  const fs::path muscles_dir = content_dir / "muscles";
  std::vector<fs::path> files;
  if (fs::is_directory(muscles_dir, ec)) {
    for (fs::directory_iterator it(muscles_dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() != ".toml") continue;
      // Refuse links and special files: content cannot reach outside its directory.
      if (it->is_symlink(ec) || !it->is_regular_file(ec)) {
        diags.push_back({"muscles/" + it->path().filename().string(), 0, 0,
                         "not a regular file (links are not followed)"});
        continue;
      }
      files.push_back(it->path());
      if (files.size() > limits.max_muscles) break;
    }
  }
  if (files.empty()) {
    diags.push_back({"muscles/", 0, 0, "no muscle files: expected muscles/<id>.toml files"});
  }
  if (files.size() > limits.max_muscles) {
    diags.push_back({"muscles/", 0, 0,
                     "too many muscle files (limit " + std::to_string(limits.max_muscles) + ")"});
    return result;
  }
  std::sort(files.begin(), files.end());

  std::vector<std::unique_ptr<ParsedFile>> parsed;
  std::vector<std::size_t> parsed_index;  // muscle index -> parsed file
  std::map<std::string, std::string> id_to_file;
  for (const fs::path& path : files) {
    const std::string shown = "muscles/" + path.filename().string();
    auto file = ParseFile(path, shown, limits, diags);
    if (!file) continue;
    TomlReader r(file->table, shown, diags, limits);
    auto muscle = ReadMuscle(r);
    if (!muscle) continue;
    if (muscle->id + ".toml" != path.filename().string()) {
      r.ErrorAt("id", "muscle id '" + muscle->id + "' must match its file name (" +
                          muscle->id + ".toml)");
      continue;
    }
    if (auto [it, inserted] = id_to_file.emplace(muscle->id, shown); !inserted) {
      r.ErrorAt("id", "duplicate muscle id '" + muscle->id + "', also in " + it->second);
      continue;
    }
    m.muscles.push_back(std::move(*muscle));
    parsed_index.push_back(parsed.size());
    parsed.push_back(std::move(file));
  }

  m.Finalize();  // builds the id index used by the cross checks
  const std::array<model::ScanlineIndex, 2> body{model::ScanlineIndex(m.views[0].body.polygon),
                                                 model::ScanlineIndex(m.views[1].body.polygon)};
  for (std::size_t i = 0; i < m.muscles.size(); ++i) {
    const ParsedFile& file = *parsed[parsed_index[i]];
    TomlReader r(file.table, file.shown, diags, limits);
    CrossCheckMuscle(r, m.muscles[i], m);
    WarnZonesOffBody(r, m.muscles[i], body, diags);
  }
  // A habit no muscle lists can be ticked but changes nothing: tell the author.
  for (const model::Habit& h : m.habits) {
    const bool used = std::any_of(m.muscles.begin(), m.muscles.end(), [&](const model::Muscle& mu) {
      return std::find(mu.habits.begin(), mu.habits.end(), h.id) != mu.habits.end();
    });
    if (used || m.muscles.empty()) continue;
    const auto at = habit_at.count(h.id) ? habit_at[h.id] : std::pair<int, int>{0, 0};
    diags.push_back({"habits.toml", at.first, at.second,
                     "habit '" + h.id + "' is used by no muscle: ticking it changes nothing (list it "
                     "in the habits of the muscles it loads, or remove it)",
                     true});
  }
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  if (!result.HasErrors()) result.model = std::move(m);
  else result.partial = std::move(m);
  return result;
}

}  // namespace knotmap::io
