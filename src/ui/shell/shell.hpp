// The window around the views: the whole frame (menu bar, canvas, side panel, status line,
// dialogs) and the global shortcuts.
#pragma once

#include <span>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// The whole frame. Call between ImGui::NewFrame and ImGui::Render, then ApplyActions.
void DrawApp(AppState& state);

void DrawMenuBar(AppState& state);
void DrawSidePanel(AppState& state);
void DrawDialogs(AppState& state);  // welcome, safety notice, about, shortcuts
void DrawLoadErrors(AppState& state);
void DrawLandmarkPicker(AppState& state);  // "Mark at a landmark..." (L)

// Every keyboard action, as the shortcuts dialog lists it.
struct Shortcut {
  const char* keys;
  const char* does;
};
std::span<const Shortcut> KeyboardShortcuts();

// Handles the global shortcuts (Tab, Ctrl+Z/Y, Ctrl+F, Alt+Left/Right, Esc, Delete, F, L, 1/2/3, +/-).
void HandleShortcuts(AppState& state);

}  // namespace knotmap::ui
