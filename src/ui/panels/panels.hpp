// The side panel's tabs: findings, guidance, habits, the muscle browser, a muscle's page and the
// journal's history.
// Views: they read the AppState and queue actions; none keeps state of its own.
#pragma once

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

void DrawFindingsPanel(AppState& state);
void DrawGuidancePanel(AppState& state);
void DrawHabitsPanel(AppState& state);
void DrawMusclesPanel(AppState& state);
void DrawMusclePage(AppState& state, int muscle);
void DrawHistoryPanel(AppState& state);
// The chart of pain intensity over time per region, `height` screen pixels tall (history_chart.cpp).
void DrawHistoryChart(AppState& state, float height);

}  // namespace knotmap::ui
