// Reading and writing settings.toml with toml++, and the one-time reader for settings.ini.
#include "app/settings_file.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <toml++/toml.h>
#include <utility>
#include <vector>

namespace knotmap::app {
namespace {

// The layer switches with their keys, in file order.
std::vector<std::pair<const char*, bool ui::Layers::*>> LayerKeys() {
  return {{"details", &ui::Layers::details},
          {"skeleton", &ui::Layers::skeleton},
          {"muscles", &ui::Layers::muscles},
          {"deep_muscles", &ui::Layers::deep_muscles},
          {"zones", &ui::Layers::zones},
          {"trigger_points", &ui::Layers::trigger_points},
          {"all_trigger_points", &ui::Layers::all_trigger_points},
          {"landmarks", &ui::Layers::landmarks},
          {"labels", &ui::Layers::labels}};
}

const char* ViewModeName(ui::ViewMode m) {
  return m == ui::ViewMode::Front ? "front" : m == ui::ViewMode::Back ? "back" : "both";
}

ui::ViewMode ParseViewMode(std::string_view s, ui::ViewMode fallback) {
  if (s == "front") return ui::ViewMode::Front;
  if (s == "back") return ui::ViewMode::Back;
  if (s == "both") return ui::ViewMode::Both;
  return fallback;
}

void Clamp(ui::Settings& s) {
  s.ui_scale = std::isfinite(s.ui_scale) ? std::clamp(s.ui_scale, 0.5f, 3.0f) : 1.0f;
  s.side_panel_width = std::isfinite(s.side_panel_width) ? std::clamp(s.side_panel_width, 0.0f, 4000.0f) : 0.0f;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string SettingsToToml(const SettingsFile& file) {
  const ui::Settings& s = file.settings;
  toml::table layers;
  for (const auto& [key, member] : LayerKeys()) layers.insert(key, s.layers.*member);
  toml::table root{{"theme", s.theme == ui::ThemeKind::Dark ? "dark" : "light"},
                   {"ui_scale", static_cast<double>(s.ui_scale)},
                   {"side_panel_width", static_cast<double>(s.side_panel_width)},
                   {"welcome_seen", s.welcome_seen},
                   {"end_sound", s.end_sound},
                   {"tool", s.tool == ui::Tool::Brush ? "brush" : "spot"},
                   {"view_mode", ViewModeName(s.view_mode)}};
  root.insert("layers", std::move(layers));
  if (!file.layout.empty()) root.insert("window", toml::table{{"layout", file.layout}});
  std::ostringstream out;
  // Strings in plain quotes with escapes: toml++ would write a string that starts with a newline
  // in triple quotes, and TOML drops a newline right after the opening quotes when it is read
  // back, so a window layout would not survive a save (found by fuzz_saved_files); without
  // multi-line strings it writes literal ones with raw newlines, which TOML refuses.
  constexpr auto flags = toml::toml_formatter::default_flags & ~toml::format_flags::allow_multi_line_strings &
                         ~toml::format_flags::allow_literal_strings;
  out << "# Knotmap settings\n" << toml::toml_formatter{root, flags} << "\n";
  return out.str();
}

SettingsFile SettingsFromToml(std::string_view text, std::string& error) {
  SettingsFile out;
  toml::table t;
  try {
    t = toml::parse(text);
  } catch (const toml::parse_error& e) {
    error = "line " + std::to_string(e.source().begin.line) + ", column " +
            std::to_string(e.source().begin.column) + ": " + std::string(e.description());
    return out;
  }
  ui::Settings& s = out.settings;
  if (auto v = t["theme"].value<std::string>()) {
    if (*v == "dark") s.theme = ui::ThemeKind::Dark;
    if (*v == "light") s.theme = ui::ThemeKind::Light;
  }
  if (auto v = t["ui_scale"].value<double>()) s.ui_scale = static_cast<float>(*v);
  if (auto v = t["side_panel_width"].value<double>()) s.side_panel_width = static_cast<float>(*v);
  if (auto v = t["welcome_seen"].value<bool>()) s.welcome_seen = *v;
  if (auto v = t["end_sound"].value<bool>()) s.end_sound = *v;
  if (auto v = t["tool"].value<std::string>()) s.tool = *v == "brush" ? ui::Tool::Brush : ui::Tool::Spot;
  if (auto v = t["view_mode"].value<std::string>()) s.view_mode = ParseViewMode(*v, s.view_mode);
  for (const auto& [key, member] : LayerKeys()) {
    if (auto v = t["layers"][key].value<bool>()) s.layers.*member = *v;
  }
  if (auto v = t["window"]["layout"].value<std::string>()) out.layout = *v;
  Clamp(s);
  return out;
}

ui::Settings SettingsFromIni(std::string_view text) {
  ui::Settings s;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    start = end + 1;
    const std::size_t eq = line.find('=');
    if (line.empty() || line.front() == '#' || eq == std::string_view::npos) continue;
    const std::string_view key = Trim(line.substr(0, eq));
    const std::string_view value = Trim(line.substr(eq + 1));
    float f = 0.0f;
    const bool is_float = std::from_chars(value.data(), value.data() + value.size(), f).ptr == value.data() + value.size();
    if (key == "theme") {
      if (value == "dark") s.theme = ui::ThemeKind::Dark;
    } else if (key == "ui_scale" && is_float) {
      s.ui_scale = f;
    } else if (key == "side_panel_width" && is_float) {
      s.side_panel_width = f;
    } else if (key == "welcome_seen") {
      s.welcome_seen = value == "1";
    } else if (key == "tool") {
      s.tool = value == "brush" ? ui::Tool::Brush : ui::Tool::Spot;
    } else if (key == "view_mode") {
      s.view_mode = ParseViewMode(value, s.view_mode);
    } else if (key.starts_with("layer.")) {
      for (const auto& [name, member] : LayerKeys()) {
        if (key.substr(6) == name && (value == "0" || value == "1")) s.layers.*member = value == "1";
      }
    }
  }
  Clamp(s);
  return s;
}

}  // namespace knotmap::app
