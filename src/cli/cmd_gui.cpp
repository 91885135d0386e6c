// `knotmap gui` (the default): the window's options, checked with the same rules and exit codes as
// the other subcommands (strict numbers and mark specs, options that need each other, size caps).
#include <charconv>
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "io/time_text.hpp"
#include "model/mark_spec.hpp"
#include "session/session.hpp"

namespace knotmap::cli {

std::optional<WindowSize> ParseWindowSize(std::string_view text, std::string& error) {
  const std::string expected = "expected WIDTHxHEIGHT in pixels, each from " +
                               std::to_string(kMinWindowSide) + " to " + std::to_string(kMaxWindowSide) +
                               " and at most 7680x4320 in all";
  const auto x = text.find('x');
  WindowSize size;
  auto whole = [](std::string_view s, int& out) {
    if (s.empty() || s.size() > 5 || s.front() == '+' || s.front() == '-') return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && ptr == s.data() + s.size();
  };
  if (x == std::string_view::npos || !whole(text.substr(0, x), size.width) ||
      !whole(text.substr(x + 1), size.height)) {
    error = expected + ", got '" + std::string(text.substr(0, 40)) + "'";
    return std::nullopt;
  }
  if (size.width < kMinWindowSide || size.height < kMinWindowSide || size.width > kMaxWindowSide ||
      size.height > kMaxWindowSide ||
      static_cast<long long>(size.width) * size.height > kMaxWindowPixels) {
    error = expected + ", got " + std::to_string(size.width) + "x" + std::to_string(size.height);
    return std::nullopt;
  }
  return size;
}

std::string CheckGuiOptions(GuiOptions& o, const std::optional<std::string>& size_text) {
  if (o.marks.size() > session::kMaxMarks) {
    return "--mark: at most " + std::to_string(session::kMaxMarks) + " marks per session, got " +
           std::to_string(o.marks.size());
  }
  for (const std::string& spec : o.marks) {
    const auto mark = model::ParseMarkSpec(spec);
    if (const auto* e = std::get_if<model::ParseError>(&mark)) return "--mark: " + e->message;
  }
  if (o.learn_region && !o.learn) {
    return "--learn-region needs --learn (which_muscle, where_refer, where_trigger or progress)";
  }
  if (o.focus) {
    const auto focus = model::ParseMarkSpec(*o.focus);
    if (const auto* e = std::get_if<model::ParseError>(&focus)) return "--focus: " + e->message;
  }
  if (o.zoom != 3.0f && !o.focus) return "--zoom needs --focus VIEW:X,Y (the point to magnify around)";
  if (size_text) {
    std::string error;
    const auto size = ParseWindowSize(*size_text, error);
    if (!size) return "--size: " + error;
    o.size = size;
  }
  if (o.heat_map && *o.heat_map != "all") {
    const std::string& text = *o.heat_map;
    const auto dots = text.find("..");
    if (dots == std::string::npos) return "--heat-map: expected 'all' or FROM..TO (dates, e.g. 2026-11-01..2026-11-30)";
    std::string error;
    const auto from = io::ParseIsoTime(std::string_view(text).substr(0, dots), error, io::DayEnd::Start);
    if (!from) return "--heat-map: FROM: " + error;
    const auto to = io::ParseIsoTime(std::string_view(text).substr(dots + 2), error, io::DayEnd::End);
    if (!to) return "--heat-map: TO: " + error;
    if (*to < *from) return "--heat-map: FROM must not come after TO";
    o.heat_from = *from;
    o.heat_to = *to;
  }
  return {};
}

GuiCommand AddGui(CLI::App& app) {
  GuiCommand g;
  g.args = std::make_shared<GuiArgs>();
  GuiOptions& o = g.args->options;
  CLI::App* gui = app.add_subcommand("gui", "Open the body map window (the default)");
  g.sub = gui;
  gui->add_option("--model", o.model_dir, "Content directory (default: the shipped assets/model)")
      ->check(NotEmpty());
  gui->add_option("--screenshot", o.screenshot, "Render, write the window to this PNG and exit")
      ->check(NotEmpty());
  gui->add_option("--frames", o.frames, "Frames to render before the screenshot")
      ->check(WholeNumberIn(1, 10000));
  gui->add_option("--size", g.args->size_text, "Window size in pixels, WxH (e.g. 1600x1000)");
  gui->add_option("--bench-frames", o.bench_frames, "Run N frames, print timing figures, exit")
      ->check(WholeNumberIn(1, 1000000));
  gui->add_option("--show-muscle", o.show_muscle, "Open with this muscle's page and pattern shown")
      ->check(NotEmpty());
  gui->add_option("--mark", o.marks, "Drop a pain mark, VIEW:X,Y in atlas units (repeatable)");
  gui->add_option("--habit", o.habits, "Tick a habit or a body-wide cause by id (repeatable)");
  gui->add_option("--heat-map", o.heat_map,
                  "Show the journal's marks as a heat map on the atlas: all, or FROM..TO (dates, inclusive)")
      ->check(NotEmpty());
  gui->add_option("--panel", o.panel, "Panel to show: findings, guidance, muscles, habits, learn, history")
      ->check(CLI::IsMember({"findings", "guidance", "muscles", "habits", "learn", "history"}));
  gui->add_flag("--start-timer", o.start_timer, "Start the first guidance timer");
  gui->add_option("--ball-session", o.ball_session, "Start the guided ball session: long (rest) or short (holds)")
      ->check(CLI::IsMember({"long", "short"}));
  gui->add_flag("--flags-ruled-out", o.flags_ruled_out,
                "Start as if \"None of these apply\" was answered for the marks' urgent red flags");
  gui->add_option("--learn", o.learn, "Open learn mode on an exercise or the progress view")
      ->check(CLI::IsMember({"which_muscle", "where_refer", "where_trigger", "progress"}));
  gui->add_option("--learn-region", o.learn_region, "Learn mode region (a region id, or mixed)")
      ->check(NotEmpty());
  gui->add_option("--seed", o.seed, "Seed for learn mode's question order (reproducible runs)")
      ->check(WholeNumberIn(0, 4294967295LL));
  gui->add_option("--focus", o.focus, "Open this view centred on VIEW:X,Y in atlas units (with --zoom)");
  gui->add_option("--zoom", o.zoom, "With --focus: magnify this many times the fit size (1 to 24, default 3)")
      ->check(NumberIn(1.0, 24.0));
  gui->add_flag("--log-events", o.log_events, "Print one line per user-visible event");
  gui->add_option("--state-dump", o.state_dump, "Write the UI state as JSON to this file on exit")
      ->check(NotEmpty());
  gui->add_option("--config-dir", o.config_dir, "Settings folder (default $XDG_CONFIG_HOME/knotmap)")
      ->check(NotEmpty());
  gui->add_option("--data-dir", o.data_dir, "Data folder (default $XDG_DATA_HOME/knotmap)")
      ->check(NotEmpty());
  return g;
}

int PrepareGui(GuiArgs& args, Streams s) {
  GuiOptions& o = args.options;
  const std::string problem = CheckGuiOptions(o, args.size_text);
  if (!problem.empty()) {
    s.err << "knotmap gui: " << problem << "\n";
    return 2;
  }
  if (o.marks.empty()) return 0;
  // Marks outside the body are refused as `query` refuses them, against the atlas alone (the
  // whole content then loads beside the window system's start). When it does not load, the
  // window shows the load report instead (and a screenshot run exits 1), so nothing is checked.
  const auto path = o.model_dir.empty() ? io::DefaultContentDir() : std::filesystem::path(o.model_dir);
  const io::LoadResult loaded = io::LoadAtlas(path);
  if (!loaded.model) return 0;
  for (const std::string& spec : o.marks) {
    const auto mark = std::get<model::MarkSpec>(model::ParseMarkSpec(spec));
    if (!loaded.model->InsideBody(mark.view, mark.at)) {
      s.err << "knotmap gui: --mark " << spec << ": " << OutsideBody(*loaded.model, mark.view, mark.at)
            << "\n";
      return 2;
    }
  }
  return 0;
}

}  // namespace knotmap::cli
