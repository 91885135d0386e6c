// Map labels go beside their muscle where they cover the least of what is shown.
#include <catch2/catch.hpp>

#include "ui/canvas/label_place.hpp"

using knotmap::ui::PlaceLabel;
using knotmap::ui::ScreenRect;

namespace {

const ScreenRect kClip{ImVec2(0, 0), ImVec2(400, 400)};
const ScreenRect kMuscle{ImVec2(150, 150), ImVec2(250, 250)};
const ImVec2 kLabel(60, 14);

bool Overlaps(const ScreenRect& a, const ScreenRect& b) {
  return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

// A cost that counts the given boxes a label would overlap.
auto Covering(std::vector<ScreenRect> boxes) {
  return [boxes](const ScreenRect& r) {
    float n = 0;
    for (const ScreenRect& b : boxes) n += Overlaps(r, b) ? 1.0f : 0.0f;
    return n;
  };
}

}  // namespace

TEST_CASE("a label goes below its muscle when nothing is there", "[ui][labels]") {
  const ImVec2 at = PlaceLabel(kMuscle, kLabel, 3, kClip, Covering({}));
  CHECK(at.x == Approx(170));  // centred under it
  CHECK(at.y == Approx(253));
}

TEST_CASE("a label moves above, then beside, to stay off a shown zone", "[ui][labels]") {
  const ScreenRect below{ImVec2(120, 252), ImVec2(280, 300)};
  const ScreenRect above{ImVec2(120, 100), ImVec2(280, 148)};
  ImVec2 at = PlaceLabel(kMuscle, kLabel, 3, kClip, Covering({below}));
  CHECK(at.y == Approx(150 - 3 - 14));
  at = PlaceLabel(kMuscle, kLabel, 3, kClip, Covering({below, above}));
  CHECK(at.x == Approx(253));  // to the right
  CHECK(at.y == Approx(193));
  // Everything covered: the least covering place, and of equal ones the earlier: above (one
  // box) wins over right (one), below (two) and left (two).
  const ScreenRect right{ImVec2(252, 180), ImVec2(320, 220)};
  const ScreenRect left{ImVec2(60, 180), ImVec2(148, 220)};
  at = PlaceLabel(kMuscle, kLabel, 3, kClip, Covering({below, below, above, right, left, left}));
  CHECK(at.y == Approx(150 - 3 - 14));
  CHECK(at.x == Approx(170));
}

TEST_CASE("a label is kept inside its view", "[ui][labels]") {
  const ScreenRect low{ImVec2(350, 380), ImVec2(399, 399)};
  const ImVec2 at = PlaceLabel(low, kLabel, 3, kClip, Covering({}));
  CHECK(at.x + kLabel.x <= 400.0f);
  CHECK(at.y + kLabel.y <= 400.0f);
}
