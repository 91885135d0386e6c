// Hand-checked cases for the lower-body holes filled for full coverage: a precise spot that used
// to answer nothing must, on the right and on the mirrored left, list the muscle that refers there.
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

}  // namespace

TEST_CASE("the front of the shin is explained by tibialis anterior", "[query][cases][leg]") {
  // Precise 10-unit spots on the anteromedial shin, over the shin bone, that used to answer
  // nothing: tibialis anterior's spillover runs down the front of the shin.
  for (Side side : {Side::Right, Side::Left}) {
    for (Point offset : {Point{30, -60}, Point{32, 25}, Point{25, 90}}) {
      const Findings f = SpotFindings(View::Front, Mirrored(View::Front, "tibia_mid_right", offset, side),
                              10.0f);
      INFO((side == Side::Right ? "right" : "left") << " offset " << offset.x << "," << offset.y);
      CHECK_FALSE(f.candidates.empty());
    }
  }
  ExpectRanked(View::Front, "tibia_mid_right", {32, 25}, "tibialis_anterior", 3, 10.0f);
  ExpectRanked(View::Front, "tibia_mid_right", {30, -60}, "tibialis_anterior", 3, 10.0f);
}

TEST_CASE("the back of the ankle beside the Achilles tendon is explained by soleus", "[query][cases][leg]") {
  // Precise 10-unit spots either side of the Achilles tendon that used to answer nothing: soleus'
  // low trigger point spills over the back of the ankle above the heel (T&S ch. 22).
  for (Side side : {Side::Right, Side::Left}) {
    for (Point offset : {Point{-28, -60}, Point{30, -30}, Point{-30, -20}}) {
      const Findings f = SpotFindings(View::Back, Mirrored(View::Back, "achilles_right", offset, side), 10.0f);
      INFO((side == Side::Right ? "right" : "left") << " offset " << offset.x << "," << offset.y);
      CHECK_FALSE(f.candidates.empty());
    }
  }
  ExpectRanked(View::Back, "achilles_right", {30, -30}, "soleus", 3, 10.0f);
  ExpectRanked(View::Back, "achilles_right", {-28, -60}, "soleus", 3, 10.0f);
}

TEST_CASE("the flank just above the iliac crest is explained by quadratus lumborum", "[query][cases][lower_back]") {
  // Precise 10-unit spots on the flank just above the back of the iliac crest that used to answer
  // nothing: quadratus lumborum's superficial upper point refers along the crest (T&S ch. 4).
  for (Side side : {Side::Right, Side::Left}) {
    for (Point offset : {Point{-23, -45}, Point{-3, -45}, Point{-30, -15}}) {
      const Findings f = SpotFindings(View::Back, Mirrored(View::Back, "iliac_crest_right", offset, side), 10.0f);
      INFO((side == Side::Right ? "right" : "left") << " offset " << offset.x << "," << offset.y);
      CHECK_FALSE(f.candidates.empty());
    }
  }
  ExpectRanked(View::Back, "iliac_crest_right", {-23, -45}, "quadratus_lumborum", 3, 10.0f);
}
