// Content directory lookup; see content_dir.hpp for the order.
#include "io/content_dir.hpp"

#include <cstdlib>
#include <system_error>

namespace knotmap::io {
namespace {

namespace fs = std::filesystem;

bool HasAtlas(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "atlas.toml", ec);
}

// True when `path` lies inside `dir` (both made absolute and normalised lexically first).
bool IsUnder(const fs::path& path, const fs::path& dir) {
  if (dir.empty()) return false;
  const fs::path p = path.lexically_normal();
  const fs::path d = dir.lexically_normal();
  auto pi = p.begin();
  for (auto di = d.begin(); di != d.end(); ++di, ++pi) {
    if (di->empty()) continue;  // a trailing separator
    if (pi == p.end() || *pi != *di) return false;
  }
  return true;
}

ContentDirInputs ProcessInputs() {
  ContentDirInputs in;
  if (const char* env = std::getenv("KNOTMAP_MODEL"); env && *env) in.env_model = fs::path(env);
  std::error_code ec;
  in.executable = fs::read_symlink("/proc/self/exe", ec);
#ifdef KNOTMAP_DATA_FROM_BIN
  in.data_from_bin = KNOTMAP_DATA_FROM_BIN;
#else
  in.data_from_bin = "../share/knotmap";
#endif
#ifdef KNOTMAP_BUILD_DIR
  in.build_dir = fs::weakly_canonical(fs::path(KNOTMAP_BUILD_DIR), ec);  // /proc/self/exe is canonical
#endif
#ifdef KNOTMAP_SOURCE_ASSETS
  in.source_assets = KNOTMAP_SOURCE_ASSETS;
#endif
  return in;
}

}  // namespace

fs::path ResolveContentDir(const ContentDirInputs& in) {
  if (in.env_model && !in.env_model->empty()) return *in.env_model;
  const fs::path installed = (in.executable.parent_path() / in.data_from_bin / "model").lexically_normal();
  if (!in.executable.empty() && HasAtlas(installed)) return installed;
  // Only a program inside its own build tree may use the source tree (tests, benchmarks, scripts/run).
  if (!in.source_assets.empty() && IsUnder(in.executable, in.build_dir)) return in.source_assets / "model";
  return installed;
}

fs::path DefaultContentDir() { return ResolveContentDir(ProcessInputs()); }

fs::path DefaultAssetsDir() {
  ContentDirInputs in = ProcessInputs();
  in.env_model.reset();
  return ResolveContentDir(in).parent_path();
}

}  // namespace knotmap::io
