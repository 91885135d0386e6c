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

// On both sides, a 10-unit spot at `landmark` + `offset` is explained by trigger point `tp` of
// `muscle` through the zone kind `zone`, and that muscle is among the first `n` on the marked side.
void ExpectExplainedBy(View v, const std::string& landmark, Point offset, const std::string& muscle,
                       const std::string& tp, MarkZone zone, std::size_t n) {
  const auto& m = test::Shipped().model;
  for (Side side : {Side::Right, Side::Left}) {
    const Point p = Mirrored(v, landmark, offset, side);
    const Findings f = SpotFindings(v, p, 10.0f);
    INFO((side == Side::Right ? "right" : "left") << " side at (" << p.x << ", " << p.y << "), expected "
                                                   << muscle << " " << tp);
    CHECK(f.unexplained_marks.empty());
    const Candidate* c = test::FindCandidate(m, f, muscle, tp, side);
    REQUIRE(c != nullptr);
    CHECK(c->BestZone() == zone);
    const auto ranked = test::TopMuscles(m, f, n, side);
    INFO("top " << n << ": " << test::Join(ranked));
    CHECK(std::find(ranked.begin(), ranked.end(), muscle) != ranked.end());
  }
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

TEST_CASE("the upper outer thigh below the hip points to the proximal vastus lateralis point",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "thigh_lateral_mid_right", {25, -185}, "vastus_lateralis", "proximal",
                    MarkZone::Essential, 3);
  ExpectExplainedBy(View::Back, "greater_trochanter_right", {-16, 60}, "vastus_lateralis", "proximal",
                    MarkZone::Essential, 5);
}

TEST_CASE("the front-outer thigh at mid-thigh points to the front vastus lateralis point",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "thigh_lateral_mid_right", {26, -90}, "vastus_lateralis", "anterior_mid",
                    MarkZone::Essential, 3);
  ExpectExplainedBy(View::Back, "greater_trochanter_right", {-11, 205}, "vastus_lateralis", "anterior_mid",
                    MarkZone::Essential, 5);
}

TEST_CASE("the side of the hip above the hip bone's front point points to quadratus lumborum",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "asis_right", {-25, 2}, "quadratus_lumborum", "superficial_upper",
                    MarkZone::Essential, 3);
}

TEST_CASE("below the kneecap, outside and inside, the knee's referrers answer",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "patella_right", {-27, 84}, "gluteus_minimus", "anterior", MarkZone::Spillover, 6);
  ExpectExplainedBy(View::Front, "patella_right", {40, 70}, "vastus_medialis", "distal", MarkZone::Essential, 3);
}

TEST_CASE("deep groin pain spreading down the inner front thigh points to adductor brevis",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "groin_right", {-4, 60}, "adductors", "brevis", MarkZone::Essential, 4);
  ExpectExplainedBy(View::Front, "patella_right", {20, -120}, "adductors", "brevis", MarkZone::Essential, 5);
}

TEST_CASE("pain at the pubic bone between the thighs points to adductor magnus",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Front, "pubic_symphysis", {-3, 25}, "adductor_magnus", "ischial", MarkZone::Spillover, 6);
}

TEST_CASE("the outer back of the knee points to the gastrocnemius outer attachment",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Back, "popliteal_fossa_right", {30, 8}, "gastrocnemius", "lateral_knee_attachment",
                    MarkZone::Essential, 4);
  ExpectExplainedBy(View::Back, "popliteal_fossa_right", {45, -47}, "gastrocnemius", "lateral_knee_attachment",
                    MarkZone::Spillover, 8);
}

TEST_CASE("the buttock and back of the thigh point to the second posterior gluteus minimus point",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Back, "ischial_tuberosity_right", {44, -62}, "gluteus_minimus", "posterior_medial",
                    MarkZone::Essential, 4);
  ExpectExplainedBy(View::Back, "calf_right", {20, -40}, "gluteus_minimus", "posterior_medial",
                    MarkZone::Essential, 8);
}

TEST_CASE("the middle and outer back of the thigh are answered by the hamstrings",
          "[query][cases][thigh]") {
  ExpectExplainedBy(View::Back, "ischial_tuberosity_right", {-29, 83}, "hamstrings", "semimembranosus",
                    MarkZone::Essential, 3);
  ExpectExplainedBy(View::Back, "ischial_tuberosity_right", {44, 223}, "hamstrings", "biceps_femoris",
                    MarkZone::Spillover, 6);
}
