// Session start and end: content loading, the clock and store wired into the session, scripted
// options, persistence in the XDG folders (settings.toml, last_marks.json; older files migrated).
#include "app/startup.hpp"

#include <ctime>
#include <memory>
#include <ostream>

#include "app/paths.hpp"
#include "app/settings_file.hpp"
#include "app/wiring.hpp"
#include "io/model_loader.hpp"
#include "io/progress_store.hpp"
#include "model/mark_spec.hpp"
#include "session/text_formats.hpp"

namespace knotmap::app {

bool IsScripted(const cli::GuiOptions& o) {
  return o.screenshot.has_value() || o.bench_frames.has_value() || !o.marks.empty() || !o.habits.empty();
}

constexpr const char* kSecondInstanceMessage =
    "another Knotmap window is using this data folder: this one shows your saved marks but saves "
    "nothing (no marks, settings or learning progress) until you close the other";

SessionPaths PrepareSession(const cli::GuiOptions& options, std::ostream& err) {
  SessionPaths p;
  std::string error;
  p.config_dir = ConfigDir(options.config_dir);
  if (EnsureDirectory(p.config_dir, error)) {
    p.settings_file = p.config_dir / "settings.toml";
  } else {
    err << "knotmap: settings will not be saved: " << error << "\n";
    p.config_dir.clear();
  }
  p.data_dir = DataDir(options.data_dir);
  if (EnsureDirectory(p.data_dir, error)) {
    p.marks_file = p.data_dir / "last_marks.json";
  } else {
    err << "knotmap: marks will not be saved: " << error << "\n";
    p.data_dir.clear();
  }
  if (!p.data_dir.empty() && !IsScripted(options)) {
    std::unique_ptr<InstanceLock> lock;
    switch (InstanceLock::TryAcquire(p.data_dir, lock, error)) {
      case InstanceLock::Outcome::Acquired: p.lock = std::move(lock); break;
      case InstanceLock::Outcome::Busy:
        p.read_only = true;
        err << "knotmap: " << kSecondInstanceMessage << " (" << p.data_dir.string() << ")\n";
        break;
      case InstanceLock::Outcome::Failed: err << "knotmap: note: " << error << "\n"; break;
    }
  }
  return p;
}

namespace {

// Budgets for the small files Knotmap keeps: far above any real one, small enough to read at once.
constexpr std::uintmax_t kMaxSettingsBytes = 1u << 20;  // settings.toml with the window layout
constexpr std::uintmax_t kMaxMarksBytes = 4u << 20;     // last_marks.json

// Reads a small file; a file that is there but unusable (a FIFO, a directory, too large) is
// reported and treated as absent.
std::optional<std::string> ReadSmallFile(const std::filesystem::path& file, std::uintmax_t max_bytes,
                                         std::ostream& err) {
  std::string error;
  auto text = ReadTextFile(file, max_bytes, error);
  if (!error.empty()) err << "knotmap: " << error << "; not used\n";
  return text;
}

// settings.toml, or once the older settings.ini and layout.ini beside it.
SettingsFile LoadSettings(const SessionPaths& paths, std::ostream& err) {
  if (paths.settings_file.empty()) return {};
  if (auto text = ReadSmallFile(paths.settings_file, kMaxSettingsBytes, err)) {
    std::string error;
    SettingsFile file = SettingsFromToml(*text, error);
    if (!error.empty()) err << "knotmap: " << paths.settings_file.string() << ": " << error << "; using defaults\n";
    return file;
  }
  SettingsFile file;
  if (auto text = ReadSmallFile(paths.config_dir / "settings.ini", kMaxSettingsBytes, err)) {
    file.settings = SettingsFromIni(*text);
  }
  if (auto text = ReadSmallFile(paths.config_dir / "layout.ini", kMaxSettingsBytes, err)) file.layout = *text;
  return file;
}

// last_marks.json, or once the older last_marks.txt beside it.
void LoadMarks(session::Session& s, const SessionPaths& paths, std::ostream& err) {
  if (paths.marks_file.empty() || !s.model) return;
  if (auto text = ReadSmallFile(paths.marks_file, kMaxMarksBytes, err)) {
    std::string error;
    if (auto saved = session::MarksFromJson(*text, error)) {
      session::RestoreMarks(s, std::move(saved->marks), saved->habits, std::move(saved->press_tests));
    } else {
      err << "knotmap: " << paths.marks_file.string() << ": " << error << "; starting without marks\n";
    }
    return;
  }
  if (auto text = ReadSmallFile(paths.data_dir / "last_marks.txt", kMaxMarksBytes, err)) {
    session::SavedMarks saved = session::MarksFromLegacyText(*text);
    session::RestoreMarks(s, std::move(saved.marks), saved.habits);
  }
}

// Learn mode: progress in the data folder's store (in memory for scripted runs without an explicit
// --data-dir, or when there is no data folder), then --learn / --learn-region / --seed.
bool StartLearnMode(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                    std::ostream& err) {
  const bool keep = !paths.data_dir.empty() && !paths.read_only &&
                    (!IsScripted(options) || options.data_dir.has_value());
  const std::filesystem::path file = paths.data_dir / io::kStoreFileName;
  // A second window reads what the first keeps, and writes nothing (the first holds the folder).
  const bool second_window = paths.read_only && !paths.data_dir.empty();
  auto store = std::make_shared<io::ProgressStore>(keep            ? io::ProgressStore::Open(file)
                                                   : second_window ? io::ProgressStore::OpenReadOnly(file)
                                                                   : io::ProgressStore::InMemory());
  std::string not_saved;
  if (second_window) {
    not_saved = "another Knotmap window is using your data folder. This window shows the journal as it was when "
                "it opened; save in the other window.";
  } else if (paths.data_dir.empty() && !IsScripted(options)) {
    not_saved = "there is no data folder to keep it in (set HOME or XDG_DATA_HOME, or use --data-dir).";
  }
  for (const std::string& m : store->Messages()) err << "knotmap: " << m << "\n";
  const std::uint64_t seed = options.seed ? *options.seed : static_cast<std::uint64_t>(std::time(nullptr));
  state.session.learn.seed = seed;
  if (!paths.read_only) state.export_journal = JournalExporter(state.session, store, paths.data_dir);
  AttachStore(state.session, std::move(store), std::move(not_saved));
  if (!options.learn) return true;
  const auto mode = session::ParseLearnMode(*options.learn);
  if (!mode) {
    err << "knotmap: --learn expects which_muscle, where_refer, where_trigger or progress, got '" << *options.learn
        << "'\n";
    return false;
  }
  const std::string region = options.learn_region.value_or(std::string(model::kMixedRegion));
  if (!ui::StartLearn(state, *mode, region, seed)) {
    err << "knotmap: unknown region '" << region << "' (use 'mixed' or a region id from regions.toml)\n";
    return false;
  }
  return true;
}

// --mark, --habit, --show-muscle, --panel: queued like the user's own actions.
bool QueueScriptedOptions(ui::AppState& state, const cli::GuiOptions& options, std::ostream& err) {
  const model::Model& m = *state.session.model;
  for (const std::string& spec : options.marks) {
    auto mark = session::SpotFromSpec(spec);
    if (auto* e = std::get_if<model::ParseError>(&mark)) {
      err << "knotmap: --mark '" << spec << "': " << e->message << "\n";
      return false;
    }
    state.Queue(ui::action::AddMark{std::get<model::PainMark>(mark)});
  }
  for (const std::string& id : options.habits) {
    if (m.FindCause(id) != nullptr) {
      state.Queue(ui::action::SetCause{id, true});
      continue;
    }
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
  return true;
}

}  // namespace

std::filesystem::path ContentDir(const cli::GuiOptions& options) {
  return options.model_dir.empty() ? io::DefaultContentDir() : std::filesystem::path(options.model_dir);
}

LoadedContent LoadContent(const std::filesystem::path& dir) {
  LoadedContent c{io::LoadModel(dir), std::nullopt};
  if (c.result.model) {
    c.prepared = ui::PrepareModel(std::move(*c.result.model));
    c.result.model.reset();
  }
  return c;
}

StartupResult StartSession(ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                           std::ostream& err, std::optional<LoadedContent> loaded) {
  StartupResult result;
  state.session.clock = std::make_shared<SystemClock>();
  const std::filesystem::path dir = ContentDir(options);
  state.content_dir = dir.string();
  if (!loaded) loaded = LoadContent(dir);
  state.diagnostics = loaded->result.diagnostics;
  for (const io::Diagnostic& d : loaded->result.diagnostics) err << io::Format(d) << "\n";
  if (loaded->prepared) ui::SetModel(state, std::move(*loaded->prepared));

  SettingsFile settings = LoadSettings(paths, err);
  state.settings = settings.settings;
  result.layout = std::move(settings.layout);
  if (!IsScripted(options)) LoadMarks(state.session, paths, err);
  state.session.log_events = options.log_events;
  // Scripted and first runs: the welcome appears once for real users, never over a screenshot.
  state.ui.show_welcome = !state.settings.welcome_seen && !options.screenshot && !options.bench_frames;

  if (!state.session.model) return result;  // the window shows the load errors
  if (!QueueScriptedOptions(state, options, err) || !StartLearnMode(state, options, paths, err)) {
    result.ok = false;
    return result;
  }
  ui::ApplyActions(state);
  if (options.flags_ruled_out) session::ClearUrgentFlags(state.session);
  if (options.focus) {  // checked by the CLI
    const auto focus = std::get<model::MarkSpec>(model::ParseMarkSpec(*options.focus));
    state.settings.view_mode = focus.view == model::View::Front ? ui::ViewMode::Front : ui::ViewMode::Back;
    ui::Camera& camera = state.ui.cameras[static_cast<int>(focus.view)];
    camera.zoom = 0.0f;
    camera.focus_zoom = options.zoom;
    camera.focus = focus.at;
  }
  if (options.heat_map) {  // checked by the CLI: "all" leaves both days 0
    state.ui.history.heat_map = true;
    if (options.heat_from != 0 || options.heat_to != 0) {
      state.ui.history.heat_from_day = io::LocalDayNumber(static_cast<std::time_t>(options.heat_from));
      state.ui.history.heat_to_day = io::LocalDayNumber(static_cast<std::time_t>(options.heat_to));
    }
  }
  // Scripted marks are not the user's own: do not leave them in the undo history.
  state.session.undo_stack.clear();
  if (options.start_timer) {
    for (int i = 0; i < static_cast<int>(state.session.plan.steps.size()); ++i) {
      if (session::IsTimed(state.session.plan.steps[i])) {
        session::StartTimer(state.session, i);
        state.ui.scroll_to_timer = true;
        state.ui.panel = ui::Panel::Guidance;
        state.ui.panel_request = true;
        break;
      }
    }
  }
  if (options.ball_session) {
    const auto mode = *options.ball_session == "short" ? session::BallMode::ShortHolds : session::BallMode::LongRest;
    state.Queue(ui::action::StartBallSession{mode, 0});
    state.Queue(ui::action::ShowPanel{ui::Panel::Guidance});
    ui::ApplyActions(state);
  }
  state.Log("event=start marks=" + std::to_string(state.session.marks.size()) +
            " habits=" + std::to_string(state.session.habits.size()) +
            " welcome=" + (state.ui.show_welcome ? "1" : "0") + " read_only=" + (paths.read_only ? "1" : "0"));
  if (paths.read_only) {
    state.SetStatus("Another Knotmap window is using your data folder: this one saves nothing.", 60.0);
  }
  return result;
}

bool SaveMarks(const ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
               std::ostream& err) {
  if (paths.marks_file.empty() || paths.read_only || IsScripted(options) || !state.session.model) return true;
  std::string error;
  if (WriteTextFileAtomic(paths.marks_file, session::MarksToJson(state.session), error)) return true;
  err << "knotmap: " << error << "\n";
  return false;
}

void MarksAutosave::Tick(const ui::AppState& state, const cli::GuiOptions& options, const SessionPaths& paths,
                         std::ostream& err) {
  const int revision = state.session.input_revision;
  const double now = state.session.clock->Seconds();
  if (saved_revision < 0) saved_revision = revision;  // what was loaded is on disk already
  if (revision == saved_revision) return;
  if (revision != seen_revision) {
    seen_revision = revision;
    changed_at = now;
    return;
  }
  if (now - changed_at < delay) return;
  // A failed write is reported once per change, and tried again with the next one.
  SaveMarks(state, options, paths, err);
  saved_revision = revision;
}

void SaveSession(const ui::AppState& state, const std::string& layout, const cli::GuiOptions& options,
                 const SessionPaths& paths, std::ostream& err) {
  std::string error;
  if (!paths.settings_file.empty() && !paths.read_only && !options.screenshot && !options.bench_frames) {
    if (!WriteTextFileAtomic(paths.settings_file, SettingsToToml({state.settings, layout}), error)) {
      err << "knotmap: " << error << "\n";
    }
  }
  SaveMarks(state, options, paths, err);
}

}  // namespace knotmap::app
