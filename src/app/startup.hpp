// Everything around the window that is not GL: loading the model into the AppState, wiring the
// clock and the progress store into the session, applying the command-line options (--mark,
// --habit, --panel...), and loading/saving settings (with the window layout) and last marks.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>

#include "cli/gui_options.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::app {

struct SessionPaths {
  std::filesystem::path config_dir;  // empty: nothing is persisted
  std::filesystem::path data_dir;
  std::filesystem::path settings_file;  // settings.toml (with the window layout)
  std::filesystem::path marks_file;     // last_marks.json
};

// What start-up read that the window needs: the saved window layout (ImGui's text).
struct StartupResult {
  bool ok = true;      // false: a bad option (message printed), exit 2
  std::string layout;  // for ImGui::LoadIniSettingsFromMemory; empty: none
};

// Resolves and creates the folders; problems are reported on `err` and persistence disabled.
SessionPaths PrepareSession(const cli::GuiOptions& options, std::ostream& err);

// Loads the content (printing diagnostics on `err`), settings and last marks, then applies the
// scripted options. Returns false when an option is invalid (message on `err`).
StartupResult StartSession(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                           std::ostream& err);

// Whether this run is scripted (screenshot, bench, marks given): then the user's saved marks are
// neither loaded nor overwritten.
bool IsScripted(const cli::GuiOptions& options);

// Saves settings with `layout` (and last marks unless scripted). Errors go to `err`, never fatal.
void SaveSession(const ui::AppState& state, const std::string& layout, const cli::GuiOptions& options,
                 const SessionPaths& paths, std::ostream& err);

}  // namespace knotmap::app
