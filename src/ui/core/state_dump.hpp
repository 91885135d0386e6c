// The --state-dump JSON (nlohmann): marks, habits, top candidates, the best explanation, the
// selection, panel, muscle page, plan size, timer, theme, and where the views are. Scripts and
// tests read it.
#pragma once

#include <string>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

std::string StateDumpJson(const AppState& state);

}  // namespace knotmap::ui
