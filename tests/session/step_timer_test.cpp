// The step timer's arithmetic, and the session advancing it with an injected clock.
#include <catch2/catch.hpp>

#include "session/session.hpp"
#include "session/step_timer.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

TEST_CASE("a hold timer counts seconds and sets", "[session][timer]") {
  model::PlanStep step;
  step.kind = model::StepKind::Pressure;
  step.method = model::DoseMethod::Hold;
  step.hold_seconds = 30;
  step.sets = 2;
  session::StepTimer t;
  session::ResetTimer(t, 3);
  CHECK_FALSE(session::AdvanceTimer(t, step, 10.0f));  // not running yet
  t.running = true;
  CHECK_FALSE(session::AdvanceTimer(t, step, 10.0f));
  CHECK(session::SetProgress(t, step) == Approx(1.0f / 3.0f));
  CHECK(session::AdvanceTimer(t, step, 20.0f));
  CHECK(t.set == 1);
  CHECK_FALSE(t.running);  // a pause between sets
  t.running = true;
  CHECK(session::AdvanceTimer(t, step, 31.0f));
  CHECK(t.done);
  CHECK(session::SetProgress(t, step) == Approx(1.0f));
}

TEST_CASE("a stroke counter finishes its sets", "[session][timer]") {
  model::PlanStep step;
  step.method = model::DoseMethod::Strokes;
  step.strokes = 3;
  step.sets = 1;
  session::StepTimer t;
  session::ResetTimer(t, 0);
  CHECK_FALSE(session::CountStroke(t, step));
  CHECK_FALSE(session::CountStroke(t, step));
  CHECK(session::CountStroke(t, step));
  CHECK(t.done);
}

TEST_CASE("the session advances a running hold by its clock, not by frames", "[session][timer]") {
  session::Session s;
  auto clock = std::make_shared<session::ManualClock>();
  s.clock = clock;
  model::PlanStep step;
  step.kind = model::StepKind::Pressure;
  step.method = model::DoseMethod::Hold;
  step.hold_seconds = 30;
  step.sets = 2;
  s.plan.steps = {step};
  s.analysis_revision = s.input_revision;  // no model: keep the hand-made plan
  session::Update(s);
  session::StartTimer(s, 0);
  REQUIRE(s.timer.running);
  for (int i = 0; i < 10; ++i) session::Update(s);  // frames without time passing
  CHECK(s.timer.elapsed == 0.0f);
  clock->Advance(12.5);
  session::Update(s);
  CHECK(s.timer.elapsed == Approx(12.5f));
  clock->Advance(20.0);
  session::Update(s);
  CHECK(s.timer.set == 1);
  CHECK_FALSE(s.timer.running);
  REQUIRE(s.notices.size() == 1u);
  CHECK(s.notices.front() == "Set done. Rest a moment, then start the next set.");
  session::ToggleTimer(s);
  clock->Advance(30.0);
  session::Update(s);
  CHECK(s.timer.done);
  session::NextTimerSet(s);  // no further timed step
  CHECK(s.timer.step == -1);
}
