// The body map canvas and its toolbar (views: they read the AppState and queue actions).
#pragma once

#include <imgui.h>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

void DrawCanvasToolbar(AppState& state);
void DrawCanvas(AppState& state, ImVec2 size);

}  // namespace knotmap::ui
