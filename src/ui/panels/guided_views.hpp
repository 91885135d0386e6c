// The guided parts of the method: the ball session (launcher and running view), the breathing
// pacer, the timer in the status line, the body-wide causes checklist and a muscle page's
// method section. Views: they read the AppState and queue actions.
#pragma once

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// The choice of long rest or short holds, the stop signs, and Start. Drawn above the plan.
void DrawBallSessionLauncher(AppState& state);
// The running session: the stop, where to be, where the ball goes, its timer and the cue.
void DrawBallSession(AppState& state);
// A circle drawn with the draw list that grows on the breath in and shrinks on the breath out.
void DrawBreathingPacer(AppState& state, const session::StepTimer& timer);
// The running timer or ball spot on one line of the status bar (any tab); false when none runs.
bool DrawTimerStatus(AppState& state);
// The end cue: whether it is in a bright blink now (a set or a ball spot just ended), and the
// status bar's flash drawn behind the current window.
bool EndCueBright(const AppState& state);
void DrawEndCue(AppState& state);
// Checkboxes for the body-wide causes (thyroid, minerals, water, sleep), under the habits.
void DrawBodyCausesSection(AppState& state);
// A muscle page's lines on how it takes a ball and what acts on the whole body.
void DrawMuscleMethodSection(AppState& state, int muscle);

}  // namespace knotmap::ui
