// Loads the whole content directory, runs the cross-file checks and finalises the model.
#include "io/model_loader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <tuple>

#include "io/atlas_loader.hpp"
#include "io/file_io.hpp"
#include "io/image.hpp"
#include "io/method_loader.hpp"
#include "io/muscle_loader.hpp"
#include "model/coverage.hpp"

namespace knotmap::io {
namespace fs = std::filesystem;

std::string Format(const Diagnostic& d) {
  if (d.file.empty() && d.line == 0) return d.message;  // the "... and N more" summary line
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

// A link is followed only when it stays inside the content folder (a shared file kept elsewhere
// in the folder is fine; /etc/passwd is not).
bool LinkLeaves(const fs::path& dir, const fs::path& path) {
  std::error_code ec;
  return fs::is_symlink(path, ec) && !IsInside(dir, path);
}

// Running totals against the folder-wide budgets.
struct Budget {
  const ContentLimits& limits;
  std::uintmax_t bytes = 0;
  std::size_t vertices = 0, zones = 0;
};

// Reads a required top-level file of the content directory and runs `read` over it. Returns false
// on a fatal file error (missing, not a file, a link out, unreadable, bad TOML).
template <typename Fn>
bool ReadSharedFile(const fs::path& dir, const char* name, Budget& budget,
                    std::vector<Diagnostic>& diags, Fn&& read) {
  const fs::path path = dir / name;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(path, ec))) {
    diags.push_back({name, 0, 0, std::string("missing file: the content directory needs ") + name});
    return false;
  }
  if (LinkLeaves(dir, path)) {
    diags.push_back({name, 0, 0, "it is a link out of the content folder; links are followed only inside it"});
    return false;
  }
  auto file = ParseFile(path, name, budget.limits, diags);
  if (!file) return false;
  budget.bytes += fs::file_size(path, ec);
  TomlReader r(file->table, name, diags, budget.limits);
  read(r);
  return true;
}

// Adds a muscle to the totals; false (with an error) when it takes the folder over a budget.
bool WithinBudget(const model::Muscle& m, const std::string& shown, Budget& b, std::vector<Diagnostic>& diags) {
  for (const auto& o : m.outlines) b.vertices += o.shape.control.size();
  for (const auto& tp : m.trigger_points) {
    b.zones += tp.zones.size();
    for (const auto& z : tp.zones) b.vertices += z.shape.control.size();
  }
  std::string over;
  if (b.vertices > b.limits.max_total_vertices) {
    over = "more than " + std::to_string(b.limits.max_total_vertices) + " shape points in all";
  } else if (b.zones > b.limits.max_total_zones) {
    over = "more than " + std::to_string(b.limits.max_total_zones) + " referral zones in all";
  }
  if (over.empty()) return true;
  diags.push_back({shown, 0, 0, "the content has " + over + " (the folder's budget); stopped reading here"});
  return false;
}

// Root causes first: whole-file problems, then by file and position. Long lists are capped.
void Finish(LoadResult& result) {
  auto& diags = result.diagnostics;
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::make_tuple(a.line != 0, a.file, a.line, a.column) <
           std::make_tuple(b.line != 0, b.file, b.line, b.column);
  });
  if (diags.size() <= kMaxDiagnostics) return;
  result.omitted = diags.size() - kMaxDiagnostics;
  const bool all_warnings = std::all_of(diags.begin() + kMaxDiagnostics, diags.end(),
                                        [](const Diagnostic& d) { return d.warning; });
  diags.resize(kMaxDiagnostics);
  diags.push_back({"", 0, 0,
                   "... and " + std::to_string(result.omitted) + " more " + (all_warnings ? "warnings" : "errors"),
                   all_warnings});
}

// A zone drawn mostly off the silhouette points at nothing a user can mark: warn (not refuse) so
// authors see it in `knotmap validate`.
constexpr float kMinZoneShareInBody = 0.9f;

