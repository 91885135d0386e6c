// Hand-checked cases for the foot and ankle muscles: a fingertip-sized spot where it hurts, on the
// right and on the left foot, and the muscle a clinician would look at first among the top few.
// Points are given as offsets from landmarks on the subject's right and mirrored for the left.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "model/query.hpp"
#include "query_helpers.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

using knotmap::test::TopMuscles;

// The foot is small on the atlas (about 80 units across), so a spot is a fingertip, not a palm.
constexpr float kFootSpotRadius = 12.0f;

constexpr std::array<Side, 2> kSides = {Side::Right, Side::Left};

const char* SideName(Side s) { return s == Side::Right ? "right" : "left"; }

// `landmark` is a paired landmark's base name; `offset` is authored for the subject's right side
// and mirrored (x negated) for the left.
Point OnSide(const Model& m, View v, const std::string& landmark, Side side, Point offset) {
  const std::string name = landmark + (side == Side::Right ? "_right" : "_left");
  const Landmark* l = m.FindLandmark(v, name);
  INFO("landmark " << name);
  REQUIRE(l != nullptr);
  if (side == Side::Left) offset.x = -offset.x;
  return l->at + offset;
}

Findings FootSpot(View v, Point p) {
  const auto& [m, index] = test::Shipped();
  return Query(m, index, {{v, MarkKind::Spot, {p}, kFootSpotRadius, 6}});
}

// For both feet: the spot at `landmark` + `offset` lists every muscle of `expected` in its top `n`,
// and the strongest candidate is on the side that was marked.
void ExpectOnBothFeet(View v, const std::string& landmark, Point offset, std::size_t n,
                      std::initializer_list<const char*> expected) {
  const auto& m = test::Shipped().model;
  for (Side side : kSides) {
    const Point p = OnSide(m, v, landmark, side, offset);
    const Findings f = FootSpot(v, p);
    INFO(SideName(side) << " foot, spot at " << p.x << "," << p.y);
    REQUIRE(!f.candidates.empty());
    CHECK(f.candidates.front().side == side);
    std::string top_text;
    const auto top = TopMuscles(m, f, n, side);
    for (const auto& id : top) top_text += id + " ";
    INFO("top " << n << ": " << top_text);
    for (const char* id : expected) {
      INFO("expected muscle " << id);
      CHECK(std::find(top.begin(), top.end(), id) != top.end());
    }
  }
}

}  // namespace

TEST_CASE("ball of the foot behind the small toes points to the long toe flexor and adductor hallucis",
          "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {-6, 32}, 5,
                   {"flexor_digitorum_longus", "adductor_hallucis", "plantar_foot_muscles"});
}

TEST_CASE("inner ankle below the calf points to the long toe flexor", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Back, "achilles", {-16, 20}, 4, {"flexor_digitorum_longus"});
}

TEST_CASE("under the big toe points to the long big-toe flexor", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "big_toe", {-2, -4}, 4, {"flexor_hallucis_longus"});
}

TEST_CASE("the ball of the big toe points to flexor hallucis brevis", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "big_toe", {0, -12}, 5, {"flexor_hallucis_brevis"});
}

TEST_CASE("inner side of the heel points to abductor hallucis first", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Back, "heel", {-20, -12}, 1, {"abductor_hallucis"});
}

TEST_CASE("inner arch points to abductor hallucis", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {28, 0}, 4, {"abductor_hallucis"});
}

TEST_CASE("under the heel points to quadratus plantae and soleus", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Back, "heel", {0, 0}, 3, {"quadratus_plantae", "soleus"});
}

TEST_CASE("under the little toe's ball points to abductor digiti minimi", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {-28, 32}, 2, {"abductor_digiti_minimi_foot"});
}

TEST_CASE("top of the midfoot points to the short toe extensors", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {-8, -12}, 3, {"extensor_digitorum_brevis"});
}

TEST_CASE("top of the big toe joint points to the long big-toe extensor", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "big_toe", {-6, -18}, 5, {"extensor_hallucis_longus"});
}

TEST_CASE("front of the outer ankle points to peroneus tertius first", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "ankle_front", {-16, -4}, 1, {"peroneus_tertius"});
}

TEST_CASE("outer side of the heel points to peroneus tertius", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Back, "heel", {31, -14}, 3, {"peroneus_tertius"});
}

TEST_CASE("the outer ankle bone, front and back, points to the peroneals", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "ankle_front", {-24, -10}, 2, {"peroneals"});
  ExpectOnBothFeet(View::Back, "achilles", {26, 52}, 2, {"peroneals"});
}

TEST_CASE("top of the foot over the small toes points to the long toe extensor", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {-6, 18}, 2, {"extensor_digitorum_longus"});
}

TEST_CASE("the second toe and the groove behind it point to the foot interossei", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "dorsum_foot", {13, 40}, 3, {"foot_interossei"});
  ExpectOnBothFeet(View::Front, "dorsum_foot", {17, 6}, 8, {"foot_interossei"});
}

TEST_CASE("the outer edge of the heel points to the low soleus point", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Back, "heel", {43, -10}, 4, {"soleus"});
}

TEST_CASE("the outer ankle just above the ankle bone points to the peroneals", "[query][cases][foot]") {
  ExpectOnBothFeet(View::Front, "ankle_front", {-31, -41}, 4, {"peroneals"});
}

// The zones of the foot and ankle muscles lie on the body, on both sides: at least 95 % of each
// zone's area is inside the silhouette (the outer-ankle zones of the peroneals used to hang off it).
TEST_CASE("foot and ankle zones lie inside the body, every trigger point has a name", "[model][foot]") {
  const auto& m = test::Shipped().model;
  const std::array<const char*, 14> ids = {
      "flexor_digitorum_longus", "flexor_hallucis_longus", "flexor_hallucis_brevis",
      "adductor_hallucis",       "abductor_hallucis",      "abductor_digiti_minimi_foot",
      "quadratus_plantae",       "extensor_digitorum_brevis", "extensor_hallucis_longus",
      "peroneus_tertius",        "extensor_digitorum_longus", "peroneals",
      "plantar_foot_muscles",    "foot_interossei"};
  for (const char* id : ids) {
    const int mi = m.MuscleIndex(id);
    INFO("muscle " << id);
    REQUIRE(mi >= 0);
    for (const auto& tp : m.muscles[mi].trigger_points) {
      INFO("trigger point " << tp.id);
      CHECK(!tp.name.empty());
    }
    for (Side side : kSides) {
      for (int inst : m.InstancesOf(mi, side)) {
        const TriggerPointInstance& ti = m.instances[inst];
        INFO(SideName(side) << " trigger point " << m.muscles[mi].trigger_points[ti.trigger_point].id);
        CHECK(m.InsideBody(ti.view, ti.at));
        for (const Zone& z : ti.zones) {
          int in_zone = 0;
          int on_body = 0;
          for (float x = z.shape.bounds.min.x; x <= z.shape.bounds.max.x; x += 1.0f) {
            for (float y = z.shape.bounds.min.y; y <= z.shape.bounds.max.y; y += 1.0f) {
              if (!PointInPolygon(z.shape.polygon, {x, y})) continue;
              ++in_zone;
              if (m.InsideBody(z.view, {x, y})) ++on_body;
            }
          }
          INFO("zone at " << z.shape.bounds.min.x << "," << z.shape.bounds.min.y << ": " << on_body
                          << " of " << in_zone << " samples on the body");
          REQUIRE(in_zone > 0);
          CHECK(on_body >= 0.95 * in_zone);
        }
      }
    }
  }
}
