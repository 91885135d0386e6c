// Timer arithmetic and its texts, kept out of the guidance view so tests can drive them directly.
#include "session/step_timer.hpp"

#include <algorithm>

namespace knotmap::session {
namespace {

void FinishSet(StepTimer& timer, const model::PlanStep& step) {
  timer.running = false;
  timer.elapsed = 0.0f;
  timer.strokes = 0;
  timer.since_cue = 0.0f;
  if (timer.set + 1 >= SetsOf(step)) {
    timer.done = true;
  } else {
    ++timer.set;
    if (timer.auto_next && step.method == model::DoseMethod::Hold) timer.resting = 0.0f;
  }
}

void AdvanceCue(StepTimer& timer, float dt) {
  if (timer.since_cue < 0.0f) return;
  timer.since_cue += dt;
  if (timer.since_cue > kCueSeconds) timer.since_cue = -1.0f;
}

}  // namespace

bool IsTimed(const model::PlanStep& step) {
  return (step.method == model::DoseMethod::Hold && step.hold_seconds > 0) ||
         (step.method == model::DoseMethod::Strokes && step.strokes > 0);
}

int SetsOf(const model::PlanStep& step) {
  return std::max(step.sets, 1);
}

void ResetTimer(StepTimer& timer, int step) {
  const bool auto_next = timer.auto_next;
  timer = StepTimer{};
  timer.step = step;
  timer.auto_next = auto_next;
}

bool CueShowing(const StepTimer& timer) { return timer.since_cue >= 0.0f; }

bool CueBright(const StepTimer& timer) {
  // Four blinks over the cue's two seconds.
  return CueShowing(timer) && static_cast<int>(timer.since_cue * 4.0f) % 2 == 0;
}

bool AdvanceTimer(StepTimer& timer, const model::PlanStep& step, float dt) {
  dt = std::max(dt, 0.0f);
  AdvanceCue(timer, dt);
  if (timer.resting >= 0.0f) {
    timer.resting += dt;
    if (timer.resting + 1e-4f < kAutoRestSeconds) return false;
    timer.resting = -1.0f;
    timer.running = true;
    return false;
  }
  if (!timer.running || timer.done || step.method != model::DoseMethod::Hold) return false;
  timer.elapsed += dt;
  if (timer.elapsed + 1e-4f >= static_cast<float>(step.hold_seconds)) {
    FinishSet(timer, step);
    return true;
  }
  return false;
}

bool CountStroke(StepTimer& timer, const model::PlanStep& step) {
  if (timer.done || step.method != model::DoseMethod::Strokes) return false;
  ++timer.strokes;
  if (timer.strokes >= step.strokes) {
    FinishSet(timer, step);
    return true;
  }
  return false;
}

float SetProgress(const StepTimer& timer, const model::PlanStep& step) {
  if (timer.done) return 1.0f;
  if (step.method == model::DoseMethod::Hold && step.hold_seconds > 0) {
    return std::clamp(timer.elapsed / static_cast<float>(step.hold_seconds), 0.0f, 1.0f);
  }
  if (step.method == model::DoseMethod::Strokes && step.strokes > 0) {
    return std::clamp(static_cast<float>(timer.strokes) / static_cast<float>(step.strokes), 0.0f,
                      1.0f);
  }
  return 0.0f;
}

std::string TimerOverlayText(const StepTimer& timer, const model::PlanStep& step) {
  if (timer.done) return "done";
  if (step.method == model::DoseMethod::Hold) {
    return std::to_string(static_cast<int>(timer.elapsed)) + " / " + std::to_string(step.hold_seconds) + " s";
  }
  return std::to_string(timer.strokes) + " / " + std::to_string(step.strokes) + " strokes";
}

}  // namespace knotmap::session