void WarnZonesOffBody(TomlReader& r, const model::Muscle& muscle, const model::Model& m,
                      std::vector<Diagnostic>& diags) {
  auto tps = r.Tables("trigger_points", false, 0);
  for (std::size_t i = 0; i < tps.size() && i < muscle.trigger_points.size(); ++i) {
    const model::TriggerPoint& tp = muscle.trigger_points[i];
    auto zones = tps[i].Tables("zones", false, 0);
    for (std::size_t z = 0; z < zones.size() && z < tp.zones.size(); ++z) {
      const model::Zone& zone = tp.zones[z];
      const float share = model::ShareInside(zone.shape.polygon, m.BodyIndex(zone.view));
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

bool IsContentDir(const fs::path& content_dir, std::vector<Diagnostic>& diags) {
  std::error_code ec;
  if (fs::is_directory(content_dir, ec)) return true;
  diags.push_back({content_dir.string(), 0, 0,
                   "not a content directory: expected a folder with atlas.toml, regions.toml, "
                   "habits.toml, red_flags.toml, causes.toml, method.toml and muscles/"});
  return false;
}

}  // namespace

LoadResult LoadAtlas(const fs::path& content_dir, const ContentLimits& limits) {
  LoadResult result;
  if (!IsContentDir(content_dir, result.diagnostics)) return result;
  model::Model m;
  Budget budget{limits};
  ReadSharedFile(content_dir, "atlas.toml", budget, result.diagnostics, [&](TomlReader& r) { ReadAtlas(r, m); });
  Finish(result);
  if (result.HasErrors()) return result;
  m.Finalize();  // the body's scanline index, for InsideBody
  result.model = std::move(m);
  return result;
}

LoadResult LoadModel(const fs::path& content_dir, const ContentLimits& limits) {
  LoadResult result;
  auto& diags = result.diagnostics;
  std::error_code ec;
  if (!IsContentDir(content_dir, diags)) return result;
  model::Model m;
  Budget budget{limits};
  std::map<std::string, std::pair<int, int>> habit_at;  // habit id -> line, column (for warnings)
  // A shared file that cannot be read is the root cause of everything after it (red flags name
  // regions, muscles name all four): stop at the first one rather than report every reference.
  const bool files_ok =
      ReadSharedFile(content_dir, "atlas.toml", budget, diags, [&](TomlReader& r) { ReadAtlas(r, m); }) &&
      ReadSharedFile(content_dir, "regions.toml", budget, diags, [&](TomlReader& r) { ReadRegions(r, m); }) &&
      ReadSharedFile(content_dir, "habits.toml", budget, diags, [&](TomlReader& r) {
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
      }) &&
      ReadSharedFile(content_dir, "red_flags.toml", budget, diags, [&](TomlReader& r) { ReadRedFlags(r, m); }) &&
      ReadSharedFile(content_dir, "causes.toml", budget, diags, [&](TomlReader& r) { ReadCauses(r, m); }) &&
      ReadSharedFile(content_dir, "method.toml", budget, diags, [&](TomlReader& r) { ReadMethod(r, m); });
  if (!files_ok) {
    Finish(result);
    return result;
  }
  const bool shared_clean = !result.HasErrors();

  // Muscle files, in name order so the model (and every listing) is deterministic.
  const fs::path muscles_dir = content_dir / "muscles";
  if (LinkLeaves(content_dir, muscles_dir)) {
    diags.push_back({"muscles/", 0, 0, "it is a link out of the content folder; links are followed only inside it"});
    Finish(result);
    return result;
  }
  std::vector<fs::path> files;
  if (fs::is_directory(muscles_dir, ec)) {
    for (fs::directory_iterator it(muscles_dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() != ".toml") continue;
      // Refuse links and special files: content cannot reach outside its directory.
      if (it->is_symlink(ec) || !it->is_regular_file(ec)) {
        const std::string kind = it->is_symlink(ec) ? std::string("a link") : DescribeNonRegular(it->path());
        diags.push_back({"muscles/" + it->path().filename().string(), 0, 0,
                         "it is " + kind + ", not a file (links are not followed)"});
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
    Finish(result);
    return result;
  }
  std::sort(files.begin(), files.end());

  std::vector<std::unique_ptr<ParsedFile>> parsed;
  std::vector<std::size_t> parsed_index;  // muscle index -> parsed file
  std::map<std::string, std::string> id_to_file;
  for (const fs::path& path : files) {
    const std::string shown = "muscles/" + path.filename().string();
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && budget.bytes + size > limits.max_total_bytes) {
      diags.push_back({shown, 0, 0, "the content is larger than " + std::to_string(limits.max_total_bytes) +
                                        " bytes in all (the folder's budget); stopped reading here"});
      break;
    }
    budget.bytes += ec ? 0 : size;
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
    if (!WithinBudget(*muscle, shown, budget, diags)) break;
    m.muscles.push_back(std::move(*muscle));
    parsed_index.push_back(parsed.size());
    parsed.push_back(std::move(file));
  }

  m.Finalize();  // builds the id index and the body's scanline index used by the cross checks
  // Cross-file checks only against sound shared files (a broken atlas would put every trigger
  // point "outside the body").
  for (std::size_t i = 0; shared_clean && i < m.muscles.size(); ++i) {
    const ParsedFile& file = *parsed[parsed_index[i]];
    TomlReader r(file.table, file.shown, diags, limits);
    CrossCheckMuscle(r, m.muscles[i], m);
    WarnZonesOffBody(r, m.muscles[i], m, diags);
  }
  // method.toml names muscles: parsed again (it parsed cleanly above) so errors point into it.
  if (shared_clean) {
    if (auto method = ParseFile(content_dir / "method.toml", "method.toml", limits, diags)) {
      TomlReader r(method->table, "method.toml", diags, limits);
      CrossCheckMethod(r, m);
    }
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
  Finish(result);
  if (!result.HasErrors()) result.model = std::move(m);
  else result.partial = std::move(m);
  return result;
}

}  // namespace knotmap::io
