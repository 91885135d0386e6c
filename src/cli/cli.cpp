// Top-level command line: global flags, the `gui` subcommand and dispatch to the others.
#include "cli/cli.hpp"

#include <ostream>
#include <regex>
#include <vector>

#include "cli/commands.hpp"

namespace knotmap::cli {
namespace {

void AddGui(CLI::App& app, GuiOptions& o, std::string& size_text) {
  CLI::App* gui = app.add_subcommand("gui", "Open the body map window (the default)");
  gui->add_option("--model", o.model_dir, "Content directory (default: the shipped assets/model)");
  gui->add_option("--screenshot", o.screenshot, "Render, write the window to this PNG and exit");
  gui->add_option("--frames", o.frames, "Frames to render before the screenshot")
      ->check(CLI::Range(1, 10000));
  gui->add_option("--size", size_text, "Window size in pixels, WxH (e.g. 1600x1000)");
  gui->add_option("--bench-frames", o.bench_frames, "Run N frames, print timing figures, exit")
      ->check(CLI::Range(1, 1000000));
  gui->add_option("--show-muscle", o.show_muscle, "Open with this muscle's page and pattern shown");
  gui->add_option("--mark", o.marks, "Drop a pain mark, VIEW:X,Y in atlas units (repeatable)");
  gui->add_option("--habit", o.habits, "Tick a habit by id (repeatable)");
  gui->add_option("--panel", o.panel, "Panel to show: findings, guidance, muscles, habits")
      ->check(CLI::IsMember({"findings", "guidance", "muscles", "habits", "learn"}));
  gui->add_flag("--start-timer", o.start_timer, "Start the first guidance timer");
  gui->add_option("--learn", o.learn, "Open learn mode on an exercise or the progress view")
      ->check(CLI::IsMember({"which_muscle", "where_refer", "where_trigger", "progress"}));
  gui->add_option("--learn-region", o.learn_region, "Learn mode region (a region id, or mixed)");
  gui->add_option("--seed", o.seed, "Seed for learn mode's question order (reproducible runs)");
  gui->add_flag("--log-events", o.log_events, "Print one line per user-visible event");
  gui->add_option("--state-dump", o.state_dump, "Write the UI state as JSON to this file on exit");
  gui->add_option("--config-dir", o.config_dir, "Settings folder (default $XDG_CONFIG_HOME/knotmap)");
  gui->add_option("--data-dir", o.data_dir, "Data folder (default $XDG_DATA_HOME/knotmap)");
}

bool ParseSize(const std::string& text, WindowSize& size) {
  static const std::regex pattern(R"(^(\d{2,5})x(\d{2,5})$)");
  std::smatch m;
  if (!std::regex_match(text, m, pattern)) return false;
  size.width = std::stoi(m[1].str());
  size.height = std::stoi(m[2].str());
  return size.width >= 64 && size.height >= 64 && size.width <= 16384 && size.height <= 16384;
}

}  // namespace

int Run(int argc, const char* const* argv, const GuiLauncher& launch_gui, std::ostream& out,
        std::ostream& err) {
  CLI::App app{"Knotmap: click where it hurts and learn which muscle knots refer pain there."};
  app.name("knotmap");
  app.set_version_flag("--version", std::string("knotmap ") + KNOTMAP_VERSION);
  app.footer(
      "With no subcommand Knotmap opens its window. Coordinates are atlas units of a view\n"
      "(see 'knotmap landmarks --json'). Exit status: 0 ok, 1 a failed check, 2 bad usage or input.");
  app.require_subcommand(0, 1);

  GuiOptions gui_options;
  std::string size_text;
  AddGui(app, gui_options, size_text);
  std::vector<Command> commands{AddQuery(app), AddLandmarks(app), AddMuscles(app),
                                AddMuscle(app),   AddValidate(app),  AddRender(app),
                                AddCoverage(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "knotmap: " << e.what() << "\nRun 'knotmap --help' for usage.\n";
    return 2;
  }

  Streams streams{out, err};
  for (const Command& c : commands) {
    if (c.sub->parsed()) return c.run(streams);
  }
  if (!size_text.empty()) {
    WindowSize size;
    if (!ParseSize(size_text, size)) {
      err << "knotmap: --size expects WIDTHxHEIGHT in pixels between 64 and 16384, got '"
          << size_text << "'\n";
      return 2;
    }
    gui_options.size = size;
  }
  return launch_gui(gui_options);
}

}  // namespace knotmap::cli
