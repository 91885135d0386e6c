// Where the content (atlas, muscles) is found when no directory is given: $KNOTMAP_MODEL, the
// installed layout next to the executable (bin/../share/knotmap/model), or, for binaries run from
// their build tree, the source tree's assets. An installed executable never looks at the source tree.
#pragma once

#include <filesystem>
#include <optional>

namespace knotmap::io {

// What the lookup depends on, spelled out so tests can vary each part.
struct ContentDirInputs {
  std::optional<std::filesystem::path> env_model;  // $KNOTMAP_MODEL when set and non-empty
  std::filesystem::path executable;                // absolute path of the running program
  std::filesystem::path data_from_bin;             // e.g. ../share/knotmap (GNUInstallDirs)
  std::filesystem::path build_dir;                 // the build tree the program was compiled in
  std::filesystem::path source_assets;             // the source tree's assets/
};

// Pure apart from checking which candidate holds an atlas.toml. Returns the model directory
// (the folder holding atlas.toml); when nothing is found it returns the installed location, so
// the error a user sees names the place the content belongs.
std::filesystem::path ResolveContentDir(const ContentDirInputs& inputs);

// The model directory for this process (ResolveContentDir with the real environment).
std::filesystem::path DefaultContentDir();

// The folder holding model/ and icons/ for this process: DefaultContentDir()'s parent unless
// $KNOTMAP_MODEL points elsewhere, in which case the shipped folder is still used for icons.
std::filesystem::path DefaultAssetsDir();

}  // namespace knotmap::io
