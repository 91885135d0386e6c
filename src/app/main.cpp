// Knotmap's entry point: one executable for the window and the command line. The CLI layer
// parses argv and calls back into the app layer to open the window.
#include <iostream>

#include "app/gui.hpp"
#include "cli/cli.hpp"

namespace {
// Taken during static initialisation, before main runs, for --bench-frames' first_frame_ms.
const knotmap::app::Clock::time_point kProcessStart = knotmap::app::Clock::now();
}  // namespace

int main(int argc, char** argv) {
  const auto launch = [](const knotmap::cli::GuiOptions& options) {
    return knotmap::app::RunGui(options, kProcessStart);
  };
  return knotmap::cli::Run(argc, argv, launch, std::cout, std::cerr);
}
