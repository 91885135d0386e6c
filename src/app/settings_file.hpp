// The settings file, settings.toml (toml++): theme, UI scale, layers, panel width, tool, view
// mode, welcome seen, and the window layout (ImGui's own text, kept as one string). The older
// key = value settings.ini is read once and migrated. Strings in, strings out.
#pragma once

#include <string>
#include <string_view>

#include "ui/core/app_state.hpp"

namespace knotmap::app {

struct SettingsFile {
  ui::Settings settings;
  std::string layout;  // ImGui's window layout (ImGui::SaveIniSettingsToMemory), may be empty
};

std::string SettingsToToml(const SettingsFile& file);
// Unknown keys and bad values keep their defaults (a damaged file must never stop the app).
// `error` says what was wrong when the text is not TOML at all (then the defaults are returned).
SettingsFile SettingsFromToml(std::string_view text, std::string& error);
// The old "key = value" settings.ini.
ui::Settings SettingsFromIni(std::string_view text);

}  // namespace knotmap::app
