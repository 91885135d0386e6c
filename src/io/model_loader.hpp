// Loads and validates the content directory (assets/model): atlas, regions, habits, red flags and
// one TOML file per muscle. Every problem is reported with file, line, column and what was expected;
// a model with any error is refused whole (health content must be complete or not shown).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "io/content_dir.hpp"  // DefaultContentDir, used with LoadModel by every front end
#include "model/model.hpp"

namespace knotmap::io {

struct Diagnostic {
  std::string file;  // path relative to the content directory when possible
  int line = 0;      // 1-based; 0 when the problem is about a whole file
  int column = 0;    // 1-based; 0 when unknown
  std::string message;
  bool warning = false;
};
std::string Format(const Diagnostic& d);  // "file:line:column: error: message"

// At most this many diagnostics are listed; the rest become one "... and N more errors" line.
inline constexpr std::size_t kMaxDiagnostics = 100;

struct LoadResult {
  std::optional<model::Model> model;  // set only when there are no errors
  // Whatever loaded, even with errors (for previews of content being written; never for advice).
  std::optional<model::Model> partial;
  std::vector<Diagnostic> diagnostics;  // root causes first, capped at kMaxDiagnostics (+1 summary line)
  std::size_t omitted = 0;              // diagnostics beyond the cap, counted in the summary line
  bool HasErrors() const;
};

// Limits that keep a hostile content directory from exhausting memory or time.
struct ContentLimits {
  std::uintmax_t max_file_bytes = 1u << 20;  // 1 MiB per file
  std::size_t max_muscles = 2000;
  std::size_t max_trigger_points_per_muscle = 16;
  std::size_t max_zones_per_trigger_point = 16;
  std::size_t max_vertices_per_shape = 256;
  std::size_t max_string_bytes = 4000;
  std::size_t max_list_items = 64;
  // Totals over the whole folder, so many files at the per-file limits cannot take seconds and
  // gigabytes (the shipped content: 0.3 MB, about 3,600 shape points and 370 zones).
  std::uintmax_t max_total_bytes = 4u << 20;  // 4 MiB
  std::size_t max_total_vertices = 60000;
  std::size_t max_total_zones = 4000;
  // Smoothed points of all the bones of the atlas (the shipped skeleton: about 8,800).
  std::size_t max_total_bone_points = 100000;
};

LoadResult LoadModel(const std::filesystem::path& content_dir, const ContentLimits& limits = {});

// Only atlas.toml of a content directory, read and checked as LoadModel reads it: the model holds
// the two views (silhouette, landmarks, bones) and nothing else. For a quick check of points on
// the body before the whole content loads (gui --mark).
LoadResult LoadAtlas(const std::filesystem::path& content_dir, const ContentLimits& limits = {});

// Parses one muscle file's text (used by LoadModel, the fuzzer and the tests). Diagnostics are
// appended; returns the muscle when it parsed without errors of its own. Cross-file checks
// (unknown pulling muscles, points outside the body) happen in LoadModel.
std::optional<model::Muscle> ParseMuscle(std::string_view text, const std::string& file_name,
                                         std::vector<Diagnostic>& diagnostics,
                                         const ContentLimits& limits = {});

}  // namespace knotmap::io
