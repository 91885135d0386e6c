// `knotmap journal export`: the plan and history to print or show a therapist, and CSV files.
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "cli/journal_common.hpp"
#include "cli/journal_export.hpp"

namespace knotmap::cli {
namespace {

struct ExportOpts {
  std::string data_dir, model, out;
  std::optional<std::string> from, to;
};

int Export(const ExportOpts& o, Streams s) {
  const auto from = TimeOption(o.from, INT64_MIN, io::DayEnd::Start, "export", "--from", s);
  const auto to = from ? TimeOption(o.to, INT64_MAX, io::DayEnd::End, "export", "--to", s) : std::nullopt;
  if (!from || !to) return 2;
  auto m = LoadOrReport(o.model, s);
  if (!m) return 2;
  auto store = OpenJournal(o.data_dir, false, "export", s);
  if (!store) return 1;
  const ExportResult r = ExportJournal(*m, *store, *from, *to, o.out);
  for (const auto& file : r.written) s.out << "Wrote " << file.string() << "\n";
  if (!r.error.empty()) {
    s.err << "knotmap journal export: " << r.error << "\n";
    return 1;
  }
  s.out << r.entries << " entr" << (r.entries == 1 ? "y" : "ies") << " and " << r.treatments << " treatment"
        << (r.treatments == 1 ? "" : "s") << ".\n";
  return 0;
}

}  // namespace

Command AddJournalExport(CLI::App& journal) {
  auto o = std::make_shared<ExportOpts>();
  CLI::App* sub = journal.add_subcommand("export", "Write the plan (PDF), the map (PNG) and the journal as CSV");
  sub->add_option("--out", o->out, "Folder to write into (created when missing)")->required()->check(NotEmpty());
  sub->add_option("--from", o->from, "First day or time, ISO 8601 (inclusive)");
  sub->add_option("--to", o->to, "Last day or time, ISO 8601 (inclusive)");
  AddDataDirOption(sub, o->data_dir);
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) { return Export(*o, s); }};
}

}  // namespace knotmap::cli
