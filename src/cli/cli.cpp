// Top-level command line: global flags, dispatch to the subcommands, and the one place where the
// output reaches standard output, so a failed write (full disk, closed pipe) exits 1 with the reason.
#include "cli/cli.hpp"

#include <cerrno>
#include <cstring>
#include <ostream>
#include <sstream>
#include <vector>

#include "cli/commands.hpp"

namespace knotmap::cli {
namespace {

// Writes the buffered output of a subcommand and checks the write and the flush.
int Emit(const std::string& text, int status, std::ostream& out, std::ostream& err) {
  errno = 0;
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (out) return status;
  const int e = errno;
  err << "knotmap: cannot write to standard output: "
      << (e != 0 ? std::strerror(e) : "the output was closed or is full") << "\n";
  return status == 0 ? 1 : status;
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

  const GuiCommand gui = AddGui(app);
  std::vector<Command> commands{AddQuery(app), AddLandmarks(app), AddMuscles(app),
                                AddMuscle(app),   AddValidate(app),  AddRender(app),
                                AddCoverage(app), AddReport(app), AddJournal(app)};

  // Subcommands write into a buffer; Emit passes it on and checks that it arrived.
  std::ostringstream buffer;
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    const int status = app.exit(e, buffer, err);
    return Emit(buffer.str(), status, out, err);
  } catch (const CLI::ParseError& e) {
    err << "knotmap: " << e.what() << "\nRun 'knotmap --help' for usage.\n";
    return 2;
  }

  for (const Command& c : commands) {
    if (!c.sub->parsed()) continue;
    const int status = c.run(Streams{buffer, err});
    return Emit(buffer.str(), status, out, err);
  }
  if (const int status = PrepareGui(*gui.args, Streams{out, err}); status != 0) return status;
  // The window writes its event lines itself; a failure there is still reported here.
  return Emit({}, launch_gui(gui.args->options), out, err);
}

}  // namespace knotmap::cli
