// causes.toml and method.toml: the shipped files load complete, and every invalid case in
// fixtures/invalid_method is refused with an error at the right line and column. A case named
// causes_*.toml replaces causes.toml, method_*.toml replaces method.toml; its first line says
// "# expect: LINE:COLUMN: message" (the line numbers count that first line).
#include <catch2/catch.hpp>

#include <regex>

#include "load_should_fail.hpp"
#include "model/method.hpp"
#include "test_support.hpp"

using namespace knotmap;
namespace fs = std::filesystem;

TEST_CASE("the shipped method content is complete", "[loader][method]") {
  const model::Model& m = test::Shipped().model;
  CHECK(m.causes.list.size() >= 4);
  for (const char* id : {"thyroid", "minerals", "water"}) CHECK(m.FindCause(id) != nullptr);
  for (const model::BodyCause& c : m.causes.list) {
    INFO(c.id);
    CHECK_FALSE(c.source.empty());
    CHECK(c.advice.find(" mg") == std::string::npos);  // no supplement doses
  }
  const model::BallGuide& g = m.method.ball;
  CHECK(g.long_rest_max_seconds == 300);
  CHECK(g.regions.size() == m.regions.size());
  for (const char* sign : {"numbness", "tingling", "sharp"}) {
    const bool listed = std::any_of(g.stop_signs.begin(), g.stop_signs.end(),
                                    [&](const std::string& s) { return s.find(sign) != std::string::npos; });
    CHECK(listed);
  }
  CHECK(model::WayFor(g, *m.FindMuscle("rhomboids")) == model::BallWay::Floor);
  CHECK(model::WayFor(g, *m.FindMuscle("upper_trapezius")) == model::BallWay::Wall);
  CHECK(model::WayFor(g, *m.FindMuscle("popliteus")) == model::BallWay::Short);
  CHECK(model::NoFloorPlaceOf(g, "rectus_abdominis")->place == "the belly");
  CHECK(m.method.front_release.seconds > 0);
  CHECK(m.method.relaxation.seconds >= 120);
  CHECK(m.method.relaxation.seconds <= 180);
}

TEST_CASE("the minimal fixture's method content loads", "[loader][method]") {
  const model::Model& m = test::Minimal().model;
  REQUIRE(m.causes.list.size() == 1);
  CHECK(m.causes.min_regions == 2);
  CHECK(model::WayFor(m.method.ball, *m.FindMuscle("back_square")) == model::BallWay::Floor);
  CHECK(model::WayFor(m.method.ball, *m.FindMuscle("front_square")) == model::BallWay::Short);
}

TEST_CASE("every invalid method or causes file is refused with a precise error", "[loader][method][invalid]") {
  const int cases = test::CheckExpectedErrors("invalid_method", ".toml", [](const std::string& name) {
    return std::string(name.rfind("causes_", 0) == 0 ? "causes.toml" : "method.toml");
  });
  CHECK(cases >= 9);
}

TEST_CASE("a content folder without causes.toml or method.toml is refused", "[loader][method]") {
  for (const char* file : {"causes.toml", "method.toml"}) {
    test::TempDir scratch;
    fs::copy(test::FixtureDir("valid/minimal"), scratch.path, fs::copy_options::recursive);
    fs::remove(scratch.path / file);
    const io::LoadResult r = io::LoadModel(scratch.path);
    CHECK_FALSE(r.model.has_value());
    CHECK(test::Report(r).find(std::string(file) + ": error: missing file") != std::string::npos);
  }
}
