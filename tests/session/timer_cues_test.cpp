// The step timer's end cue and its automatic next set, and the breathing pacer's phase.
#include <catch2/catch.hpp>

#include "model/method.hpp"
#include "session/step_timer.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

namespace {

model::PlanStep Hold(int seconds, int sets) {
  model::PlanStep step;
  step.kind = model::StepKind::Pressure;
  step.method = model::DoseMethod::Hold;
  step.hold_seconds = seconds;
  step.sets = sets;
  return step;
}

}  // namespace

TEST_CASE("a finished set flashes the end cue for a moment", "[session][timer]") {
  const model::PlanStep step = Hold(30, 2);
  session::StepTimer t;
  session::ResetTimer(t, 0);
  t.running = true;
  CHECK_FALSE(session::CueShowing(t));
  CHECK(session::AdvanceTimer(t, step, 30.0f));
  CHECK(session::CueShowing(t));
  CHECK(session::CueBright(t));
  session::AdvanceTimer(t, step, 0.3f);
  CHECK_FALSE(session::CueBright(t));  // the blink's dark half
  session::AdvanceTimer(t, step, session::kCueSeconds);
  CHECK_FALSE(session::CueShowing(t));
  CHECK_FALSE(t.running);  // without auto-next the next set waits for Start
  session::AdvanceTimer(t, step, 60.0f);
  CHECK_FALSE(t.running);
  CHECK(t.elapsed == Approx(0.0f));
}

TEST_CASE("with auto-next the next set starts by itself after the rest", "[session][timer]") {
  const model::PlanStep step = Hold(20, 3);
  session::StepTimer t;
  t.auto_next = true;
  session::ResetTimer(t, 4);
  CHECK(t.auto_next);  // the choice survives a reset
  t.running = true;
  CHECK(session::AdvanceTimer(t, step, 20.0f));
  CHECK(t.set == 1);
  CHECK(t.resting == Approx(0.0f));
  session::AdvanceTimer(t, step, session::kAutoRestSeconds - 1.0f);
  CHECK_FALSE(t.running);
  session::AdvanceTimer(t, step, 1.0f);
  CHECK(t.running);
  CHECK(t.resting < 0.0f);
  session::AdvanceTimer(t, step, 5.0f);
  CHECK(t.elapsed == Approx(5.0f));
  CHECK(session::AdvanceTimer(t, step, 15.0f));  // the second set ends: rest again
  CHECK(t.set == 2);
  session::AdvanceTimer(t, step, session::kAutoRestSeconds);
  CHECK(t.running);
  // After the last set nothing restarts.
  CHECK(session::AdvanceTimer(t, step, 20.0f));
  CHECK(t.done);
  CHECK(t.resting < 0.0f);
  session::AdvanceTimer(t, step, 60.0f);
  CHECK_FALSE(t.running);
}

TEST_CASE("the breathing pacer grows on the breath in and shrinks on the breath out", "[model][pacer]") {
  model::Relaxation r;
  r.breathe_in_seconds = 4.0f;
  r.breathe_out_seconds = 6.0f;
  CHECK(model::BreathAt(r, 0.0f).inhale);
  CHECK(model::PacerScale(model::BreathAt(r, 0.0f)) == Approx(0.4f));
  CHECK(model::BreathAt(r, 2.0f).progress == Approx(0.5f));
  CHECK(model::PacerScale(model::BreathAt(r, 3.99f)) == Approx(1.0f).margin(0.01));
  const model::BreathPhase out = model::BreathAt(r, 7.0f);
  CHECK_FALSE(out.inhale);
  CHECK(out.progress == Approx(0.5f));
  CHECK(model::PacerScale(model::BreathAt(r, 9.99f)) == Approx(0.4f).margin(0.01));
  // One breath every ten seconds: the eleventh second is the start of the next breath in.
  CHECK(model::BreathAt(r, 11.0f).inhale);
  CHECK(model::BreathAt(r, 11.0f).progress == Approx(0.25f));
}
