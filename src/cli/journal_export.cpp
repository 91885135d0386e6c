// The journal's export files, each written atomically.
#include "cli/journal_export.hpp"

#include "io/file_io.hpp"
#include "io/journal_csv.hpp"

namespace knotmap::cli {

namespace fs = std::filesystem;

ExportResult ExportJournal(io::ProgressStore& store, std::int64_t from, std::int64_t to,
                           const fs::path& out) {
  ExportResult r;
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec || !fs::is_directory(out, ec)) {
    r.error = "cannot use " + out.string() + " as a folder" + (ec ? ": " + ec.message() : "");
    return r;
  }
  const auto entries = store.Entries(from, to);
  const auto treatments = store.Treatments(from, to);
  r.entries = entries.size();
  r.treatments = treatments.size();
  const std::pair<const char*, std::string> files[] = {{"journal.csv", io::EntriesCsv(entries)},
                                                      {"treatments.csv", io::TreatmentsCsv(treatments)}};
  for (const auto& [name, text] : files) {
    const fs::path file = out / name;
    if (const std::string error = io::WriteFileAtomic(file, text); !error.empty()) {
      r.error = "cannot write " + file.string() + ": " + error;
      return r;
    }
    r.written.push_back(file);
  }
  return r;
}

}  // namespace knotmap::cli
