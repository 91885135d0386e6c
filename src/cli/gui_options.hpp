// Options of `knotmap gui`: parsed by the CLI layer, consumed by the app layer's window loop.
// Kept free of GLFW/GL so the CLI and its tests do not depend on a window system.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace knotmap::cli {

// Caps for the window and the screenshot (a 16384 x 16384 frame takes minutes and gigabytes in a
// software renderer): each side from 64 to 8192 pixels, at most 7680 x 4320 pixels in all.
inline constexpr int kMinWindowSide = 64;
inline constexpr int kMaxWindowSide = 8192;
inline constexpr long long kMaxWindowPixels = 7680LL * 4320LL;

struct WindowSize {
  int width = 1600;
  int height = 1000;
};

struct GuiOptions {
  std::string model_dir;                 // content directory (assets/model); empty: the default
  std::optional<std::string> screenshot; // write the window's pixels to this PNG, then exit
  int frames = 4;                        // frames to render before a screenshot
  std::optional<WindowSize> size;        // initial window size in screen pixels
  std::optional<int> bench_frames;       // run N frames, print timing statistics, exit
  std::optional<std::string> show_muscle;  // open with this muscle's page and pattern shown
  std::vector<std::string> marks;        // scripted pain marks, "back:X,Y" in atlas units
  std::vector<std::string> habits;       // scripted habit ids ticked at start
  std::optional<std::string> panel;      // panel to bring to front: findings|guidance|muscles|habits|learn|history
  std::optional<std::string> learn;      // open learn mode: which_muscle|where_refer|where_trigger|progress
  std::optional<std::string> learn_region;  // learn mode region filter (a region id, or "mixed")
  std::optional<unsigned> seed;           // seed for learn mode's choices (reproducible screenshots)
  bool start_timer = false;              // start the first guidance timer (for screenshots)
  std::optional<std::string> ball_session;  // start the guided ball session: long|short
  bool flags_ruled_out = false;          // the marks' urgent red flags answered "none apply"
  std::optional<std::string> heat_map;   // the journal's heat map on the atlas: "all" or "FROM..TO" (dates)
  std::int64_t heat_from = 0, heat_to = 0;  // set by CheckGuiOptions: the days' bounds, unix seconds (0: all)
  std::optional<std::string> focus;      // open this view centred on VIEW:X,Y (atlas units)
  float zoom = 3.0f;                     // with focus: magnification over the fit size
  bool log_events = false;               // print one line per user-visible event on stdout
  std::optional<std::string> state_dump; // write a JSON dump of the UI state here on exit
  std::optional<std::string> config_dir; // override $XDG_CONFIG_HOME/knotmap (tests)
  std::optional<std::string> data_dir;   // override $XDG_DATA_HOME/knotmap (tests)
};

// "WIDTHxHEIGHT" within the caps above; nullopt and `error` (what was expected) otherwise.
std::optional<WindowSize> ParseWindowSize(std::string_view text, std::string& error);

// The checks CLI11 cannot make, without reading any file: every --mark parses with the strict
// mark-spec parser (the one `query` uses) and there are at most session::kMaxMarks of them,
// --learn-region comes with --learn, --size within the caps, --heat-map is "all" or two dates in
// order (it sets heat_from and heat_to), --focus is VIEW:X,Y and --zoom comes with it. Returns an empty string when the options are usable, else
// the message.
std::string CheckGuiOptions(GuiOptions& options, const std::optional<std::string>& size_text);

}  // namespace knotmap::cli
