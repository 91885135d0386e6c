// Journal records: names of ratings and methods, and an entry made from the current analysis.
#include "model/journal.hpp"

#include "model/enum_names.hpp"

namespace knotmap::model {
namespace {

constexpr EnumNames<TreatmentRating, 3> kRatingNames{
    {{{TreatmentRating::Better, "better"}, {TreatmentRating::Same, "same"}, {TreatmentRating::Worse, "worse"}}}};

}  // namespace

std::string_view ToString(TreatmentRating r) { return kRatingNames.Name(r); }
std::optional<TreatmentRating> ParseTreatmentRating(std::string_view s) { return kRatingNames.Parse(s); }

JournalEntry MakeJournalEntry(const Model& model, const std::vector<PainMark>& marks,
                              const std::vector<std::string>& habits, const std::vector<PressTest>& press_tests,
                              const Findings& findings, std::int64_t at, std::string note) {
  JournalEntry e;
  e.at = at;
  e.note = std::move(note);
  e.habits = habits;
  e.press_tests = press_tests;
  for (const PainMark& m : marks) {
    e.marks.push_back({m, m.points.empty() ? std::string() : model.RegionAt(m.view, m.points.front())});
  }
  for (const Candidate& c : findings.candidates) {
    const Muscle& muscle = model.muscles[c.muscle];
    const TriggerPoint& tp = muscle.trigger_points[model.instances[c.instance].trigger_point];
    JournalFinding f{muscle.id, muscle.name, tp.id, tp.name, c.side, c.score, {}};
    for (const MarkExplanation& x : c.explains) f.explains.push_back(x.mark);
    e.findings.push_back(std::move(f));
  }
  return e;
}

}  // namespace knotmap::model
