// Query cases for the upper-body holes filled and the trigger points split or added from Travell &
// Simons: a precise click where each one refers ranks that muscle, on the right and, mirrored, the
// left side, and the finding names the zone kind a clinician would expect.
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
  const char* trigger_point;  // its trigger point whose zone holds the spot
  View view;
  Point right;      // the spot on the subject's right side, atlas units
  float radius;     // spot radius: small, as a precise click
  std::size_t top;  // the muscle must be among this many distinct muscles on that side
  MarkZone zone;    // the best zone the spot falls in
};

constexpr MarkZone kEss = MarkZone::Essential;
constexpr MarkZone kSpill = MarkZone::Spillover;

// Right-side spots; the left-side case mirrors each about the midline (x = 500).
const UpperCase kCases[] = {
    // The outer edge of the little finger: abductor digiti minimi of the hand (T&S ch. 40).
    {"abductor_digiti_minimi_hand", "tp1", View::Front, {244, 1150}, 10, 5, kEss},
    // Holes filled: the belly above the navel, the midline below it, the flank at the waist.
    {"abdominal_obliques", "transversus_upper", View::Front, {470, 705}, 10, 5, kEss},
    {"abdominal_obliques", "transversus_upper", View::Front, {430, 712}, 10, 5, kEss},
    {"rectus_abdominis", "pyramidalis", View::Front, {497, 875}, 10, 4, kEss},
    {"latissimus_dorsi", "tp2", View::Front, {366, 765}, 10, 4, kSpill},
    {"latissimus_dorsi", "tp2", View::Back, {640, 730}, 8, 6, kSpill},
    // Back holes: the crown's midline, C7, the back of the inner arm.
    {"splenius_capitis", "tp1", View::Back, {505, 130}, 10, 6, kSpill},
    {"middle_trapezius", "tp1", View::Back, {505, 334}, 10, 6, kSpill},
    {"latissimus_dorsi", "tp1", View::Back, {677, 585}, 10, 6, kSpill},
    // Sternocleidomastoid, its five sites: top of the breastbone, cheek, vertex, forehead, ear.
    {"sternocleidomastoid", "sternal_low", View::Front, {492, 372}, 8, 6, kEss},
    {"sternocleidomastoid", "tp1", View::Front, {450, 208}, 8, 6, kEss},
    {"sternocleidomastoid", "sternal_high", View::Back, {530, 88}, 10, 6, kEss},
    {"sternocleidomastoid", "sternal_high", View::Back, {534, 214}, 10, 6, kEss},
    {"sternocleidomastoid", "tp2", View::Front, {476, 112}, 8, 6, kEss},
    {"sternocleidomastoid", "clavicular_high", View::Front, {412, 208}, 5, 6, kEss},
    {"sternocleidomastoid", "clavicular_high", View::Back, {582, 222}, 6, 6, kEss},
    // Jaw and temple.
    {"masseter", "mid", View::Front, {460, 274}, 8, 6, kEss},
    {"temporalis", "mid_back", View::Front, {432, 100}, 8, 6, kEss},
    // Chest: pectoralis major's costal section, breast and nipple.
    {"pectoralis_major", "costal", View::Front, {410, 522}, 8, 6, kEss},
    // Shoulder blade: rhomboid minor, supraspinatus tendon.
    {"rhomboids", "minor", View::Back, {566, 404}, 8, 6, kEss},
    {"supraspinatus", "tendon", View::Back, {724, 450}, 8, 6, kEss},
    {"supraspinatus", "tendon", View::Front, {274, 450}, 8, 6, kEss},
};

void Check(const UpperCase& uc, Side side) {
  const auto& [m, index] = test::Shipped();
  const Point p = side == Side::Right ? uc.right : Point{1000.0f - uc.right.x, uc.right.y};
  INFO(uc.muscle << " " << uc.trigger_point << " " << (side == Side::Right ? "right" : "left")
                 << " at " << p.x << "," << p.y << " radius " << uc.radius);
  REQUIRE(m.MuscleIndex(uc.muscle) >= 0);
  const Findings f = Query(m, index, {{uc.view, MarkKind::Spot, {p}, uc.radius, 6}});
  CHECK(f.unexplained_marks.empty());
  const auto top = TopMuscles(m, f, uc.top, side);
  INFO("top " << uc.top << ": " << Join(top));
  CHECK(std::find(top.begin(), top.end(), uc.muscle) != top.end());
  const Candidate* c = FindCandidate(m, f, uc.muscle, uc.trigger_point, side);
  REQUIRE(c != nullptr);
  CHECK(c->BestZone() == uc.zone);
}

}  // namespace

TEST_CASE("filled upper-body holes and new trigger points answer left and right",
          "[query][cases]") {
  for (const UpperCase& uc : kCases) {
    const std::string label = std::string(uc.muscle) + " " + uc.trigger_point + " at " +
                              std::to_string(static_cast<int>(uc.right.x)) + "," +
                              std::to_string(static_cast<int>(uc.right.y));
    SECTION(label + " right") { Check(uc, Side::Right); }
    SECTION(label + " left") { Check(uc, Side::Left); }
  }
}

TEST_CASE("the sternocleidomastoid's sites are named apart", "[query][cases]") {
  const auto& m = test::Shipped().model;
  const int scm = m.MuscleIndex("sternocleidomastoid");
  REQUIRE(scm >= 0);
  std::vector<std::string> names;
  for (const auto& tp : m.muscles[scm].trigger_points) {
    INFO("trigger point " << tp.id);
    CHECK(!tp.name.empty());
    CHECK(std::find(names.begin(), names.end(), tp.name) == names.end());
    names.push_back(tp.name);
  }
  CHECK(names.size() == 5);
}
