// Session start and end: content loading, scripted options, persistence in the XDG folders.
#include "app/session.hpp"

#include <algorithm>
#include <ostream>

#include "app/paths.hpp"
#include "io/model_loader.hpp"
#include "ui/persist.hpp"

namespace knotmap::app {

bool IsScripted(const cli::GuiOptions& o) {
  return o.screenshot.has_value() || o.bench_frames.has_value() || !o.marks.empty() ||
         !o.habits.empty();
}

SessionPaths PrepareSession(const cli::GuiOptions& options, std::ostream& err) {
  SessionPaths p;
  std::string error;
  p.config_dir = ConfigDir(options.config_dir);
  if (EnsureDirectory(p.config_dir, error)) {
    p.ini_file = (p.config_dir / "layout.ini").string();
    p.settings_file = p.config_dir / "settings.ini";
  } else {
    err << "knotmap: settings will not be saved: " << error << "\n";
    p.config_dir.clear();
  }
  p.data_dir = DataDir(options.data_dir);
  if (EnsureDirectory(p.data_dir, error)) {
    p.marks_file = p.data_dir / "last_marks.txt";
  } else {
    err << "knotmap: marks will not be saved: " << error << "\n";
    p.data_dir.clear();
  }
  return p;
}

bool StartSession(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                  std::ostream& err) {
  const std::filesystem::path dir =
      options.model_dir.empty() ? io::DefaultContentDir() : std::filesystem::path(options.model_dir);
  state.content_dir = dir.string();
  io::LoadResult loaded = io::LoadModel(dir);
  state.diagnostics = loaded.diagnostics;
  for (const io::Diagnostic& d : loaded.diagnostics) err << io::Format(d) << "\n";
  if (loaded.model) ui::SetModel(state, std::move(*loaded.model));

  if (!paths.settings_file.empty()) {
    if (auto text = ReadTextFile(paths.settings_file)) ui::ApplySettings(*text, state);
  }
  if (!IsScripted(options) && !paths.marks_file.empty() && state.model) {
    if (auto text = ReadTextFile(paths.marks_file)) ui::ApplyMarks(*text, state);
  }
  state.log_events = options.log_events;
  // Scripted and first runs: the welcome appears once for real users, never over a screenshot.
  state.show_welcome = !state.welcome_seen && !options.screenshot && !options.bench_frames;

  if (!state.model) return true;  // the window shows the load errors
  const model::Model& m = *state.model;
  for (const std::string& spec : options.marks) {
    auto mark = ui::ParseMarkSpec(spec);
    if (!mark) {
      err << "knotmap: --mark expects VIEW:X,Y (e.g. back:545,470), got '" << spec << "'\n";
      return false;
    }
    state.Queue(ui::action::AddMark{*mark});
  }
  for (const std::string& id : options.habits) {
    if (m.FindHabit(id) == nullptr) {
      err << "knotmap: unknown habit '" << id << "' (see the Habits tab for the list)\n";
      return false;
    }
    state.Queue(ui::action::SetHabit{id, true});
  }
  if (options.show_muscle) {
    const int index = m.MuscleIndex(*options.show_muscle);
    if (index < 0) {
      err << "knotmap: unknown muscle '" << *options.show_muscle << "' (try 'knotmap muscles')\n";
      return false;
    }
    state.Queue(ui::action::OpenMuscle{index});
  }
  if (options.panel) {
    if (auto panel = ui::ParsePanel(*options.panel)) state.Queue(ui::action::ShowPanel{*panel});
  }
  ui::ApplyActions(state);
  // Scripted marks are not the user's own: do not leave them in the undo history.
  state.undo_stack.clear();
  if (options.start_timer) {
    for (int i = 0; i < static_cast<int>(state.plan.steps.size()); ++i) {
      if (ui::IsTimed(state.plan.steps[i])) {
        ui::ResetTimer(state.timer, i);
        state.timer.running = state.plan.steps[i].method == model::DoseMethod::Hold;
        state.scroll_to_timer = true;
        state.panel = ui::Panel::Guidance;
        state.panel_request = true;
        break;
      }
    }
  }
  return true;
}

void SaveSession(const ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                 std::ostream& err) {
  std::string error;
  if (!paths.settings_file.empty() && !options.screenshot && !options.bench_frames) {
    if (!WriteTextFileAtomic(paths.settings_file, ui::SerializeSettings(state), error)) {
      err << "knotmap: " << error << "\n";
    }
  }
  if (!paths.marks_file.empty() && !IsScripted(options) && state.model) {
    if (!WriteTextFileAtomic(paths.marks_file, ui::SerializeMarks(state), error)) {
      err << "knotmap: " << error << "\n";
    }
  }
}

}  // namespace knotmap::app
