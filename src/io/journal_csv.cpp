// CSV rows for journal entries and treatments.
#include "io/journal_csv.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "io/time_text.hpp"

namespace knotmap::io {
namespace {

std::string Row(const std::vector<std::string>& fields) {
  std::string row;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) row += ',';
    row += CsvField(fields[i]);
  }
  return row + "\r\n";
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string Number(double v, const char* format = "%.1f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string SideText(model::Side s) { return std::string(model::ToString(s)); }

// "back spot 560,470 r30 i6"
std::string MarkText(const model::JournalMark& m) {
  std::string text = std::string(model::ToString(m.mark.view)) +
                     (m.mark.kind == model::MarkKind::Stroke ? " stroke" : " spot");
  for (const model::Point& p : m.mark.points) text += " " + Number(p.x, "%.0f") + "," + Number(p.y, "%.0f");
  return text + " r" + Number(m.mark.radius, "%.0f") + " i" + std::to_string(m.mark.intensity);
}

constexpr std::size_t kTopFindings = 3;

}  // namespace

std::string EntrySummary(const model::JournalEntry& e) {
  int worst = 0;
  for (const model::JournalMark& m : e.marks) worst = std::max(worst, m.mark.intensity);
  std::string text = std::to_string(e.marks.size()) + (e.marks.size() == 1 ? " mark" : " marks") + ", worst " +
                     std::to_string(worst) + "/10";
  if (!e.findings.empty()) {
    const model::JournalFinding& f = e.findings.front();
    text += ", " + f.muscle_name;
    if (f.side != model::Side::Midline) text += " (" + SideText(f.side) + ")";
  }
  return text;
}

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string EntriesCsv(const std::vector<model::JournalEntry>& entries) {
  std::string out = Row({"id", "time", "note", "marks", "max_intensity", "mean_intensity", "regions", "mark_details",
                         "habits", "press_tests", "top_findings"});
  for (const model::JournalEntry& e : entries) {
    int max_intensity = 0;
    double sum = 0.0;
    std::set<std::string> regions;
    std::vector<std::string> marks, press, findings;
    for (const model::JournalMark& m : e.marks) {
      max_intensity = std::max(max_intensity, m.mark.intensity);
      sum += m.mark.intensity;
      if (!m.region.empty()) regions.insert(m.region);
      marks.push_back(MarkText(m));
    }
    for (const model::PressTest& t : e.press_tests) {
      press.push_back(t.muscle + " " + t.trigger_point + " " + SideText(t.side) + " " + std::string(model::ToString(t.answer)));
    }
    for (std::size_t i = 0; i < e.findings.size() && i < kTopFindings; ++i) {
      const model::JournalFinding& f = e.findings[i];
      findings.push_back(f.muscle_name + " (" + SideText(f.side) + "), " + f.trigger_point_name + " " + Number(f.score, "%.2f"));
    }
    out += Row({std::to_string(e.id), IsoLocal(e.at), e.note, std::to_string(e.marks.size()),
                std::to_string(max_intensity), e.marks.empty() ? "" : Number(sum / static_cast<double>(e.marks.size())),
                Join({regions.begin(), regions.end()}), Join(marks), Join(e.habits), Join(press), Join(findings)});
  }
  return out;
}

std::string TreatmentsCsv(const std::vector<model::Treatment>& treatments) {
  std::string out = Row({"id", "time", "muscle", "trigger_point", "side", "method", "seconds", "rating"});
  for (const model::Treatment& t : treatments) {
    out += Row({std::to_string(t.id), IsoLocal(t.at), t.muscle, t.trigger_point, SideText(t.side),
                std::string(model::ToString(t.method)), std::to_string(t.seconds),
                t.rating ? std::string(model::ToString(*t.rating)) : ""});
  }
  return out;
}

}  // namespace knotmap::io
