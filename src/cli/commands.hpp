// Registration of the subcommands (one file each). Each Add* function adds its subcommand to the
// CLI11 app and returns the action to run when that subcommand was chosen.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/gui_options.hpp"

namespace knotmap::cli {

struct Streams {
  std::ostream& out;
  std::ostream& err;
};

// An action returns the process exit status.
using Action = std::function<int(Streams)>;

struct Command {
  CLI::App* sub = nullptr;
  Action run;
};

// `gui`: its options live until the window is opened; PrepareGui checks them (exit status 0 or 2).
struct GuiArgs {
  GuiOptions options;
  std::optional<std::string> size_text;
};
struct GuiCommand {
  CLI::App* sub = nullptr;
  std::shared_ptr<GuiArgs> args;
};
GuiCommand AddGui(CLI::App& app);
int PrepareGui(GuiArgs& args, Streams s);

Command AddQuery(CLI::App& app);
Command AddLandmarks(CLI::App& app);
Command AddMuscles(CLI::App& app);
Command AddMuscle(CLI::App& app);
Command AddValidate(CLI::App& app);
Command AddRender(CLI::App& app);
Command AddCoverage(CLI::App& app);
Command AddReport(CLI::App& app);
Command AddJournal(CLI::App& app);
Command AddJournalExport(CLI::App& journal);  // `journal export`, added by AddJournal

}  // namespace knotmap::cli
