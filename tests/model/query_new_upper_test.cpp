// Query cases for the head, neck, trunk and arm muscles added for coverage: a spot in a muscle's
// essential zone ranks that muscle's trigger point among the top candidates, on the right side and,
// mirrored, on the left, and the finding names the essential zone.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "model/query.hpp"
#include "query_helpers.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

using knotmap::test::TopMuscles;
using knotmap::test::Join;
using knotmap::test::FindCandidate;

struct UpperCase {
  const char* muscle;         // the muscle a clinician would expect
  const char* trigger_point;  // its trigger point whose essential zone holds the spot
  View view;
  Point right;      // the spot on the subject's right side, atlas units
  float radius;     // spot radius: small on the face and fingers, as a precise click
  std::size_t top;  // the muscle must be among this many distinct muscles on that side
  MarkZone zone = MarkZone::Essential;  // how the trigger point explains the spot
};

// Right-side spots; the left-side case mirrors each about the midline (x = 500).
const UpperCase kCases[] = {
    {"serratus_posterior_inferior", "upper", View::Back, {580, 664}, 20, 5},
    {"serratus_posterior_inferior", "lower", View::Back, {572, 700}, 15, 5},
    {"medial_pterygoid", "tp1", View::Front, {424, 222}, 8, 6},
    {"medial_pterygoid", "tp1", View::Front, {482, 246}, 6, 6},
    {"digastric", "posterior", View::Back, {568, 250}, 8, 6},
    {"digastric", "anterior", View::Front, {492, 266}, 6, 5},
    {"occipitofrontalis", "frontalis", View::Front, {468, 108}, 12, 5},
    {"occipitofrontalis", "occipitalis", View::Back, {560, 160}, 12, 6},
    {"sternalis", "mid", View::Front, {492, 545}, 12, 5},
    {"sternalis", "upper", View::Front, {488, 372}, 10, 5},
    {"palmaris_longus", "tp1", View::Front, {230, 1085}, 12, 3},
    {"splenius_cervicis", "upper", View::Front, {464, 166}, 8, 8},
    {"splenius_cervicis", "lower", View::Back, {552, 340}, 10, 6},
    {"anconeus", "tp1", View::Back, {744, 738}, 8, 8},
    {"hand_interossei", "dorsal_2", View::Back, {784.5f, 1140}, 3, 4},
    {"hand_interossei", "dorsal_3", View::Back, {777.5f, 1150}, 3, 4},
    {"hand_interossei", "dorsal_4", View::Back, {763.5f, 1140}, 3, 4},
    {"hand_interossei", "palmar_1", View::Front, {208.5f, 1130}, 3, 4},
    {"hand_interossei", "palmar_2", View::Front, {229.5f, 1140}, 3, 4},
    {"hand_interossei", "palmar_3", View::Front, {243.5f, 1130}, 3, 4},
    {"intercostals", "front", View::Front, {470, 482}, 8, 6},
    {"intercostals", "side", View::Front, {392, 596}, 6, 5},
    {"intercostals", "back", View::Back, {630, 600}, 8, 6},
    {"diaphragm", "rib_margin", View::Front, {412, 688}, 8, 4},
    {"zygomaticus", "tp1", View::Front, {484, 140}, 5, 5},
    {"orbicularis_oculi", "tp1", View::Front, {490, 196}, 4, 4},
    {"platysma", "neck", View::Front, {462, 288}, 6, 6},
    {"platysma", "collarbone", View::Front, {440, 396}, 10, 6},
    // Trigger points added where the coverage map found holes (T&S chapters in the files).
    {"intercostals", "lower_front", View::Front, {437, 585}, 10, 3},
    {"scalenes", "minimus", View::Back, {782, 1186}, 5, 2},
    {"scalenes", "minimus", View::Back, {770, 1100}, 8, 5},
    {"deltoid", "front_low", View::Front, {296, 545}, 20, 2},
    {"deltoid", "back_low", View::Back, {714, 545}, 15, 3},
    {"teres_major", "lateral", View::Back, {720, 460}, 15, 5},
    {"sternalis", "lower", View::Front, {492, 560}, 10, 2},
};

