// What helped: before/after pairs around treatments, the observation count, and the plain words.
#include <catch2/catch.hpp>

#include "model/what_helped.hpp"

using namespace knotmap::model;

namespace {

// An entry at `day` with one mark of `intensity`, explained by the rhomboid's tp1 on the right
// when `explained`, else by nothing.
JournalEntry Entry(std::int64_t id, int day, int intensity, bool explained = true) {
  JournalEntry e;
  e.id = id;
  e.at = day * 86400;
  PainMark mark;
  mark.points = {{560.0f, 470.0f}};
  mark.intensity = intensity;
  e.marks.push_back({mark, "upper_back"});
  if (explained) e.findings.push_back({"rhomboid_major", "Rhomboid major", "tp1", "lower border", Side::Right, 0.8f, {0}});
  return e;
}

Treatment Treat(int day, std::string tp = "tp1", Side side = Side::Right) {
  return {0, day * 86400 + 3600, "rhomboid_major", std::move(tp), side, DoseMethod::Hold, 60, std::nullopt};
}

}  // namespace

TEST_CASE("what helped averages the change from the entry before to the entry after", "[helped]") {
  const std::vector<JournalEntry> entries{Entry(1, 0, 8), Entry(2, 1, 6), Entry(3, 2, 5), Entry(4, 3, 2)};
  const auto figures = WhatHelped(entries, {Treat(0), Treat(1), Treat(2)});
  REQUIRE(figures.size() == 1);
  const HelpedFigure& f = figures[0];
  CHECK(f.muscle_name == "Rhomboid major");
  CHECK(f.trigger_point_name == "lower border");
  CHECK(f.treatments == 3);
  CHECK(f.observations == 3);
  CHECK(f.mean_change == Approx(-2.0f));  // (6-8 + 5-6 + 2-5) / 3
  CHECK(f.Enough());
  CHECK(HelpedSentence(f) == "Pain it explained fell by 2.0 on average (3 observations).");
}

TEST_CASE("too few observations are said plainly", "[helped]") {
  const auto figures = WhatHelped({Entry(1, 0, 8), Entry(2, 1, 6)}, {Treat(0)});
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].observations == 1);
  CHECK(!figures[0].Enough());
  CHECK(HelpedSentence(figures[0]) == "Too few observations to tell yet (1 so far; 3 needed).");
}

TEST_CASE("a treatment with no entry after it is counted but not observed", "[helped]") {
  const auto figures = WhatHelped({Entry(1, 0, 8)}, {Treat(0)});
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].treatments == 1);
  CHECK(figures[0].observations == 0);
}

TEST_CASE("pain the point no longer explains counts as gone", "[helped]") {
  const auto figures = WhatHelped({Entry(1, 0, 7), Entry(2, 1, 4, false)}, {Treat(0)});
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].observations == 1);
  CHECK(figures[0].mean_change == Approx(-7.0f));
}

TEST_CASE("two treatments between the same entries are one observation", "[helped]") {
  const auto figures = WhatHelped({Entry(1, 0, 8), Entry(2, 2, 5)}, {Treat(0), Treat(1)});
  REQUIRE(figures.size() == 1);
  CHECK(figures[0].treatments == 2);
  CHECK(figures[0].observations == 1);
  CHECK(figures[0].mean_change == Approx(-3.0f));
}

TEST_CASE("points and sides are kept apart; a muscle-wide treatment matches any of its points", "[helped]") {
  const std::vector<JournalEntry> entries{Entry(1, 0, 8), Entry(2, 1, 3)};
  const auto figures = WhatHelped(entries, {Treat(0, "tp2"), Treat(0, "tp1", Side::Left), Treat(0, "")});
  REQUIRE(figures.size() == 3);
  // Only the muscle-wide treatment finds tp1 on the right explaining the marks.
  CHECK(figures[0].trigger_point.empty());
  CHECK(figures[0].observations == 1);
  CHECK(figures[0].mean_change == Approx(-5.0f));
  CHECK(figures[1].observations == 0);
  CHECK(figures[2].observations == 0);
  CHECK(HelpedSentence(figures[1]) == "Too few observations to tell yet (0 so far; 3 needed).");
}

TEST_CASE("ratings and methods read back from their names", "[journal]") {
  CHECK(ParseTreatmentRating("better") == TreatmentRating::Better);
  CHECK(ParseTreatmentRating("worse") == TreatmentRating::Worse);
  CHECK(!ParseTreatmentRating("fine"));
  CHECK(ParseDoseMethod("strokes") == DoseMethod::Strokes);
  CHECK(!ParseDoseMethod("press"));
}
