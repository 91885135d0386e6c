// The command-line front end: parses argv with CLI11 and runs a subcommand over model + io.
// The window is opened through a callback so this layer never depends on GLFW or OpenGL.
#pragma once

#include <functional>
#include <iosfwd>

#include "cli/gui_options.hpp"

namespace knotmap::cli {

// Opens the window with the given options and returns the process exit status.
using GuiLauncher = std::function<int(const GuiOptions&)>;

// Runs the command line. No arguments (or `gui`) calls `launch_gui`. Returns the exit status:
// 0 success, 1 a failed check (e.g. validation errors), 2 bad usage or bad input.
int Run(int argc, const char* const* argv, const GuiLauncher& launch_gui, std::ostream& out,
        std::ostream& err);

}  // namespace knotmap::cli
