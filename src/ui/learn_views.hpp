// Learn mode's views: the side panel view, the canvas that replaces the map while an exercise
// runs, and the progress view. The logic lives in session/learn_session.
#pragma once

#include <imgui.h>

#include "ui/app_state.hpp"

namespace knotmap::ui {

// Views (draw and queue actions; no state of their own).
void DrawLearnView(AppState& state);          // the Learn tab
void DrawLearnCanvas(AppState& state, ImVec2 size);
void DrawLearnProgress(AppState& state);      // part of the Learn tab in Progress mode

}  // namespace knotmap::ui
