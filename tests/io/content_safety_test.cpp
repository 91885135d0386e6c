// Hostile content folders: FIFOs, directories and links where files are expected, content that is
// too large in total, and errors that would cascade. Each must give a short report whose first
// line is the root cause, never a hang.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "load_should_fail.hpp"

using namespace knotmap;
namespace fs = std::filesystem;
using test::Report;
using test::TempDir;

namespace {

struct Content {
  TempDir tmp;
  fs::path dir = tmp.path / "model";
  Content() { fs::copy(test::FixtureDir("valid/minimal"), dir, fs::copy_options::recursive); }
  void Write(const std::string& rel, const std::string& text) const {
    std::ofstream(dir / rel, std::ios::binary | std::ios::trunc) << text;
  }
  std::string Read(const std::string& rel) const { return test::ReadFile(dir / rel); }
};

std::size_t Errors(const io::LoadResult& r) {
  return static_cast<std::size_t>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(),
                                                [](const io::Diagnostic& d) { return !d.warning; }));
}

}  // namespace

TEST_CASE("a FIFO or a directory where a file is expected says what it found", "[loader][files]") {
  Content c;
  SECTION("FIFO at atlas.toml") {
    fs::remove(c.dir / "atlas.toml");
    REQUIRE(::mkfifo((c.dir / "atlas.toml").c_str(), 0600) == 0);
    const io::LoadResult r = io::LoadModel(c.dir);  // must not block waiting for a writer
    INFO(Report(r));
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(io::Format(r.diagnostics.front()) ==
          "atlas.toml: error: cannot read the file: it is a FIFO (named pipe), not a file");
    CHECK(Report(r).find("missing file") == std::string::npos);
  }
  SECTION("directory at regions.toml") {
    fs::remove(c.dir / "regions.toml");
    fs::create_directory(c.dir / "regions.toml");
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(io::Format(r.diagnostics.front()) ==
          "regions.toml: error: cannot read the file: it is a directory, not a file");
    CHECK(Errors(r) == 1u);  // the muscles' unknown regions would only repeat the cause
  }
  SECTION("FIFO among the muscles") {
    REQUIRE(::mkfifo((c.dir / "muscles/pipe.toml").c_str(), 0600) == 0);
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    CHECK(Report(r).find("muscles/pipe.toml: error: it is a FIFO (named pipe), not a file") != std::string::npos);
  }
}

TEST_CASE("links out of the content folder are refused for every file and folder", "[loader][files]") {
  Content c;
  const fs::path outside = c.tmp.path / "outside";
  fs::create_directory(outside);
  SECTION("atlas.toml") {
    fs::rename(c.dir / "atlas.toml", outside / "atlas.toml");
    fs::create_symlink(outside / "atlas.toml", c.dir / "atlas.toml");
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    CHECK_FALSE(r.model.has_value());
    CHECK(Report(r).find("atlas.toml: error: it is a link out of the content folder") != std::string::npos);
  }
  SECTION("the muscles folder") {
    fs::rename(c.dir / "muscles", outside / "muscles");
    fs::create_directory_symlink(outside / "muscles", c.dir / "muscles");
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    CHECK_FALSE(r.model.has_value());
    CHECK(Report(r).find("muscles/: error: it is a link out of the content folder") != std::string::npos);
  }
  SECTION("a link that stays inside is followed") {
    fs::create_directory(c.dir / "shared");
    fs::rename(c.dir / "habits.toml", c.dir / "shared/habits.toml");
    fs::create_symlink("shared/habits.toml", c.dir / "habits.toml");
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    CHECK(r.model.has_value());
  }
}

TEST_CASE("errors do not cascade: the root cause comes first and the list is capped", "[loader][messages]") {
  Content c;
  SECTION("one atlas syntax error is one error") {
    c.Write("atlas.toml", c.Read("atlas.toml") + "\n[frame\n");
    const io::LoadResult r = io::LoadModel(c.dir);
    INFO(Report(r));
    CHECK(Errors(r) == 1u);
    REQUIRE_FALSE(r.diagnostics.empty());
    CHECK(r.diagnostics.front().file == "atlas.toml");
    CHECK(r.diagnostics.front().message.find("TOML syntax error") != std::string::npos);
  }
  SECTION("thousands of unknown keys give a capped list") {
    std::string keys;
    for (int i = 0; i < 20000; ++i) keys += "k" + std::to_string(i) + " = 1\n";
    c.Write("muscles/back_square.toml", keys + c.Read("muscles/back_square.toml"));
    const io::LoadResult r = io::LoadModel(c.dir);
    REQUIRE(r.diagnostics.size() == io::kMaxDiagnostics + 1);
    CHECK(r.omitted >= 19900u);  // the unknown keys, and front_square's pulling muscle now unknown
    CHECK(io::Format(r.diagnostics.back()) == "... and " + std::to_string(r.omitted) + " more errors");
  }
}

TEST_CASE("content budgets bound the total, not only each file", "[loader][limits]") {
  Content c;
  const io::ContentLimits shipped_limits;
  CHECK(shipped_limits.max_total_bytes == std::uintmax_t{4} << 20);
  SECTION("bytes over all files") {
    io::ContentLimits limits;
    limits.max_total_bytes = 8000;  // the minimal fixture is about 5 KB
    const std::string text = c.Read("muscles/back_square.toml");
    for (int i = 0; i < 5; ++i) {
      std::string copy = text;
      copy.replace(copy.find("id = \"back_square\""), 18, "id = \"copy" + std::to_string(i) + "\"");
      c.Write("muscles/copy" + std::to_string(i) + ".toml", copy);
    }
    const io::LoadResult r = io::LoadModel(c.dir, limits);
    INFO(Report(r));
    CHECK_FALSE(r.model.has_value());
    CHECK(Report(r).find("the content is larger than 8000 bytes in all") != std::string::npos);
  }
  SECTION("vertices and zones over all muscles") {
    io::ContentLimits limits;
    limits.max_total_vertices = 10;
    CHECK(Report(io::LoadModel(c.dir, limits)).find("more than 10 shape points in all") != std::string::npos);
    limits = {};
    limits.max_total_zones = 2;
    CHECK(Report(io::LoadModel(c.dir, limits)).find("more than 2 referral zones in all") != std::string::npos);
  }
}
