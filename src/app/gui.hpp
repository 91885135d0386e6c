// The window: GLFW + OpenGL 3 + Dear ImGui main loop, with the scripted modes used by tests and
// docs (--screenshot, --bench-frames). Returns the process exit status.
#pragma once

#include "app/frame_stats.hpp"
#include "cli/gui_options.hpp"

namespace knotmap::app {

// `process_start` is taken as early as possible in main, for first_frame_ms.
int RunGui(const cli::GuiOptions& options, Clock::time_point process_start = Clock::now());

}  // namespace knotmap::app
