// Learn mode's views: the side panel view, the canvas that replaces the map while an exercise
// runs, the progress view and the introduction. The logic lives in session/learn_session.
#pragma once

#include <imgui.h>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// Views (draw and queue actions; no state of their own).
void DrawLearnView(AppState& state);          // the Learn tab
void DrawLearnCanvas(AppState& state, ImVec2 size);
void DrawLearnProgress(AppState& state);      // part of the Learn tab in Progress mode
void DrawLearnPanel(AppState& state);         // what knots and referred pain are

}  // namespace knotmap::ui
