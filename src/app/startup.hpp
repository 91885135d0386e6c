// Everything around the window that is not GL: loading the model into the AppState, wiring the
// clock and the progress store into the session, applying the command-line options (--mark,
// --habit, --panel...), and loading/saving settings (with the window layout) and last marks.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/instance_lock.hpp"
#include "cli/gui_options.hpp"
#include "ui/core/app_state.hpp"

namespace knotmap::app {

struct SessionPaths {
  std::filesystem::path config_dir;  // empty: nothing is persisted
  std::filesystem::path data_dir;
  std::filesystem::path settings_file;  // settings.toml (with the window layout)
  std::filesystem::path marks_file;     // last_marks.json
  // Another Knotmap holds the data folder: this one reads settings, marks and progress but
  // writes none of them, so neither window overwrites the other's work.
  bool read_only = false;
  std::shared_ptr<InstanceLock> lock;  // held while the window runs (not for scripted runs)
};

// What start-up read that the window needs: the saved window layout (ImGui's text).
struct StartupResult {
  bool ok = true;      // false: a bad option (message printed), exit 2
  std::string layout;  // for ImGui::LoadIniSettingsFromMemory; empty: none
};

// Resolves and creates the folders; problems are reported on `err` and persistence disabled.
SessionPaths PrepareSession(const cli::GuiOptions& options, std::ostream& err);

// The content folder the options name (the shipped one by default).
std::filesystem::path ContentDir(const cli::GuiOptions& options);

// The content as it leaves the loader: the load's report and, when it loaded, the model ready to
// show (its index and drawing geometry made there too). Runs on any thread.
struct LoadedContent {
  io::LoadResult result;  // its model moved into `prepared`
  std::optional<ui::PreparedModel> prepared;
};
LoadedContent LoadContent(const std::filesystem::path& dir);

// Takes the content `loaded` from ContentDir (loading it here when not given), prints its
// diagnostics on `err`, reads the settings and last marks, then applies the scripted options.
// Returns false when an option is invalid (message on `err`).
StartupResult StartSession(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                           std::ostream& err, std::optional<LoadedContent> loaded = std::nullopt);

// Whether this run is scripted (screenshot, bench, marks given): then the user's saved marks are
// neither loaded nor overwritten.
bool IsScripted(const cli::GuiOptions& options);

// Saves settings with `layout` (and last marks unless scripted). Errors go to `err`, never fatal.
// Writes the marks and habits to last_marks.json (atomically) when the run is the user's own;
// false with a message on `err` when the write failed.
bool SaveMarks(const ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
               std::ostream& err);

// Saves the marks shortly after they change, so a crash, a kill or a logout loses at most the
// last second: once the session's input has been still for `delay` seconds, it is written.
struct MarksAutosave {
  int saved_revision = -1;  // Session::input_revision on disk
  int seen_revision = -1;   // the revision whose quiet period is being timed
  double changed_at = 0.0;  // session clock seconds when seen_revision appeared
  double delay = 1.0;

  // Call once per frame, after the frame is on screen.
  void Tick(const ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths, std::ostream& err);
  bool Pending(const ui::AppState& state) const { return state.session.input_revision != saved_revision; }
};

void SaveSession(const ui::AppState& state, const std::string& layout, const cli::GuiOptions& options,
                 const SessionPaths& paths, std::ostream& err);

}  // namespace knotmap::app
