// Content lookup: $KNOTMAP_MODEL wins, an installed layout is found next to the executable, and
// only a program inside its build tree falls back to the source tree's assets.
#include <catch2/catch.hpp>

#include <fstream>

#include "io/content_dir.hpp"
#include "test_support.hpp"

using namespace knotmap;
namespace fs = std::filesystem;

namespace {

void MakeModelDir(const fs::path& dir) {
  fs::create_directories(dir);
  std::ofstream(dir / "atlas.toml") << "# stand-in\n";
}

}  // namespace

TEST_CASE("an installed executable finds bin/../share/knotmap/model", "[content_dir]") {
  test::TempDir tmp;
  MakeModelDir(tmp.path / "usr/share/knotmap/model");
  io::ContentDirInputs in{std::nullopt, tmp.path / "usr/bin/knotmap", "../share/knotmap",
                          tmp.path / "build", tmp.path / "src/assets"};
  CHECK(io::ResolveContentDir(in) == tmp.path / "usr/share/knotmap/model");
}

TEST_CASE("KNOTMAP_MODEL overrides every other place", "[content_dir]") {
  test::TempDir tmp;
  MakeModelDir(tmp.path / "usr/share/knotmap/model");
  io::ContentDirInputs in{tmp.path / "mine", tmp.path / "usr/bin/knotmap", "../share/knotmap",
                          tmp.path / "build", tmp.path / "src/assets"};
  CHECK(io::ResolveContentDir(in) == tmp.path / "mine");
}

TEST_CASE("a build-tree program uses the source assets", "[content_dir]") {
  test::TempDir tmp;
  io::ContentDirInputs in{std::nullopt, tmp.path / "build/tests/knotmap_io_tests", "../share/knotmap",
                          tmp.path / "build", tmp.path / "src/assets"};
  CHECK(io::ResolveContentDir(in) == tmp.path / "src/assets/model");
  // A prefix staged inside the build tree holds its own content, and that wins.
  MakeModelDir(tmp.path / "build/stage/share/knotmap/model");
  in.executable = tmp.path / "build/stage/bin/knotmap";
  CHECK(io::ResolveContentDir(in) == tmp.path / "build/stage/share/knotmap/model");
}

TEST_CASE("an installed executable never falls back to the source tree", "[content_dir]") {
  test::TempDir tmp;
  MakeModelDir(tmp.path / "src/assets/model");
  // Content missing from the install: the answer names where it belongs, not the source tree.
  io::ContentDirInputs in{std::nullopt, tmp.path / "opt/kn/bin/knotmap", "../share/knotmap",
                          tmp.path / "build", tmp.path / "src/assets"};
  CHECK(io::ResolveContentDir(in) == tmp.path / "opt/kn/share/knotmap/model");
  // A sibling whose name merely starts like the build tree is not inside it.
  in.executable = tmp.path / "build-other/knotmap";
  CHECK(io::ResolveContentDir(in) == tmp.path / "share/knotmap/model");
}

TEST_CASE("this test binary, run from its build tree, finds the shipped content", "[content_dir]") {
  CHECK(fs::is_regular_file(io::DefaultContentDir() / "atlas.toml"));
  CHECK(fs::is_regular_file(io::DefaultAssetsDir() / "icons" / "knotmap.png"));
}
