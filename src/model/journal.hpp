// The pain journal's records: an entry (the marks with their geometry, habits, press-test answers,
// the findings shown and a note, at a time) and a treatment (a point worked on, how, how long,
// and how it felt after). Plain data; entries keep names and geometry so an old entry can be drawn
// and read after a muscle id leaves the content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/press_test.hpp"
#include "model/query.hpp"

namespace knotmap::model {

struct JournalMark {
  PainMark mark;       // view, shape, intensity and points in atlas units
  std::string region;  // region id under the mark when it was saved
};

struct JournalFinding {
  std::string muscle;              // Muscle::id
  std::string muscle_name;         // as shown then
  std::string trigger_point;       // TriggerPoint::id
  std::string trigger_point_name;  // as shown then
  Side side = Side::Right;
  float score = 0.0f;              // 0..1
  std::vector<int> explains;       // indexes into the entry's marks
};

struct JournalEntry {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t at = 0;  // unix seconds
  std::string note;
  std::vector<JournalMark> marks;
  std::vector<std::string> habits;
  std::vector<PressTest> press_tests;
  std::vector<JournalFinding> findings;  // in ranking order
};

enum class TreatmentRating { Better, Same, Worse };
std::string_view ToString(TreatmentRating r);
std::optional<TreatmentRating> ParseTreatmentRating(std::string_view s);

struct Treatment {
  std::int64_t id = 0;        // assigned by the store
  std::int64_t at = 0;        // unix seconds, when it was done
  std::string muscle;         // Muscle::id
  std::string trigger_point;  // TriggerPoint::id, or empty for the muscle as a whole
  Side side = Side::Right;
  DoseMethod method = DoseMethod::Hold;
  int seconds = 0;
  std::optional<TreatmentRating> rating;  // rated afterwards; unset until then
};

// The entry for marks, habits and press tests at `at`: every mark with its region and every
// candidate of `findings` with the marks it explains.
JournalEntry MakeJournalEntry(const Model& model, const std::vector<PainMark>& marks,
                              const std::vector<std::string>& habits, const std::vector<PressTest>& press_tests,
                              const Findings& findings, std::int64_t at, std::string note);

}  // namespace knotmap::model
