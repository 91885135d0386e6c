// The guidance timer: holds advance with io.DeltaTime, sets pause between them, strokes count.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/step_timer.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("a hold timer counts seconds and sets", "[ui][timer]") {
  model::PlanStep step;
  step.kind = model::StepKind::Pressure;
  step.method = model::DoseMethod::Hold;
  step.hold_seconds = 30;
  step.sets = 2;
  ui::StepTimer t;
  ui::ResetTimer(t, 3);
  CHECK_FALSE(ui::AdvanceTimer(t, step, 10.0f));  // not running yet
  t.running = true;
  CHECK_FALSE(ui::AdvanceTimer(t, step, 10.0f));
  CHECK(ui::SetProgress(t, step) == Approx(1.0f / 3.0f));
  CHECK(ui::AdvanceTimer(t, step, 20.0f));
  CHECK(t.set == 1);
  CHECK_FALSE(t.running);  // a pause between sets
  t.running = true;
  CHECK(ui::AdvanceTimer(t, step, 31.0f));
  CHECK(t.done);
  CHECK(ui::SetProgress(t, step) == Approx(1.0f));
}

TEST_CASE("a stroke counter finishes its sets", "[ui][timer]") {
  model::PlanStep step;
  step.method = model::DoseMethod::Strokes;
  step.strokes = 3;
  step.sets = 1;
  ui::StepTimer t;
  ui::ResetTimer(t, 0);
  CHECK_FALSE(ui::CountStroke(t, step));
  CHECK_FALSE(ui::CountStroke(t, step));
  CHECK(ui::CountStroke(t, step));
  CHECK(t.done);
}

TEST_CASE("the app advances a running guidance timer with the frame time", "[ui][timer]") {
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
  for (int i = 0; i < static_cast<int>(h.state.plan.steps.size()); ++i) {
    if (ui::IsTimed(h.state.plan.steps[i]) && h.state.plan.steps[i].method == model::DoseMethod::Hold) {
      timed = i;
      break;
    }
  }
  REQUIRE(timed >= 0);
  const model::PlanStep& step = h.state.plan.steps[timed];
  ui::ResetTimer(h.state.timer, timed);
  h.state.timer.running = true;
  // Half the hold at 0.5 s per frame.
  const int frames = step.hold_seconds;  // hold_seconds * 0.5 s = half
  h.Frames(frames, 0.5f);
  CHECK(h.state.timer.elapsed == Approx(0.5f * static_cast<float>(frames)).margin(0.01));
  CHECK(h.state.timer.set == 0);
  h.Frames(frames + 1, 0.5f);
  CHECK((h.state.timer.set == 1 || h.state.timer.done));
  CHECK_FALSE(h.state.timer.running);
}
