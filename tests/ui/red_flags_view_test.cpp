// Red flags before muscles in the Findings panel: an urgent flag of a marked region stands alone
// above the candidates until the user rules it out, a newly marked region asks again, and the
// other flags stay as a one-line checklist.
#include <catch2/catch.hpp>

#include <string>

#include "harness.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

namespace {

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

const model::RedFlag& Flag(const model::Model& m, const std::string& id) {
  for (const model::RedFlag& f : m.red_flags) {
    if (f.id == id) return f;
  }
  FAIL("no red flag " << id);
  throw 0;
}

void Mark(Harness& h, const char* spec) {
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot(spec)});
  h.Frames(2);
}

}  // namespace

TEST_CASE("a mark on the left chest shows the heart warning before any muscle", "[ui][view][red_flags]") {
  Harness h(ImVec2(1600.0f, 3000.0f));
  const model::Model& m = *h.state.session.model;
  REQUIRE(m.RegionAt(model::View::Front, {590, 470}) == "chest");
  Mark(h, "front:590,470");
  const model::RedFlag& heart = Flag(m, "chest_pain_heart");
  REQUIRE(heart.urgent);

  std::string text = h.FrameText();
  CHECK(Has(text, "Get help now: " + heart.title));
  CHECK(Has(text, heart.text));
  CHECK(Has(text, "None of these apply"));
  // No muscle is offered yet: the most likely knot waits behind the warning.
  CHECK_FALSE(Has(text, "Most likely"));
  CHECK_FALSE(Has(text, "Pectoralis major (left)"));

  REQUIRE(h.state.ui.clear_flags_at.has_value());
  h.Click(*h.state.ui.clear_flags_at);
  h.Frames(2);
  text = h.FrameText();
  CHECK(Has(text, "Most likely"));
  CHECK(Has(text, "Pectoralis major (left)"));
  CHECK_FALSE(Has(text, "None of these apply"));
  // The flags are still there, one line each.
  CHECK(Has(text, "See a doctor first if any of these applies:"));
  CHECK(Has(text, "Urgent: " + heart.title));
  CHECK_FALSE(Has(text, heart.text));  // collapsed until opened
}

TEST_CASE("ruling out is remembered per region until that region is marked afresh", "[ui][view][red_flags]") {
  Harness h(ImVec2(1600.0f, 3000.0f));
  const model::Model& m = *h.state.session.model;
  Mark(h, "front:590,470");
  REQUIRE(h.state.ui.clear_flags_at.has_value());
  h.Click(*h.state.ui.clear_flags_at);
  h.Frames(2);

  // A second chest mark: still ruled out.
  Mark(h, "front:600,430");
  CHECK_FALSE(h.state.ui.clear_flags_at.has_value());
  CHECK(Has(h.FrameText(), "Most likely"));

  // A mark on the shin brings the leg's urgent flags, and only those.
  REQUIRE(m.RegionAt(model::View::Front, {575, 1660}) == "leg");
  Mark(h, "front:575,1660");
  std::string text = h.FrameText();
  CHECK(Has(text, "Get help now: " + Flag(m, "calf_clot").title));
  CHECK_FALSE(Has(text, "Get help now: " + Flag(m, "aortic").title));
  CHECK_FALSE(Has(text, "Most likely"));

  // Clearing the map forgets it: the chest asks again.
  h.state.Queue(ui::action::ClearMarks{});
  h.Frames(2);
  Mark(h, "front:590,470");
  CHECK(Has(h.FrameText(), "Get help now: " + Flag(m, "chest_pain_heart").title));
}
