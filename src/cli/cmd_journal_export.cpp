// `knotmap journal export`: the journal's entries and treatments as CSV files a spreadsheet reads.
#include <filesystem>
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/journal_common.hpp"
#include "io/file_io.hpp"
#include "io/journal_csv.hpp"

namespace knotmap::cli {
namespace {

namespace fs = std::filesystem;

struct ExportOpts {
  std::string data_dir, out;
  std::optional<std::string> from, to;
};

int Export(const ExportOpts& o, Streams s) {
  const auto from = TimeOption(o.from, INT64_MIN, io::DayEnd::Start, "export", "--from", s);
  const auto to = from ? TimeOption(o.to, INT64_MAX, io::DayEnd::End, "export", "--to", s) : std::nullopt;
  if (!from || !to) return 2;
  std::error_code ec;
  fs::create_directories(o.out, ec);
  if (ec || !fs::is_directory(o.out, ec)) {
    s.err << "knotmap journal export: --out: cannot use " << o.out << " as a folder"
          << (ec ? ": " + ec.message() : "") << "\n";
    return 2;
  }
  auto store = OpenJournal(o.data_dir, false, "export", s);
  if (!store) return 1;
  const auto entries = store->Entries(*from, *to);
  const auto treatments = store->Treatments(*from, *to);
  const std::pair<const char*, std::string> files[] = {{"journal.csv", io::EntriesCsv(entries)},
                                                      {"treatments.csv", io::TreatmentsCsv(treatments)}};
  for (const auto& [name, text] : files) {
    const fs::path file = fs::path(o.out) / name;
    if (const std::string error = io::WriteFileAtomic(file, text); !error.empty()) {
      s.err << "knotmap journal export: cannot write " << file.string() << ": " << error << "\n";
      return 1;
    }
    s.out << "Wrote " << file.string() << "\n";
  }
  s.out << entries.size() << " entr" << (entries.size() == 1 ? "y" : "ies") << " and " << treatments.size()
        << " treatment" << (treatments.size() == 1 ? "" : "s") << ".\n";
  return 0;
}

}  // namespace

Command AddJournalExport(CLI::App& journal) {
  auto o = std::make_shared<ExportOpts>();
  CLI::App* sub = journal.add_subcommand("export", "Write the journal as CSV files");
  sub->add_option("--out", o->out, "Folder to write into (created when missing)")->required()->check(NotEmpty());
  sub->add_option("--from", o->from, "First day or time, ISO 8601 (inclusive)");
  sub->add_option("--to", o->to, "Last day or time, ISO 8601 (inclusive)");
  AddDataDirOption(sub, o->data_dir);
  return {sub, [o](Streams s) { return Export(*o, s); }};
}

}  // namespace knotmap::cli