// Spots that used to answer nothing: each is now explained by the muscle the source names there.
const UpperCase kFilledHoles[] = {
    {"posterior_cervicals", "tp2", View::Back, {503, 145}, 10, 2},          // back of the head, midline
    {"splenius_capitis", "tp1", View::Front, {443, 75}, 10, 2},             // crown, seen from the front
    {"splenius_capitis", "tp1", View::Back, {577, 95}, 10, 2},              // crown, seen from the back
    {"intercostals", "lower_front", View::Front, {443, 585}, 10, 2},        // beside the xiphoid
    {"biceps_brachii", "tp1", View::Front, {277, 725}, 10, 2, MarkZone::Spillover},  // above the elbow crease
    {"triceps_brachii", "tp4", View::Front, {303, 765}, 10, 3},             // medial epicondyle
    {"triceps_brachii", "tp4", View::Back, {697, 770}, 10, 2},
    {"pectoralis_major", "tp2", View::Front, {303, 765}, 10, 3},
    {"pectoralis_minor", "tp1", View::Front, {276, 925}, 8, 3, MarkZone::Spillover},  // ulnar forearm
    {"serratus_anterior", "tp1", View::Front, {276, 925}, 8, 3, MarkZone::Spillover},
    {"palmaris_longus", "tp1", View::Front, {257, 905}, 8, 2, MarkZone::Spillover},  // distal volar forearm
    {"scalenes", "tp1", View::Front, {224, 875}, 6, 2},                     // radial forearm edge
    {"latissimus_dorsi", "tp1", View::Back, {714, 885}, 8, 3, MarkZone::Spillover},  // ulnar forearm, back
    {"serratus_posterior_superior", "tp1", View::Back, {714, 885}, 8, 3, MarkZone::Spillover},
    {"abductor_digiti_minimi_hand", "tp1", View::Back, {745, 1110}, 6, 2},  // little-finger edge, back
    {"scalenes", "minimus", View::Back, {777, 1190}, 5, 2},                 // fingertips, back
};

void Check(const UpperCase& uc, Side side) {
  const auto& [m, index] = test::Shipped();
  const Point p = side == Side::Right ? uc.right : Point{1000.0f - uc.right.x, uc.right.y};
  INFO(uc.muscle << " " << uc.trigger_point << " " << (side == Side::Right ? "right" : "left")
                 << " at " << p.x << "," << p.y << " radius " << uc.radius);
  REQUIRE(m.MuscleIndex(uc.muscle) >= 0);
  const Findings f = Query(m, index, {{uc.view, MarkKind::Spot, {p}, uc.radius, 6}});
  const auto top = TopMuscles(m, f, uc.top, side);
  INFO("top " << uc.top << ": " << Join(top));
  CHECK(std::find(top.begin(), top.end(), uc.muscle) != top.end());
  const Candidate* c = FindCandidate(m, f, uc.muscle, uc.trigger_point, side);
  REQUIRE(c != nullptr);
  CHECK(c->BestZone() == uc.zone);
}

}  // namespace

TEST_CASE("new head, trunk and arm muscles answer where their essential zones lie",
          "[query][cases]") {
  for (const UpperCase& uc : kCases) {
    SECTION(std::string(uc.muscle) + " " + uc.trigger_point + " right") { Check(uc, Side::Right); }
    SECTION(std::string(uc.muscle) + " " + uc.trigger_point + " left") { Check(uc, Side::Left); }
  }
}

TEST_CASE("former holes of the upper body answer with the muscle that refers there", "[query][cases]") {
  for (const UpperCase& uc : kFilledHoles) {
    SECTION(std::string(uc.muscle) + " " + uc.trigger_point + " right") { Check(uc, Side::Right); }
    SECTION(std::string(uc.muscle) + " " + uc.trigger_point + " left") { Check(uc, Side::Left); }
  }
}

