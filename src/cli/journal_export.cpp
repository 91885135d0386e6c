// The journal's export files, each written atomically: the report from the latest entry's marks
// through the same query + plan pipeline as everywhere else, then the CSV files.
#include "cli/journal_export.hpp"

#include <ctime>

#include "io/file_io.hpp"
#include "io/journal_csv.hpp"
#include "io/time_text.hpp"
#include "report/report.hpp"
#include "session/pipeline.hpp"

namespace knotmap::cli {
namespace {

namespace fs = std::filesystem;

// The plan for the latest entry and the history of every entry exported.
std::string WriteReport(const model::Model& model, const std::vector<model::JournalEntry>& entries, const fs::path& out,
                        std::vector<fs::path>& written) {
  const model::JournalEntry& latest = entries.back();
  std::vector<model::PainMark> marks;
  for (const model::JournalMark& m : latest.marks) marks.push_back(m.mark);
  const model::SpatialIndex index(model);
  session::AnalysisOptions options;
  options.habits = latest.habits;
  options.press_tests = latest.press_tests;
  const session::Analysis analysis = session::Analyze(model, index, marks, options);
  report::ReportInput input{&model, marks, &analysis, {}, {}, io::LocalDate(std::time(nullptr))};
  for (const model::JournalEntry& e : entries) {
    for (const model::JournalMark& m : e.marks) input.history.push_back({e.at, m.region, static_cast<double>(m.mark.intensity)});
    input.entries.push_back({e.at, io::EntrySummary(e), e.note});
  }
  const fs::path pdf = out / "plan.pdf", png = out / "map.png";
  if (std::string error = report::WritePlanPdf(input, pdf); !error.empty()) return "cannot write " + pdf.string() + ": " + error;
  written.push_back(pdf);
  if (std::string error = report::WriteMapPng(input, png, kExportMapWidth); !error.empty()) {
    return "cannot write " + png.string() + ": " + error;
  }
  written.push_back(png);
  return "";
}

}  // namespace

ExportResult ExportJournal(const model::Model& model, io::ProgressStore& store, std::int64_t from, std::int64_t to,
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
  if (!entries.empty()) {
    r.error = WriteReport(model, entries, out, r.written);
    if (!r.error.empty()) return r;
  }
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
