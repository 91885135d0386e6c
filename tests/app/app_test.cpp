// The app layer without a window: XDG path rules, atomic writes, scripted-run detection, the
// settings file (TOML, with the migration from the old INI), and start-up with saved files.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

#include "app/paths.hpp"
#include "app/settings_file.hpp"
#include "app/startup.hpp"
#include "cli/gui_options.hpp"
#include "io/progress_store.hpp"
#include "test_support.hpp"

namespace app = knotmap::app;
namespace ui = knotmap::ui;
namespace fs = std::filesystem;

namespace {

// Sets an environment variable for one scope and puts the old value back.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> old;
  ScopedEnv(std::string n, const char* value) : name(std::move(n)) {
    if (const char* v = std::getenv(name.c_str())) old = v;
    if (value != nullptr) {
      setenv(name.c_str(), value, 1);
    } else {
      unsetenv(name.c_str());
    }
  }
  ~ScopedEnv() {
    if (old) {
      setenv(name.c_str(), old->c_str(), 1);
    } else {
      unsetenv(name.c_str());
    }
  }
};

}  // namespace

TEST_CASE("XDG folders: override, absolute XDG variable, HOME fallback, relative values ignored", "[app][paths]") {
  ScopedEnv home("HOME", "/home/someone");
  {
    ScopedEnv xdg("XDG_CONFIG_HOME", "/etc/xdg-test");
    CHECK(app::ConfigDir(std::nullopt) == fs::path("/etc/xdg-test/knotmap"));
    CHECK(app::ConfigDir(std::string("/tmp/here")) == fs::path("/tmp/here"));
  }
  {
    ScopedEnv xdg("XDG_CONFIG_HOME", "relative/dir");
    CHECK(app::ConfigDir(std::nullopt) == fs::path("/home/someone/.config/knotmap"));
  }
  {
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    CHECK(app::DataDir(std::nullopt) == fs::path("/home/someone/.local/share/knotmap"));
  }
  {
    ScopedEnv xdg("XDG_DATA_HOME", nullptr);
    ScopedEnv no_home("HOME", nullptr);
    CHECK(app::DataDir(std::nullopt).empty());
    std::string error;
    CHECK_FALSE(app::EnsureDirectory(app::DataDir(std::nullopt), error));
    CHECK(error.find("HOME") != std::string::npos);
  }
}

TEST_CASE("atomic writes replace the whole file and leave no temporary behind", "[app][paths]") {
  knotmap::test::TempDir dir;
  const fs::path file = dir.path / "settings.toml";
  std::string error;
  REQUIRE(app::WriteTextFileAtomic(file, "first version\n", error));
  REQUIRE(app::WriteTextFileAtomic(file, "second\n", error));
  std::string read_error;
  CHECK(app::ReadTextFile(file, 1024, read_error) == std::optional<std::string>("second\n"));
  CHECK_FALSE(fs::exists(dir.path / "settings.toml.tmp"));
  // A folder that does not exist: an error with the file name, the old file untouched.
  CHECK_FALSE(app::WriteTextFileAtomic(dir.path / "missing" / "x.toml", "x", error));
  CHECK(error.find("missing") != std::string::npos);
  CHECK_FALSE(app::ReadTextFile(dir.path / "nothing-here", 1024, read_error).has_value());
  CHECK(read_error.empty());  // missing is not an error
}

TEST_CASE("a FIFO, a directory or a huge file where settings or marks live is named, never waited on",
          "[app][paths]") {
  knotmap::test::TempDir dir;
  const fs::path fifo = dir.path / "settings.toml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string error;
  CHECK_FALSE(app::ReadTextFile(fifo, 1024, error).has_value());  // returns at once
  CHECK(error.find("FIFO") != std::string::npos);
  error.clear();
  CHECK_FALSE(app::ReadTextFile(dir.path, 1024, error).has_value());
  CHECK(error.find("directory") != std::string::npos);
  const fs::path big = dir.path / "last_marks.json";
  std::string error2;
  REQUIRE(app::WriteTextFileAtomic(big, std::string(4096, 'x'), error2));
  error.clear();
  CHECK_FALSE(app::ReadTextFile(big, 1024, error).has_value());
  CHECK_FALSE(error.empty());
}

TEST_CASE("screenshots, benches, marks and habits on the command line make a scripted run", "[app][startup]") {
  knotmap::cli::GuiOptions o;
  CHECK_FALSE(app::IsScripted(o));
  o.log_events = true;
  o.panel = "guidance";
  CHECK_FALSE(app::IsScripted(o));
  for (int k = 0; k < 4; ++k) {
    knotmap::cli::GuiOptions s;
    if (k == 0) s.screenshot = "x.png";
    if (k == 1) s.bench_frames = 10;
    if (k == 2) s.marks = {"back:545,470"};
    if (k == 3) s.habits = {"desk_work"};
    CHECK(app::IsScripted(s));
  }
}