TEST_CASE("every trigger point added for coverage has a name and a query case", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const std::pair<const char*, const char*> added[] = {
      {"intercostals", "lower_front"}, {"scalenes", "minimus"}, {"deltoid", "front_low"},
      {"deltoid", "back_low"},         {"teres_major", "lateral"}, {"sternalis", "lower"}};
  for (const auto& entry : added) {
    // Named copies, not a structured binding: lambdas below capture them.
    const std::string muscle = entry.first, tp = entry.second;
    INFO(muscle << " " << tp);
    const int mi = m.MuscleIndex(muscle);
    REQUIRE(mi >= 0);
    const auto& tps = m.muscles[mi].trigger_points;
    const auto it = std::find_if(tps.begin(), tps.end(), [&](const auto& t) { return t.id == tp; });
    REQUIRE(it != tps.end());
    CHECK(!it->name.empty());
    CHECK(!it->location.empty());
    CHECK(std::any_of(std::begin(kCases), std::end(kCases), [&](const UpperCase& uc) {
      return uc.muscle == muscle && uc.trigger_point == tp;
    }));
  }
}

TEST_CASE("the upper trapezius ranks first on the posterolateral neck", "[query][cases]") {
  const auto& m = test::Shipped().model;
  // Back view, the side of the neck between the spine and its outline, below the mastoid and
  // above the angle of the neck, where T&S draw the main upper trapezius pattern.
  for (float x : {525.0f, 535.0f, 540.0f}) {
    for (float y : {290.0f, 300.0f, 315.0f}) {
      for (Side side : {Side::Right, Side::Left}) {
        const Point p = side == Side::Right ? Point{x, y} : Point{1000.0f - x, y};
        const Findings f = test::SpotFindings(View::Back, p);
        const auto top = TopMuscles(m, f, 1, side);
        INFO((side == Side::Right ? "right" : "left") << " at " << p.x << "," << p.y << ": " << Join(top));
        REQUIRE(!top.empty());
        CHECK(top.front() == "upper_trapezius");
        const Candidate* c = FindCandidate(m, f, "upper_trapezius", "tp1", side);
        REQUIRE(c != nullptr);
        CHECK(c->BestZone() == MarkZone::Essential);
      }
    }
  }
}

TEST_CASE("every new muscle has a query case", "[query][cases]") {
  const auto& m = test::Shipped().model;
  for (const char* id :
       {"serratus_posterior_inferior", "medial_pterygoid", "digastric", "occipitofrontalis",
        "sternalis", "palmaris_longus", "splenius_cervicis", "anconeus", "hand_interossei",
        "intercostals", "diaphragm", "zygomaticus", "orbicularis_oculi", "platysma"}) {
    INFO(id);
    const int mi = m.MuscleIndex(id);
    REQUIRE(mi >= 0);
    // Every trigger point of the muscle is named for users and is covered by a case above.
    for (const auto& tp : m.muscles[mi].trigger_points) {
      INFO("trigger point " << tp.id);
      CHECK(!tp.name.empty());
      CHECK(std::any_of(std::begin(kCases), std::end(kCases), [&](const UpperCase& uc) {
        return uc.muscle == std::string(id) && uc.trigger_point == tp.id;
      }));
    }
  }
}

TEST_CASE("splenius cervicis has its own file and the capitis keeps the vertex point",
          "[query][cases]") {
  const auto& m = test::Shipped().model;
  const int capitis = m.MuscleIndex("splenius_capitis");
  REQUIRE(capitis >= 0);
  REQUIRE(m.muscles[capitis].trigger_points.size() == 1);
  CHECK(!m.muscles[capitis].trigger_points.front().name.empty());
  // A spot on the top of the head (vertex headache) still finds the capitis on that side.
  const Findings f =
      Query(m, test::Shipped().index, {{View::Back, MarkKind::Spot, {{536, 96}}, 12.0f, 6}});
  const auto top = TopMuscles(m, f, 5, Side::Right);
  INFO("top 5: " << Join(top));
  CHECK(std::find(top.begin(), top.end(), "splenius_capitis") != top.end());
  // The crown seen from the front is the same vertex pain.
  const Findings crown =
      Query(m, test::Shipped().index, {{View::Front, MarkKind::Spot, {{480, 78}}, 8.0f, 6}});
  const auto crown_top = TopMuscles(m, crown, 5, Side::Right);
  INFO("crown top 5: " << Join(crown_top));
  CHECK(std::find(crown_top.begin(), crown_top.end(), "splenius_capitis") != crown_top.end());
  const int fdi = m.MuscleIndex("first_dorsal_interosseous");
  REQUIRE(fdi >= 0);
  for (const auto& tp : m.muscles[fdi].trigger_points) CHECK(!tp.name.empty());
}
