// The side panel's tabs: findings, guidance, habits, the muscle browser and a muscle's page.
// Views: they read the AppState and queue actions; none keeps state of its own.
#pragma once

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

void DrawFindingsPanel(AppState& state);
void DrawGuidancePanel(AppState& state);
void DrawHabitsPanel(AppState& state);
void DrawMusclesPanel(AppState& state);
void DrawMusclePage(AppState& state, int muscle);

}  // namespace knotmap::ui
