// The guidance timer for one plan step: a hold counted in seconds or a set of strokes counted by
// the user, repeated for the step's sets. The session advances it with its clock's seconds.
#pragma once

#include <string>

#include "model/guidance.hpp"

namespace knotmap::session {

struct StepTimer {
  int step = -1;         // index into Plan::steps; -1 when no step is being timed
  bool running = false;  // counting down (holds only)
  float elapsed = 0.0f;  // seconds held in the current set
  int set = 0;           // current set, 0-based
  int strokes = 0;       // strokes done in the current set
  bool done = false;     // all sets finished
  bool auto_next = false;  // start the next set by itself after a short rest (kept by ResetTimer)
  float resting = -1.0f;   // seconds rested before an automatic next set; < 0: not resting
  float since_cue = -1.0f; // seconds since a set ended (the end cue flashes meanwhile); < 0: none
};

// The rest between sets before an automatic next set, and how long the end cue flashes (seconds).
inline constexpr float kAutoRestSeconds = 10.0f;
inline constexpr float kCueSeconds = 2.0f;

// Whether the end cue is showing, and whether it is in the bright half of its blink.
bool CueShowing(const StepTimer& timer);
bool CueBright(const StepTimer& timer);

// The progress bar's overlay: "12 / 30 s", "4 / 10 strokes" or "done".
std::string TimerOverlayText(const StepTimer& timer, const model::PlanStep& step);

// Whether a step has a dose the timer can follow.
bool IsTimed(const model::PlanStep& step);
int SetsOf(const model::PlanStep& step);  // at least 1

// Selects `step` and resets the counters (not running); the auto-next choice stays.
void ResetTimer(StepTimer& timer, int step);
// Adds `dt` seconds: to a running hold, to the rest before an automatic next set, and to the end
// cue. A finished set pauses so the user can rest and move the ball, and with auto_next starts the
// next set after kAutoRestSeconds; returns true when this call finished a set.
bool AdvanceTimer(StepTimer& timer, const model::PlanStep& step, float dt);
// Counts one stroke; returns true when it finished a set.
bool CountStroke(StepTimer& timer, const model::PlanStep& step);
// 0..1 progress of the current set.
float SetProgress(const StepTimer& timer, const model::PlanStep& step);

}  // namespace knotmap::session
