// Hand-checked cases for the thigh, knee and pelvic-floor muscles: a spot where each one refers
// pain, on the right and on the mirrored left, must list that muscle among the first candidates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "model/geometry.hpp"
#include "model/query.hpp"
#include "query_helpers.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

using knotmap::test::ExpectRanked;
using knotmap::test::Mirrored;
using knotmap::test::SpotFindings;

// The share of a zone's area (sampled every 2 units) that lies inside the body outline.
float ShareInsideBody(const Zone& z) {
  const auto& m = test::Shipped().model;
  int in_zone = 0;
  int in_body = 0;
  for (float x = z.shape.bounds.min.x; x <= z.shape.bounds.max.x; x += 2.0f) {
    for (float y = z.shape.bounds.min.y; y <= z.shape.bounds.max.y; y += 2.0f) {
      if (!PointInPolygon(z.shape.polygon, {x, y})) continue;
      ++in_zone;
      if (m.InsideBody(z.view, {x, y})) ++in_body;
    }
  }
  return in_zone == 0 ? 0.0f : static_cast<float>(in_body) / static_cast<float>(in_zone);
}

}  // namespace

TEST_CASE("the middle of the front of the thigh is explained by vastus intermedius",
          "[query][cases][thigh]") {
  // A precise 10-unit spot on the landmark that used to answer nothing.
  for (Side side : {Side::Right, Side::Left}) {
    const Findings f =
        SpotFindings(View::Front, Mirrored(View::Front, "thigh_front_mid_right", {}, side), 10.0f);
    INFO((side == Side::Right ? "right" : "left"));
    CHECK_FALSE(f.candidates.empty());
  }
  ExpectRanked(View::Front, "thigh_front_mid_right", {}, "vastus_intermedius", 3, 10.0f);
  ExpectRanked(View::Front, "thigh_front_mid_right", {-8, 60}, "vastus_intermedius", 3);
}

TEST_CASE("deep groin pain just below the groin fold points to pectineus",
          "[query][cases][thigh]") {
  ExpectRanked(View::Front, "groin_right", {15, 30}, "pectineus", 3);
}

TEST_CASE("a strip below the front hip bone and the inner knee point to sartorius",
          "[query][cases][thigh]") {
  ExpectRanked(View::Front, "asis_right", {24, 150}, "sartorius", 3, 10.0f);
  ExpectRanked(View::Front, "patella_right", {36, 0}, "sartorius", 6, 10.0f);
}

TEST_CASE("stinging pain along the inner thigh points to gracilis", "[query][cases][thigh]") {
  ExpectRanked(View::Front, "groin_right", {19, 158}, "gracilis", 4, 10.0f);
}

TEST_CASE("pain in the back of the knee points to popliteus and plantaris",
          "[query][cases][thigh]") {
  ExpectRanked(View::Back, "popliteal_fossa_right", {}, "popliteus", 4);
  ExpectRanked(View::Back, "popliteal_fossa_right", {}, "plantaris", 6);
  ExpectRanked(View::Back, "calf_right", {0, -30}, "plantaris", 6, 10.0f);
}

TEST_CASE("tailbone pain points to the pelvic floor muscles", "[query][cases][thigh]") {
  ExpectRanked(View::Back, "coccyx", {12, -5}, "levator_ani", 6, 10.0f);
  ExpectRanked(View::Back, "coccyx", {10, -40}, "coccygeus", 4, 10.0f);
  ExpectRanked(View::Back, "coccyx", {12, -10}, "obturator_internus", 6, 10.0f);
}

TEST_CASE("the back of the upper thigh also lists obturator internus", "[query][cases][thigh]") {
  ExpectRanked(View::Back, "ischial_tuberosity_right", {24, 48}, "obturator_internus", 5, 10.0f);
}

TEST_CASE("the new thigh and pelvic muscles are complete and name their knots", "[model][thigh]") {
  const auto& m = test::Shipped().model;
  for (const char* id :
       {"popliteus", "vastus_intermedius", "pectineus", "sartorius", "gracilis", "plantaris",
        "levator_ani", "coccygeus", "obturator_internus", "adductors"}) {
    INFO("muscle " << id);
    const Muscle* mu = m.FindMuscle(id);
    REQUIRE(mu != nullptr);
    CHECK(!mu->source.empty());
    CHECK(!mu->symptoms.empty());
    CHECK(!mu->habits.empty());
    CHECK(!mu->pulling.empty());
    CHECK(!mu->stretches.empty());
    CHECK(!mu->strengthening.empty());
    CHECK(!mu->cautions.empty());
    CHECK(!DoseText(mu->self_treatment).empty());
    CHECK(std::none_of(mu->habits.begin(), mu->habits.end(),
                       [](const std::string& h) { return h == "desk_work"; }));
    for (const auto& tp : mu->trigger_points) {
      INFO("trigger point " << tp.id);
      CHECK(!tp.name.empty());
      CHECK(tp.name != tp.id);
      CHECK(!tp.location.empty());
      CHECK(m.InsideBody(tp.view, tp.at));
      for (const auto& z : tp.zones) {
        INFO("zone around (" << z.shape.control.front().x << ", " << z.shape.control.front().y
                             << ")");
        CHECK(ShareInsideBody(z) >= 0.95f);
      }
    }
  }
}

TEST_CASE("the pulling muscles of the new muscles do not refer pain into their zones",
          "[query][thigh]") {
  // A pulling muscle keeps this one loaded; one that refers pain to the same place is a
  // competing explanation, not a cause.
  const auto& m = test::Shipped().model;
  for (const char* id :
       {"popliteus", "vastus_intermedius", "pectineus", "sartorius", "gracilis", "plantaris",
        "levator_ani", "coccygeus", "obturator_internus", "adductors"}) {
    INFO("muscle " << id);
    const Muscle* mu = m.FindMuscle(id);
    REQUIRE(mu != nullptr);
    for (const auto& tp : mu->trigger_points) {
      for (const auto& z : tp.zones) {
        const Point c = Centroid(z.shape.polygon);
        const Model& shipped = test::Shipped().model;
        const auto ranked = knotmap::test::TopMuscles(shipped, SpotFindings(z.view, c, 10.0f),
                                                      shipped.muscles.size(), Side::Right);
        for (const auto& pull : mu->pulling) {
          INFO("trigger point " << tp.id << ", zone centre (" << c.x << ", " << c.y << "), pulling "
                                << pull.muscle);
          CHECK(std::find(ranked.begin(), ranked.end(), pull.muscle) == ranked.end());
        }
      }
    }
  }
}
