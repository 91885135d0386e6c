// Session start and end: content loading, scripted options, persistence in the XDG folders.
#include "app/session.hpp"

#include <algorithm>
#include <ctime>
#include <memory>
#include <ostream>

#include "app/paths.hpp"
#include "io/model_loader.hpp"
#include "io/progress_store.hpp"
#include "ui/learn_views.hpp"
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

namespace {

// Learn mode: progress in the data folder's store (in memory for scripted runs without an explicit
// --data-dir, or when there is no data folder), then --learn / --learn-region / --seed.
bool StartLearnMode(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                    std::ostream& err) {
  const bool keep = !paths.data_dir.empty() && (!IsScripted(options) || options.data_dir.has_value());
  auto store = std::make_shared<io::ProgressStore>(
      keep ? io::ProgressStore::Open(paths.data_dir / io::kStoreFileName) : io::ProgressStore::InMemory());
  for (const std::string& m : store->Messages()) err << "knotmap: " << m << "\n";
  state.learn.today = io::LocalDayNumber(std::time(nullptr));
  state.learn.seed = options.seed ? *options.seed : static_cast<std::uint64_t>(std::time(nullptr));
  ui::AttachProgressStore(state, std::move(store));
  if (!options.learn) return true;
  const auto mode = ui::ParseLearnMode(*options.learn);
  if (!mode) {
    err << "knotmap: --learn expects which_muscle, where_refer, where_trigger or progress, got '"
        << *options.learn << "'\n";
    return false;
  }
  const std::string region = options.learn_region.value_or(std::string(model::kMixedRegion));
  if (!ui::StartLearn(state, *mode, region, state.learn.seed)) {
    err << "knotmap: unknown region '" << region << "' (use 'mixed' or a region id from regions.toml)\n";
    return false;
  }
  return true;
}

}  // namespace

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
  if (!StartLearnMode(state, options, paths, err)) return false;
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
  state.Log("event=start marks=" + std::to_string(state.marks.size()) +
            " habits=" + std::to_string(state.habits.size()) + " welcome=" + (state.show_welcome ? "1" : "0"));
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
