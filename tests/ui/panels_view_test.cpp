// What the Guidance and Findings panels show, read from the text the views drew (ImGui's log):
// each dose once per step, the ranked groups with their names, the best explanation.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "harness.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

namespace {

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The two marks of the README's findings picture (between the spine and the right shoulder blade).
void MarkUpperBack(Harness& h) {
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:555,470")});
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:585,540")});
  h.Frames(2);
}

}  // namespace

TEST_CASE("guidance prints each step's dose once", "[ui][view]") {
  Harness h(ImVec2(1600.0f, 6000.0f));  // tall: every step on screen (clipped items draw no text)
  MarkUpperBack(h);
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
  h.Frames(2);
  const std::string text = h.FrameText();
  const auto& steps = h.state.session.plan.steps;
  int timed = 0;
  for (const model::PlanStep& step : steps) {
    if (step.kind != model::StepKind::Pressure || step.method != model::DoseMethod::Hold || step.hold_seconds <= 0) {
      continue;
    }
    ++timed;
    // One line per step: its title and its dose, in lower case after the dash.
    INFO(step.title);
    CHECK(Count(text, step.title + "  -  " + step.dose) == 1u);
    CHECK(step.dose.rfind("hold " + std::to_string(step.hold_seconds) + " s", 0) == 0);
  }
  CHECK(timed > 0);
  // The older wordings ("Hold 60 seconds", "; Once a day") are gone, and the details stay folded.
  CHECK_FALSE(std::regex_search(text, std::regex("Hold [0-9]+ (s|seconds)")));
  CHECK(text.find("; Once") == std::string::npos);
  CHECK(Count(text, ". Press the knots") == 1u);
}

TEST_CASE("findings list the groups by name and what the best explanation is", "[ui][view]") {
  Harness h(ImVec2(1600.0f, 3000.0f));
  MarkUpperBack(h);
  // The upper back has urgent red flags: they come first, the muscles after "None of these apply".
  REQUIRE(h.state.ui.clear_flags_at.has_value());
  h.Click(*h.state.ui.clear_flags_at);
  h.Frames(2);
  const std::string text = h.FrameText();
  const auto& s = h.state.session;
  REQUIRE_FALSE(s.groups.empty());
  // "1. Rhomboids (right)": the group's number and muscle with its side.
  const model::Candidate& first = s.findings.candidates[s.groups.front().first];
  const std::string name = s.model->muscles[first.muscle].name + " (" + std::string(model::ToString(first.side)) + ")";
  CHECK(Count(text, "1. " + name) == 1u);
  CHECK(Count(text, "Findings (" + std::to_string(s.groups.size()) + ")") == 1u);
  CHECK(text.find("Most likely") != std::string::npos);
  for (int i : s.findings.best_explanation) {
    const model::Candidate& c = s.findings.candidates[i];
    CHECK(text.find(s.model->muscles[c.muscle].name) != std::string::npos);
  }
}
