// The journal's data folder, its store, dates and JSON for the journal subcommands.
#include "cli/journal_common.hpp"

#include <cmath>
#include <ctime>
#include <filesystem>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "io/file_io.hpp"

namespace knotmap::cli {

namespace fs = std::filesystem;

namespace {
template <typename Enum>
std::string Name(Enum v) {
  return std::string(model::ToString(v));
}
}  // namespace

void AddDataDirOption(CLI::App* sub, std::string& dir) {
  sub->add_option("--data-dir", dir, "Data folder holding the journal (default $XDG_DATA_HOME/knotmap)")
      ->check(NotEmpty());
}

std::optional<io::ProgressStore> OpenJournal(const std::string& data_dir, bool for_writing, const char* cmd,
                                             Streams s) {
  const fs::path dir = io::DataDir(data_dir.empty() ? std::nullopt : std::optional(data_dir));
  if (dir.empty()) {
    s.err << "knotmap journal " << cmd << ": no data folder (neither XDG_DATA_HOME nor HOME is set): give --data-dir\n";
    return std::nullopt;
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    s.err << "knotmap journal " << cmd << ": cannot use the data folder " << dir.string() << ": "
          << (ec ? ec.message() : "it is not a folder") << "\n";
    return std::nullopt;
  }
  io::ProgressStore store = io::ProgressStore::Open(dir / io::kStoreFileName);
  for (const std::string& m : store.Messages()) s.err << "knotmap journal " << cmd << ": " << m << "\n";
  if (for_writing && !store.Persistent()) {
    s.err << "knotmap journal " << cmd << ": nothing was saved\n";
    return std::nullopt;
  }
  // A journal that could not be read is not an empty one: listing or exporting it would say "no
  // entries" of entries that may well be there.
  if (!store.Persistent() && store.State() != io::StoreState::ReadOnly) {
    s.err << "knotmap journal " << cmd << ": the journal could not be read\n";
    return std::nullopt;
  }
  return store;
}

std::optional<std::int64_t> TimeOption(const std::optional<std::string>& text, std::int64_t fallback,
                                       io::DayEnd day_end, const char* cmd, const char* option, Streams s) {
  if (!text) return fallback;
  std::string error;
  const auto t = io::ParseIsoTime(*text, error, day_end);
  if (!t) s.err << "knotmap journal " << cmd << ": " << option << ": " << error << "\n";
  return t;
}

nlohmann::ordered_json EntryToJson(const model::JournalEntry& e) {
  using nlohmann::ordered_json;
  ordered_json marks = ordered_json::array();
  for (const model::JournalMark& m : e.marks) {
    ordered_json points = ordered_json::array();
    for (const model::Point& p : m.mark.points) points.push_back(ToJson(p));
    marks.push_back({{"view", Name(m.mark.view)},
                     {"kind", m.mark.kind == model::MarkKind::Stroke ? "stroke" : "spot"},
                     {"intensity", m.mark.intensity},
                     {"radius", m.mark.radius},
                     {"region", m.region},
                     {"points", std::move(points)}});
  }
  ordered_json press = ordered_json::array();
  for (const model::PressTest& t : e.press_tests) {
    press.push_back({{"muscle", t.muscle},
                     {"trigger_point", t.trigger_point},
                     {"side", Name(t.side)},
                     {"answer", Name(t.answer)}});
  }
  ordered_json findings = ordered_json::array();
  for (const model::JournalFinding& f : e.findings) {
    findings.push_back({{"muscle", f.muscle},
                        {"muscle_name", f.muscle_name},
                        {"trigger_point", f.trigger_point},
                        {"trigger_point_name", f.trigger_point_name},
                        {"side", Name(f.side)},
                        {"score", std::round(f.score * 1000.0f) / 1000.0f},
                        {"explains", f.explains}});
  }
  return {{"id", e.id},       {"time", io::IsoLocal(e.at)}, {"unix_seconds", e.at},    {"note", e.note},
          {"marks", marks},   {"habits", e.habits},        {"press_tests", press},    {"findings", findings}};
}

nlohmann::ordered_json TreatmentToJson(const model::Treatment& t) {
  return {{"id", t.id},
          {"time", io::IsoLocal(t.at)},
          {"unix_seconds", t.at},
          {"muscle", t.muscle},
          {"trigger_point", t.trigger_point},
          {"side", Name(t.side)},
          {"method", Name(t.method)},
          {"seconds", t.seconds},
          {"rating", t.rating ? nlohmann::ordered_json(Name(*t.rating)) : nlohmann::ordered_json()}};
}

}  // namespace knotmap::cli
