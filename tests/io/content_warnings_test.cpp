// Warnings a content author sees in `knotmap validate` (zones off the body, habits no muscle uses)
// and the `side` of a habit. Warnings leave the model usable; a bad side is an error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/model_loader.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace knotmap;

namespace {

struct Scratch {
  test::TempDir tmp;
  fs::path dir = tmp.path / "model";
  Scratch() { fs::copy(test::FixtureDir("valid/minimal"), dir, fs::copy_options::recursive); }
  std::string Read(const std::string& rel) const {
    std::ifstream in(dir / rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  void Write(const std::string& rel, const std::string& text) const {
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
  // Replaces the one occurrence of `from` in `rel`; returns the 1-based line it is on.
  int Replace(const std::string& rel, const std::string& from, const std::string& to) const {
    std::string text = Read(rel);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    Write(rel, text);
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
  }
};

std::string Report(const io::LoadResult& r) {
  std::string s;
  for (const auto& d : r.diagnostics) s += io::Format(d) + "\n";
  return s;
}

}  // namespace

TEST_CASE("a zone mostly off the body outline is a warning with its place", "[loader][warnings]") {
  Scratch s;
  // The minimal body's edge is near x = 735 at this height: this square is about a third inside.
  const int line = s.Replace("muscles/back_square.toml", "[[480, 560], [660, 560], [660, 760], [480, 760]]",
                             "[[700, 600], [800, 600], [800, 700], [700, 700]]");
  const io::LoadResult r = io::LoadModel(s.dir);
  INFO(Report(r));
  REQUIRE(r.model.has_value());  // a warning, not an error
  const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const io::Diagnostic& d) {
    return d.message.find("lies inside the body outline") != std::string::npos;
  });
  REQUIRE(it != r.diagnostics.end());
  CHECK(it->warning);
  CHECK(it->file == "muscles/back_square.toml");
  CHECK(it->line == line);
  CHECK(it->column == 12);
  CHECK(it->message.find("spillover zone 2 of trigger point 'tp1': only 3") != std::string::npos);
  CHECK(it->message.find("on the back view (expected at least 90 %)") != std::string::npos);
}

TEST_CASE("the minimal fixture's zones lie inside the body: no warning", "[loader][warnings]") {
  Scratch s;
  const io::LoadResult r = io::LoadModel(s.dir);
  INFO(Report(r));
  CHECK(r.diagnostics.empty());
}

TEST_CASE("a habit no muscle uses is a warning on its entry", "[loader][warnings][habits]") {
  Scratch s;
  s.Write("habits.toml", s.Read("habits.toml") +
                             "\n[[habit]]\nid = \"juggling\"\nlabel = \"Juggling\"\ncause = \"Arms up.\"\n"
                             "change = \"Juggle less.\"\n");
  const io::LoadResult r = io::LoadModel(s.dir);
  INFO(Report(r));
  REQUIRE(r.model.has_value());
  CHECK(Report(r).find("habits.toml:7:1: warning: habit 'juggling' is used by no muscle") != std::string::npos);
}

TEST_CASE("a habit's side is right, left or absent", "[loader][habits]") {
  Scratch s;
  SECTION("right") {
    s.Replace("habits.toml", "id = \"desk_work\"\n", "id = \"desk_work\"\nside = \"right\"\n");
    const io::LoadResult r = io::LoadModel(s.dir);
    INFO(Report(r));
    REQUIRE(r.model.has_value());
    CHECK(r.model->FindHabit("desk_work")->side == model::Side::Right);
  }
  SECTION("absent: both sides") {
    const io::LoadResult r = io::LoadModel(s.dir);
    REQUIRE(r.model.has_value());
    CHECK_FALSE(r.model->FindHabit("desk_work")->side.has_value());
  }
  SECTION("anything else is an error") {
    s.Replace("habits.toml", "id = \"desk_work\"\n", "id = \"desk_work\"\nside = \"up\"\n");
    const io::LoadResult r = io::LoadModel(s.dir);
    INFO(Report(r));
    CHECK_FALSE(r.model.has_value());
    CHECK(Report(r).find("habits.toml:3:8: error: unknown side 'up': expected \"right\" or \"left\"") !=
          std::string::npos);
  }
}
