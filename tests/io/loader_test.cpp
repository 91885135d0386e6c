// The content loader: valid content loads, every invalid file is refused with an error that points
// at the right file, line and column, and hostile input hits a limit instead of a crash.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>

#include "io/model_loader.hpp"
#include "model/coverage.hpp"
#include "load_should_fail.hpp"
#include "test_support.hpp"

using namespace knotmap;
namespace fs = std::filesystem;

namespace {

// A scratch copy of the minimal valid content, removed when the test ends.
struct ScratchContent {
  fs::path dir;
  ScratchContent() {
    static int counter = 0;
    dir = fs::temp_directory_path() /
          ("knotmap-loader-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(dir);
    fs::copy(test::FixtureDir("valid/minimal"), dir, fs::copy_options::recursive);
  }
  ~ScratchContent() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  void Write(const std::string& rel, const std::string& text) const {
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
};

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Report(const io::LoadResult& r) {
  std::string s;
  for (const auto& d : r.diagnostics) s += io::Format(d) + "\n";
  return s;
}

}  // namespace

TEST_CASE("the minimal fixture loads and is finalised", "[loader]") {
  const model::Model& m = test::Minimal().model;
  CHECK(m.muscles.size() == 2);
  CHECK(m.instances.size() == 4);  // two trigger points, each on both sides
  CHECK(m.FindLandmark(model::View::Back, "acromion_left") != nullptr);
  CHECK(m.FindLandmark(model::View::Back, "acromion_left")->at.x == Approx(320.0f));
  CHECK(m.InsideBody(model::View::Back, {500, 1000}));
  CHECK_FALSE(m.InsideBody(model::View::Back, {20, 1000}));
}

TEST_CASE("the shipped content validates clean", "[loader][assets]") {
  const io::LoadResult r = io::LoadModel(test::ShippedModelDir());
  INFO(Report(r));
  CHECK(r.diagnostics.empty());
  REQUIRE(r.model.has_value());
  for (const auto& mu : r.model->muscles) {
    INFO(mu.id);
    CHECK(!mu.source.empty());
    CHECK(!mu.cautions.empty());
    CHECK(!mu.pulling.empty());
    CHECK(!mu.trigger_points.empty());
  }
}

TEST_CASE("every invalid content file is refused with a precise error", "[loader][invalid]") {
  const int cases = test::CheckExpectedErrors("invalid", ".toml", [](const std::string& name) { return "muscles/" + name; });
  CHECK(cases >= 1);  // single-file cases are patches in invalid_muscle_test.cpp
}

TEST_CASE("several problems are all reported, not just the first", "[loader][invalid]") {
  ScratchContent scratch;
  std::string text = ReadAll(scratch.dir / "muscles/back_square.toml");
  text = std::regex_replace(text, std::regex("prevalence = \"common\""), "prevalence = \"often\"");
  text = std::regex_replace(text, std::regex("muscle = \"front_square\""), "muscle = \"nobody\"");
  text = std::regex_replace(text, std::regex("symptoms = \\[\"Aches\"\\]"), "symptoms = 3");
  scratch.Write("muscles/back_square.toml", text);
  const io::LoadResult r = io::LoadModel(scratch.dir);
  INFO(Report(r));
  CHECK(r.diagnostics.size() >= 2);  // cross-file checks wait until the file itself is sound
}

TEST_CASE("hostile files hit limits with clear errors", "[loader][limits]") {
  ScratchContent scratch;
  SECTION("a huge file") {
    scratch.Write("muscles/huge.toml", std::string(2 << 20, '#'));
    const io::LoadResult r = io::LoadModel(scratch.dir);
    INFO(Report(r));
    CHECK(Report(r).find("file is too large") != std::string::npos);
  }
  SECTION("binary garbage") {
    std::mt19937 rng(3);
    std::string junk(4096, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    scratch.Write("muscles/garbage.toml", junk);
    const io::LoadResult r = io::LoadModel(scratch.dir);
    CHECK_FALSE(r.model.has_value());
    CHECK(Report(r).find("muscles/garbage.toml") != std::string::npos);
  }
  SECTION("an empty file") {
    scratch.Write("muscles/empty.toml", "");
    const io::LoadResult r = io::LoadModel(scratch.dir);
    CHECK(Report(r).find("muscles/empty.toml:1:1: error: missing 'id'") != std::string::npos);
  }
  SECTION("too many vertices") {
    std::string pts;
    for (int i = 0; i < 300; ++i) pts += "[" + std::to_string(500 + i % 50) + ", " + std::to_string(600 + i) + "],";
    std::string text = ReadAll(scratch.dir / "muscles/back_square.toml");
    text = std::regex_replace(text, std::regex(R"(points = \[\[550, 400\].*)"), "points = [" + pts + "]");
    scratch.Write("muscles/back_square.toml", text);
    CHECK(Report(io::LoadModel(scratch.dir)).find("too many points") != std::string::npos);
  }
  SECTION("deep nesting") {
    scratch.Write("muscles/deep.toml", "id = " + std::string(5000, '[') + std::string(5000, ']'));
    const io::LoadResult r = io::LoadModel(scratch.dir);
    CHECK_FALSE(r.model.has_value());
  }
  SECTION("links are not followed out of the content directory") {
    fs::create_symlink("/etc/hostname", scratch.dir / "muscles/escape.toml");
    const io::LoadResult r = io::LoadModel(scratch.dir);
    CHECK(Report(r).find("muscles/escape.toml: error: it is a link, not a file") != std::string::npos);
  }
  SECTION("a missing directory") {
    const io::LoadResult r = io::LoadModel(scratch.dir / "nope");
    CHECK(Report(r).find("not a content directory") != std::string::npos);
  }
  SECTION("a missing shared file") {
    fs::remove(scratch.dir / "habits.toml");
    CHECK(Report(io::LoadModel(scratch.dir)).find("habits.toml: error: missing file") != std::string::npos);
  }
}

TEST_CASE("string and list limits are enforced", "[loader][limits]") {
  io::ContentLimits tight;
  tight.max_string_bytes = 8;
  std::vector<io::Diagnostic> diags;
  const auto muscle = io::ParseMuscle("id = \"abc\"\nname = \"a very long name indeed\"\n", "m.toml", diags, tight);
  CHECK_FALSE(muscle.has_value());
  bool too_long = false;
  for (const auto& d : diags) too_long = too_long || (d.line == 2 && d.message.find("too long") != std::string::npos);
  CHECK(too_long);
}

namespace {
// Crossings of the view's silhouette with the horizontal line at y, left of x_max.
std::size_t SilhouetteCrossings(const model::Model& m, model::View v, float y, float x_max = 1e9f) {
  std::vector<float> xs;
  model::ScanlineIndex(m.Atlas(v).body.polygon).CrossingsAt(y, xs);
  return static_cast<std::size_t>(std::count_if(xs.begin(), xs.end(), [&](float x) { return x < x_max; }));
}
}  // namespace

TEST_CASE("a view part redraws a stretch of the silhouette on one view", "[loader][atlas]") {
  ScratchContent scratch;
  const std::string atlas = ReadAll(scratch.dir / "atlas.toml");
  const std::string body = "left_half = [[500, 100], [420, 120], [300, 300], [260, 700], [250, 1000], [300, 1600], "
                           "[400, 1900], [500, 1950]]\n";
  REQUIRE(atlas.find(body) != std::string::npos);
  // The atlas with one view part on the back view, before the back landmarks.
  const auto with_part = [&](const std::string& points) {
    return std::regex_replace(atlas, std::regex("\\[landmarks\\.back\\]"),
                              "[[body.view_part]]\nview = \"back\"\nname = \"notch\"\npoints = " + points +
                                  "\n\n[landmarks.back]",
                              std::regex_constants::format_first_only);
  };
  // The back view's hip gets a notch: the front keeps the authored outline.
  scratch.Write("atlas.toml", with_part("[[260, 700], [300, 850], [250, 1000]]"));
  const io::LoadResult r = io::LoadModel(scratch.dir);
  INFO(Report(r));
  REQUIRE(r.model);
  CHECK(r.model->InsideBody(model::View::Front, {270, 850}));
  CHECK_FALSE(r.model->InsideBody(model::View::Back, {270, 850}));
  CHECK_FALSE(r.model->InsideBody(model::View::Back, {730, 850}));  // mirrored on the other side

  ScratchContent bad;
  bad.Write("atlas.toml", with_part("[[261, 700], [300, 850], [250, 1000]]"));
  const io::LoadResult b = io::LoadModel(bad.dir);
  INFO(Report(b));
  CHECK_FALSE(b.model);
  REQUIRE_FALSE(b.diagnostics.empty());
  CHECK(io::Format(b.diagnostics.front()) ==
        "atlas.toml:12:10: error: the first and last points of a view part must be points of left_half, in its "
        "order (the part replaces what lies between them on its view)");
}

TEST_CASE("the shipped feet: five toes on the front view, the heel behind", "[loader][atlas][assets]") {
  const model::Model& m = test::Shipped().model;
  // Below the notches between the toes and above their tips, a line across both feet crosses the
  // outline twice per toe in front, and twice per foot behind.
  CHECK(SilhouetteCrossings(m, model::View::Front, 1959.5f) == 2 * 2 * 5);
  CHECK(SilhouetteCrossings(m, model::View::Back, 1959.5f) == 2 * 2);
}

TEST_CASE("the shipped hands: the thumb stands apart from the index finger", "[loader][atlas][assets]") {
  const model::Model& m = test::Shipped().model;
  // Across the thumb's tip, the screen-left hand (x < 270) is crossed four times: in and out of
  // the thumb, then of the hand, on both views.
  for (model::View v : model::kViews) CHECK(SilhouetteCrossings(m, v, 1095.0f, 270.0f) == 4);
}

TEST_CASE("the atlas alone loads for a quick check of points on the body", "[loader][atlas]") {
  const io::LoadResult atlas = io::LoadAtlas(test::ShippedModelDir());
  INFO(Report(atlas));
  REQUIRE(atlas.model);
  CHECK(atlas.model->muscles.empty());  // nothing but atlas.toml was read
  CHECK(atlas.model->InsideBody(model::View::Back, {555, 470}));
  CHECK_FALSE(atlas.model->InsideBody(model::View::Back, {20, 1000}));

  ScratchContent broken;
  broken.Write("atlas.toml", "[body\n");
  const io::LoadResult b = io::LoadAtlas(broken.dir);
  CHECK_FALSE(b.model);
  REQUIRE_FALSE(b.diagnostics.empty());
  CHECK(b.diagnostics.front().file == "atlas.toml");
  CHECK_FALSE(io::LoadAtlas(broken.dir / "nowhere").model);
}
