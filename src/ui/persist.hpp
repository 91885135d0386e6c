// Text forms of what Knotmap remembers and reports: settings (INI-like key = value), the last
// marks and habits, the --mark spec "back:X,Y", and the --state-dump JSON. Strings in, strings
// out: the app layer reads and writes the files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ui/app_state.hpp"

namespace knotmap::ui {

// Theme, UI scale, layers, panel width, welcome seen, tool, view mode.
std::string SerializeSettings(const AppState& state);
// Unknown keys and bad values are ignored (a damaged file must never stop the app).
void ApplySettings(std::string_view text, AppState& state);

// One mark per line: "spot back 5 30 545,470" / "stroke front 7 18 x,y x,y ...", then
// "habit ID" lines.
std::string SerializeMarks(const AppState& state);
// Replaces marks and habits (unknown habits and bad lines are skipped). Does not recompute.
void ApplyMarks(std::string_view text, AppState& state);

// "back:545,470" or "front:400,360" (atlas units) -> a spot of the default radius.
std::optional<model::PainMark> ParseMarkSpec(std::string_view spec, int intensity = 5,
                                             float radius = 30.0f);

// {"marks":[...], "habits":[...], "top":[{"muscle":..,"side":..,"score":..}], ...}
std::string StateDumpJson(const AppState& state);

}  // namespace knotmap::ui