TEST_CASE("settings round-trip through TOML; bad values keep defaults; the old INI migrates", "[app][settings]") {
  app::SettingsFile f;
  f.settings.theme = ui::ThemeKind::Dark;
  f.settings.ui_scale = 1.25f;
  f.settings.layers.landmarks = true;
  f.settings.layers.deep_muscles = true;  // not the default, so the round trip shows
  f.settings.layers.skeleton = false;
  f.settings.welcome_seen = true;
  f.settings.side_panel_width = 420.0f;
  f.settings.view_mode = ui::ViewMode::Back;
  f.layout = "[Window][Debug##Default]\nPos=60,60\n";
  const std::string text = app::SettingsToToml(f);
  CHECK(text.find("skeleton = false") != std::string::npos);
  std::string error;
  const app::SettingsFile back = app::SettingsFromToml(text, error);
  CHECK(error.empty());
  CHECK(back.settings == f.settings);
  CHECK(back.layout == f.layout);

  const app::SettingsFile odd = app::SettingsFromToml("ui_scale = \"banana\"\ntheme = 3\nunknown = 1\n", error);
  CHECK(odd.settings == ui::Settings{});

  error.clear();
  const app::SettingsFile broken = app::SettingsFromToml("theme = = dark", error);
  CHECK(error.find("line 1") != std::string::npos);
  CHECK(broken.settings == ui::Settings{});

  const ui::Settings old = app::SettingsFromIni(
      "# Knotmap settings\ntheme = dark\nui_scale = 1.5\nlayer.landmarks = 1\nlayer.zones = 0\nlayer.skeleton = 0\n"
      "view_mode = front\nwelcome_seen = 1\ngarbage\n");
  CHECK(old.theme == ui::ThemeKind::Dark);
  CHECK(old.ui_scale == Approx(1.5f));
  CHECK(old.layers.landmarks);
  CHECK_FALSE(old.layers.zones);
  CHECK_FALSE(old.layers.skeleton);
  CHECK(old.view_mode == ui::ViewMode::Front);
  CHECK(old.welcome_seen);
}

TEST_CASE("start-up migrates the old settings and marks files once and saves the new ones", "[app][startup]") {
  knotmap::test::TempDir config, data;
  {
    std::ofstream(config.path / "settings.ini") << "theme = dark\nwelcome_seen = 1\n";
    std::ofstream(data.path / "last_marks.txt") << "spot back 7 30 545.5,1010.25\n";
  }
  knotmap::cli::GuiOptions o;
  o.config_dir = config.path.string();
  o.data_dir = data.path.string();
  std::ostringstream err;
  const app::SessionPaths paths = app::PrepareSession(o, err);
  ui::AppState state;
  const app::StartupResult r = app::StartSession(state, o, paths, err);
  REQUIRE(r.ok);
  CHECK(state.settings.theme == ui::ThemeKind::Dark);
  CHECK_FALSE(state.ui.show_welcome);
  REQUIRE(state.session.marks.size() == 1u);
  CHECK(state.session.marks.front().mark.intensity == 7);
  CHECK_FALSE(state.session.findings.candidates.empty());

  app::SaveSession(state, "[Window][Knotmap##host]\n", o, paths, err);
  std::string read_error;
  const auto marks = app::ReadTextFile(data.path / "last_marks.json", 1 << 20, read_error);
  REQUIRE(marks);
  const nlohmann::json doc = nlohmann::json::parse(*marks);
  CHECK(doc["marks"][0]["points"][0][1].get<double>() == Approx(1010.25));
  const auto settings = app::ReadTextFile(config.path / "settings.toml", 1 << 20, read_error);
  REQUIRE(settings);
  std::string error;
  CHECK(app::SettingsFromToml(*settings, error).layout == "[Window][Knotmap##host]\n");
  CHECK(err.str().empty());
}

TEST_CASE("a malformed --mark is refused with the strict parser's message", "[app][startup]") {
  knotmap::test::TempDir config, data;
  knotmap::cli::GuiOptions o;
  o.config_dir = config.path.string();
  o.data_dir = data.path.string();
  o.marks = {"back:1e3,470"};
  std::ostringstream err;
  const app::SessionPaths paths = app::PrepareSession(o, err);
  ui::AppState state;
  CHECK_FALSE(app::StartSession(state, o, paths, err).ok);
  CHECK(err.str().find("--mark 'back:1e3,470'") != std::string::npos);
  CHECK(err.str().find("two finite decimal numbers") != std::string::npos);
}

TEST_CASE("gui --heat-map turns on the History tab's heat map for the days asked for", "[app][startup]") {
  knotmap::test::TempDir config, data;
  knotmap::cli::GuiOptions o;
  o.config_dir = config.path.string();
  o.data_dir = data.path.string();
  o.heat_map = "2026-11-20..2026-11-23";
  REQUIRE(knotmap::cli::CheckGuiOptions(o, std::nullopt).empty());
  std::ostringstream err;
  const app::SessionPaths paths = app::PrepareSession(o, err);
  ui::AppState state;
  REQUIRE(app::StartSession(state, o, paths, err).ok);
  CHECK(state.ui.history.heat_map);
  CHECK(state.ui.history.heat_to_day - state.ui.history.heat_from_day == 3);
  CHECK(state.ui.history.heat_from_day == knotmap::io::LocalDayNumber(static_cast<std::time_t>(o.heat_from)));

  ui::AppState every;
  o.heat_map = "all";
  o.heat_from = o.heat_to = 0;
  REQUIRE(app::StartSession(every, o, paths, err).ok);
  CHECK(every.ui.history.heat_map);
  CHECK(every.ui.history.heat_from_day == 0);  // 0: every day
  CHECK(every.ui.history.heat_to_day == 0);
}

TEST_CASE("a window layout that starts with a line break survives a save", "[app][settings]") {
  app::SettingsFile f;
  f.layout = "\nCollapsed=0\n";  // TOML drops a newline just after opening triple quotes
  std::string error;
  const app::SettingsFile back = app::SettingsFromToml(app::SettingsToToml(f), error);
  INFO(app::SettingsToToml(f));
  CHECK(error.empty());
  CHECK(back.layout == f.layout);
}
