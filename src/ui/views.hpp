// Entry points of the views (one file each). Every view takes the AppState by reference, reads it
// and queues actions; none keeps state of its own.
#pragma once

#include <imgui.h>

#include "ui/app_state.hpp"

namespace knotmap::ui {

// The whole frame: menu bar, canvas, side panel, status bar and popups. Call between
// ImGui::NewFrame and ImGui::Render, then ApplyActions.
void DrawApp(AppState& state);

void DrawMenuBar(AppState& state);
void DrawCanvasToolbar(AppState& state);
void DrawCanvas(AppState& state, ImVec2 size);
void DrawSidePanel(AppState& state);
void DrawFindingsPanel(AppState& state);
void DrawGuidancePanel(AppState& state);
void DrawHabitsPanel(AppState& state);
void DrawMusclesPanel(AppState& state);
void DrawMusclePage(AppState& state, int muscle);
void DrawLearnPanel(AppState& state);
void DrawDialogs(AppState& state);  // welcome, safety notice, about, shortcuts
void DrawLoadErrors(AppState& state);

// Handles the global shortcuts (Ctrl+Z/Y, Ctrl+F, Esc, Delete, F, 1/2/3, +/-).
void HandleShortcuts(AppState& state);

}  // namespace knotmap::ui
