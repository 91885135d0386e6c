// Every enum's text form reads back as the same value, and no two values share a name.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "model/journal.hpp"
#include "model/press_test.hpp"
#include "model/types.hpp"

namespace km = knotmap::model;

namespace {

template <class E, class Parse>
void CheckRoundTrip(std::initializer_list<E> values, Parse parse) {
  std::set<std::string> names;
  for (E v : values) {
    const std::string name(km::ToString(v));
    CAPTURE(name);
    CHECK_FALSE(name.empty());
    CHECK(names.insert(name).second);
    REQUIRE(parse(name).has_value());
    CHECK(*parse(name) == v);
  }
  CHECK_FALSE(parse("").has_value());
  CHECK_FALSE(parse("Right").has_value());  // names are lower case and matched exactly
}

}  // namespace

TEST_CASE("every enum name reads back as its value and names are unique", "[model][names]") {
  CheckRoundTrip({km::View::Front, km::View::Back}, km::ParseView);
  CheckRoundTrip({km::Side::Right, km::Side::Left, km::Side::Midline}, km::ParseSide);
  CheckRoundTrip({km::Prevalence::Common, km::Prevalence::Occasional, km::Prevalence::Rare}, km::ParsePrevalence);
  CheckRoundTrip({km::DoseMethod::Hold, km::DoseMethod::Strokes}, km::ParseDoseMethod);
  CheckRoundTrip({km::TreatmentRating::Better, km::TreatmentRating::Same, km::TreatmentRating::Worse},
                 km::ParseTreatmentRating);
  CheckRoundTrip({km::PressAnswer::Yes, km::PressAnswer::No, km::PressAnswer::NotSure}, km::ParsePressAnswer);
  CHECK(km::ToString(km::PressAnswer::NotSure) == "not_sure");
  CHECK(km::ToString(km::Side::Midline) == "midline");
}
