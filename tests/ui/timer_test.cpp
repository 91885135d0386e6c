// The guidance timer in the window: a running hold advances with the session clock, one frame at a time.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "session/step_timer.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("the app advances a running guidance timer with the clock", "[ui][timer]") {
  Harness h;
  h.Frames(2);
  h.state.Queue(ui::action::AddMark{[] {
    model::PainMark m;
    m.view = model::View::Back;
    m.points = {{545.0f, 470.0f}};
    return m;
  }()});
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
  h.Frames(2);
  int timed = -1;
  for (int i = 0; i < static_cast<int>(h.state.session.plan.steps.size()); ++i) {
    if (knotmap::session::IsTimed(h.state.session.plan.steps[i]) && h.state.session.plan.steps[i].method == model::DoseMethod::Hold) {
      timed = i;
      break;
    }
  }
  REQUIRE(timed >= 0);
  const model::PlanStep& step = h.state.session.plan.steps[timed];
  knotmap::session::ResetTimer(h.state.session.timer, timed);
  h.state.session.timer.running = true;
  // Half the hold at 0.5 s per frame.
  const int frames = step.hold_seconds;  // hold_seconds * 0.5 s = half
  h.Frames(frames, 0.5f);
  CHECK(h.state.session.timer.elapsed == Approx(0.5f * static_cast<float>(frames)).margin(0.01));
  CHECK(h.state.session.timer.set == 0);
  h.Frames(frames + 1, 0.5f);
  CHECK((h.state.session.timer.set == 1 || h.state.session.timer.done));
  CHECK_FALSE(h.state.session.timer.running);
}
