// Keyboard focus across the window: Tab and Shift+Tab move between the stops in reading order
// (toolbar, map front, map back, side panel); each stop records its ImGui ids while drawing.
#pragma once

#include <imgui.h>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// The window being drawn and the last item submitted (for recording a stop while drawing).
ImGuiID CurrentWindowId();
ImGuiID LastItemId();

// The stop holding the keyboard: a map stop set by Tab, else where ImGui's navigation is.
FocusStop CurrentStop(const AppState& s);

// Whether view `v`'s crosshair has the keyboard.
bool MapHasFocus(const AppState& s, model::View v);

// Moves the keyboard to the next stop (previous with `backwards`) and shows its focus ring.
void CycleFocus(AppState& s, bool backwards);

// Leaves the map stop (a mouse click, a dialog): ImGui's navigation takes over again.
void DropMapFocus(AppState& s);

}  // namespace knotmap::ui
