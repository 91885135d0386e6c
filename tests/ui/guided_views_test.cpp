// The guided parts of the plan in the window: the compact plan, the timer in the status bar from
// any tab with its end cue, the ball session's stops and cue, and the breathing pacer.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "session/step_timer.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;
namespace session = knotmap::session;

namespace {

int FirstStep(const Harness& h, model::StepKind kind) {
  const auto& steps = h.state.session.plan.steps;
  for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
    if (steps[i].kind == kind) return i;
  }
  return -1;
}

void MarkUpperBack(Harness& h) {
  h.Frames(2);
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:555,470")});
  h.state.Queue(ui::action::ClearUrgentFlags{});
  h.Frames(2);
}

}  // namespace

TEST_CASE("the guidance is a short plan: one line per step with its dose", "[ui][guidance]") {
  Harness h(ImVec2(1600.0f, 6000.0f));  // tall: every step on screen
  MarkUpperBack(h);
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
  h.Frames(2);
  const std::string text = h.FrameText();
  const int press = FirstStep(h, model::StepKind::Pressure);
  REQUIRE(press >= 0);
  const model::PlanStep& step = h.state.session.plan.steps[press];
  CHECK(text.find(step.title + "  -  " + step.dose) != std::string::npos);
  CHECK(text.find("Open the front") != std::string::npos);
  // Details stay folded until asked for.
  CHECK(text.find(step.details.front()) == std::string::npos);
  CHECK(text.find("Guided session") != std::string::npos);
}

TEST_CASE("a running timer shows in the status bar on every tab and flashes at the end", "[ui][timer]") {
  Harness h(ImVec2(1600.0f, 6000.0f));  // tall: every step on screen
  MarkUpperBack(h);
  const int press = FirstStep(h, model::StepKind::Pressure);
  REQUIRE(press >= 0);
  h.state.Queue(ui::action::StartTimer{press});
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Muscles});
  h.Frames(5, 0.05f);  // past the "timer started" notices
  h.Frames(1, 5.0f);
  const std::string text = h.FrameText();
  CHECK(text.find("Timer (running): " + h.state.session.plan.steps[press].title) != std::string::npos);
  CHECK(h.state.ui.panel == ui::Panel::Muscles);
  const float hold = static_cast<float>(h.state.session.plan.steps[press].hold_seconds);
  h.Frames(1, hold);
  CHECK(session::CueShowing(h.state.session.timer));
  h.Frames(1, session::kCueSeconds + 0.1f);
  CHECK_FALSE(session::CueShowing(h.state.session.timer));
}

TEST_CASE("the ball session walks the spots with a timer and a move-on cue", "[ui][ball]") {
  Harness h(ImVec2(1600.0f, 6000.0f));  // tall: every step on screen
  MarkUpperBack(h);
  h.state.Queue(ui::action::StartBallSession{session::BallMode::LongRest, 120});
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
  h.Frames(2);
  const session::BallSession& b = h.state.session.ball;
  REQUIRE(b.active);
  const std::string before = h.FrameText();
  CHECK(before.find("Spot 1 of " + std::to_string(b.stops.size())) != std::string::npos);
  CHECK(before.find("Stop at once and come off the ball if you feel numbness") != std::string::npos);
  CHECK(before.find("Move to the next spot.") == std::string::npos);
  h.Frames(1, static_cast<float>(b.stops[0].seconds));
  const std::string due = h.FrameText();
  CHECK(due.find("Move to the next spot.") != std::string::npos);
  CHECK(due.find("Stop at once") != std::string::npos);  // the stop signs stay in sight
  h.state.Queue(ui::action::BallNextStop{});
  h.Frames(1);
  CHECK(b.current == 1);
  CHECK(h.FrameText().find("Spot 2 of") != std::string::npos);
  h.state.Queue(ui::action::EndBallSession{});
  h.Frames(1);
  CHECK_FALSE(b.active);
}

TEST_CASE("stress ticked: the relaxation step's pacer follows the breath", "[ui][relax]") {
  Harness h(ImVec2(1600.0f, 6000.0f));  // tall: every step on screen
  MarkUpperBack(h);
  h.state.Queue(ui::action::SetHabit{"stress", true});
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
  h.Frames(2);
  const int relax = FirstStep(h, model::StepKind::Relax);
  REQUIRE(relax >= 0);
  h.state.Queue(ui::action::StartTimer{relax});
  h.Frames(1);
  h.Frames(1, 1.0f);
  CHECK(h.FrameText().find("Breathe in") != std::string::npos);
  h.Frames(1, 4.0f);
  CHECK(h.FrameText().find("Breathe out, let go") != std::string::npos);
}
