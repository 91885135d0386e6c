// Hand-checked cases for the lower-body holes filled for full coverage: a precise spot that used
// to answer nothing must, on the right and on the mirrored left, list the muscle that refers there.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "model/geometry.hpp"
#include "model/query.hpp"
#include "test_support.hpp"

using namespace knotmap;
using namespace knotmap::model;

namespace {

// A paired landmark named "..._right", or a midline one, moved by `offset` (given for the
// subject's right side); for the left side the landmark and the offset are mirrored.
Point Mirrored(View v, const std::string& landmark, Point offset, Side side) {
  const auto& m = test::Shipped().model;
  std::string name = landmark;
  const std::string right = "_right";
  if (side == Side::Left && name.size() > right.size() &&
      name.compare(name.size() - right.size(), right.size(), right) == 0) {
    name.replace(name.size() - right.size(), right.size(), "_left");
  }
  const Landmark* l = m.FindLandmark(v, name);
  INFO("landmark " << name);
  REQUIRE(l != nullptr);
  // Front view: the subject's right is at x < 500; back view: at x > 500. Mirroring flips x.
  const float dx = side == Side::Right ? offset.x : -offset.x;
  return l->at + Point{dx, offset.y};
}

// Distinct muscle ids of the candidates for one side, best first.
std::vector<std::string> Ranked(const Findings& f, Side side) {
  const auto& m = test::Shipped().model;
  std::vector<std::string> out;
  for (const auto& c : f.candidates) {
    if (c.side != side) continue;
    const std::string& id = m.muscles[c.muscle].id;
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

Findings Spot(View v, Point p, float radius = 30.0f) {
  const auto& [m, index] = test::Shipped();
  return Query(m, index, {{v, MarkKind::Spot, {p}, radius, 6}});
}

// The muscle `id` is among the first `n` muscles for `side` at the spot.
void ExpectRanked(View v, const std::string& landmark, Point offset, const std::string& id,
                  std::size_t n, float radius = 30.0f) {
  for (Side side : {Side::Right, Side::Left}) {
    const Point p = Mirrored(v, landmark, offset, side);
    const auto ranked = Ranked(Spot(v, p, radius), side);
    std::string top;
    for (std::size_t i = 0; i < ranked.size() && i < n; ++i) top += ranked[i] + " ";
    INFO((side == Side::Right ? "right" : "left")
         << " side at (" << p.x << ", " << p.y << "), top " << n << ": " << top);
    INFO("expected " << id);
    const auto it = std::find(ranked.begin(), ranked.end(), id);
    CHECK(it != ranked.end());
    CHECK(static_cast<std::size_t>(it - ranked.begin()) < n);
  }
}

}  // namespace

TEST_CASE("the front of the shin is explained by tibialis anterior", "[query][cases][leg]") {
  // Precise 10-unit spots on the anteromedial shin, over the shin bone, that used to answer
  // nothing: tibialis anterior's spillover runs down the front of the shin.
  for (Side side : {Side::Right, Side::Left}) {
    for (Point offset : {Point{30, -60}, Point{32, 25}, Point{25, 90}}) {
      const Findings f = Spot(View::Front, Mirrored(View::Front, "tibia_mid_right", offset, side),
                              10.0f);
      INFO((side == Side::Right ? "right" : "left") << " offset " << offset.x << "," << offset.y);
      CHECK_FALSE(f.candidates.empty());
    }
  }
  ExpectRanked(View::Front, "tibia_mid_right", {32, 25}, "tibialis_anterior", 3, 10.0f);
  ExpectRanked(View::Front, "tibia_mid_right", {30, -60}, "tibialis_anterior", 3, 10.0f);
}
