// The guidance timer on the session's clock: starting, pausing and counting a plan step's sets,
// moving on to the next set or timed step, and logging a finished step as a treatment.
#include <string>

#include "session/journal_session.hpp"
#include "session/session.hpp"

namespace knotmap::session {
namespace {

const model::PlanStep* TimedStep(const Session& s) {
  const int i = s.timer.step;
  return i >= 0 && i < static_cast<int>(s.plan.steps.size()) ? &s.plan.steps[i] : nullptr;
}

// A step whose last set just finished goes into the journal as a treatment.
void StepFinished(Session& s, const model::PlanStep& step) {
  const int seconds = step.method == model::DoseMethod::Hold
                          ? step.hold_seconds * SetsOf(step)
                          : static_cast<int>(s.clock->Seconds() - s.timer_started + 0.5);
  LogTreatment(s, step, seconds);
}

}  // namespace

void StartTimer(Session& s, int step) {
  if (step < 0 || step >= static_cast<int>(s.plan.steps.size()) || !IsTimed(s.plan.steps[step])) return;
  ResetTimer(s.timer, step);
  s.timer_started = s.clock->Seconds();
  s.timer.running = s.plan.steps[step].method == model::DoseMethod::Hold;
  s.Log("event=timer_start step=" + std::to_string(step));
}

void ToggleTimer(Session& s) {
  const model::PlanStep* step = TimedStep(s);
  if (step == nullptr || s.timer.done || step->method != model::DoseMethod::Hold) return;
  s.timer.running = !s.timer.running || s.timer.resting >= 0.0f;  // a click in the rest starts now
  s.timer.resting = -1.0f;
}

void CountTimerStroke(Session& s) {
  const model::PlanStep* step = TimedStep(s);
  if (step != nullptr && CountStroke(s.timer, *step) && s.timer.done) StepFinished(s, *step);
}

void NextTimerSet(Session& s) {
  const model::PlanStep* step = TimedStep(s);
  if (step == nullptr) return;
  StepTimer& t = s.timer;
  if (!t.done && t.set + 1 < SetsOf(*step)) {
    ++t.set;
    t.elapsed = 0.0f;
    t.strokes = 0;
    t.running = false;
    t.resting = -1.0f;
    return;
  }
  for (int i = t.step + 1; i < static_cast<int>(s.plan.steps.size()); ++i) {
    if (IsTimed(s.plan.steps[i])) {
      ResetTimer(t, i);
      s.timer_started = s.clock->Seconds();
      return;
    }
  }
  ResetTimer(t, -1);
}

void ResetTimerStep(Session& s) { ResetTimer(s.timer, s.timer.step); }

void TickTimer(Session& s) {
  const double now = s.clock->Seconds();
  const auto dt = static_cast<float>(now - s.timer_tick);
  s.timer_tick = now;
  const model::PlanStep* step = TimedStep(s);
  if (step == nullptr) return;
  const int set_before = s.timer.set;
  if (AdvanceTimer(s.timer, *step, dt)) {
    s.Log("event=timer_set_done step=" + std::to_string(s.timer.step) + " set=" + std::to_string(set_before + 1) +
          (s.timer.done ? " done=1" : " done=0"));
    s.Notify(s.timer.done ? "All sets done. Well done: let the area rest."
                          : s.timer.auto_next ? "Set done. The next set starts in a few seconds."
                                              : "Set done. Rest a moment, then start the next set.");
    if (s.timer.done) StepFinished(s, *step);
  }
}

}  // namespace knotmap::session
