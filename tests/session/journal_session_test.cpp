// The press test and the journal in the session: answers move the ranking, are undone with the
// marks and saved with them; entries, treatments and ratings reach the recorder and come back.
#include <catch2/catch.hpp>

#include "session/session.hpp"
#include "session/text_formats.hpp"
#include "test_support.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

namespace {

const model::Model& Shipped() { return knotmap::test::Shipped().model; }

// A journal kept in vectors, as a store would keep it.
class MemoryJournal final : public session::JournalRecorder {
 public:
  std::optional<std::int64_t> AddEntry(const model::JournalEntry& e) override {
    entries.push_back(e);
    entries.back().id = static_cast<std::int64_t>(entries.size());
    return entries.back().id;
  }
  std::optional<std::int64_t> AddTreatment(const model::Treatment& t) override {
    treatments.push_back(t);
    treatments.back().id = static_cast<std::int64_t>(treatments.size());
    return treatments.back().id;
  }
  bool RateTreatment(std::int64_t id, model::TreatmentRating r) override {
    if (id < 1 || id > static_cast<std::int64_t>(treatments.size())) return false;
    treatments[id - 1].rating = r;
    return true;
  }
  std::vector<model::JournalEntry> Entries() override { return entries; }
  std::vector<model::Treatment> Treatments() override { return treatments; }
  std::string LastError() const override { return "full"; }
  std::vector<model::JournalEntry> entries;
  std::vector<model::Treatment> treatments;
};

struct Fixture {
  session::Session s;
  std::shared_ptr<session::ManualClock> clock = std::make_shared<session::ManualClock>();
  std::shared_ptr<MemoryJournal> journal = std::make_shared<MemoryJournal>();
  Fixture() {
    s.clock = clock;
    session::SetModel(s, Shipped());
    session::AttachJournal(s, journal);
    model::PainMark spot;
    spot.points = {{560.0f, 470.0f}};
    spot.intensity = 6;
    REQUIRE(session::AddMark(s, spot));
    session::Update(s);
    REQUIRE(s.findings.candidates.size() > 3);
  }
};

std::string Key(const session::Session& s, int i) {
  const model::Candidate& c = s.findings.candidates[i];
  return session::CandidateKey(s, i) + ":" + std::to_string(s.model->instances[c.instance].trigger_point);
}

}  // namespace

TEST_CASE("a yes in the session moves the candidate to the top; undo takes it back", "[session][press]") {
  Fixture f;
  session::Session& s = f.s;
  const std::string low = Key(s, 3);
  REQUIRE(session::SetPressAnswer(s, 3, model::PressAnswer::Yes));
  CHECK_FALSE(session::SetPressAnswer(s, -1, model::PressAnswer::Yes));
  session::Update(s);
  CHECK(Key(s, 0) == low);
  CHECK(s.findings.candidates[0].press == model::PressAnswer::Yes);
  REQUIRE(s.press_tests.size() == 1u);
  // The same answer again changes nothing and makes no undo step.
  const std::size_t steps = s.undo_stack.size();
  CHECK_FALSE(session::SetPressAnswer(s, 0, model::PressAnswer::Yes));
  CHECK(s.undo_stack.size() == steps);
  REQUIRE(session::Undo(s));
  session::Update(s);
  CHECK(s.press_tests.empty());
  CHECK(Key(s, 3) == low);
  REQUIRE(session::Redo(s));
  CHECK(s.press_tests.size() == 1u);
  // Clearing the marks clears their answers.
  REQUIRE(session::ClearMarks(s));
  CHECK(s.press_tests.empty());
}

TEST_CASE("press answers are saved with the marks and read back", "[session][press]") {
  Fixture f;
  REQUIRE(session::SetPressAnswer(f.s, 1, model::PressAnswer::No));
  const std::string text = session::MarksToJson(f.s);
  std::string error;
  auto saved = session::MarksFromJson(text, error);
  REQUIRE(saved);
  REQUIRE(saved->press_tests.size() == 1u);
  CHECK(saved->press_tests[0] == f.s.press_tests[0]);
  session::Session other;
  session::SetModel(other, Shipped());
  saved->press_tests.push_back({"no_such_muscle", "tp1", model::Side::Right, model::PressAnswer::Yes});
  session::RestoreMarks(other, saved->marks, saved->habits, saved->press_tests);
  CHECK(other.press_tests == f.s.press_tests);  // the unknown muscle's answer is dropped
}

TEST_CASE("save to journal keeps marks, answers and findings, and restores them", "[session][journal]") {
  Fixture f;
  session::Session& s = f.s;
  f.clock->SetUnixSeconds(1700000000);
  REQUIRE(session::SetPressAnswer(s, 0, model::PressAnswer::Yes));
  REQUIRE(session::SaveToJournal(s, "after a long day at the desk"));
  REQUIRE(f.journal->entries.size() == 1u);
  const model::JournalEntry& e = f.journal->entries[0];
  CHECK(e.at == 1700000000);
  CHECK(e.note == "after a long day at the desk");
  REQUIRE(e.marks.size() == 1u);
  CHECK(e.marks[0].mark.intensity == 6);
  CHECK(!e.marks[0].region.empty());
  CHECK(e.press_tests == s.press_tests);
  REQUIRE(e.findings.size() == s.findings.candidates.size());
  CHECK(e.findings[0].muscle == s.model->muscles[s.findings.candidates[0].muscle].id);
  CHECK(e.findings[0].explains == std::vector<int>{0});
  CHECK(s.journal.entries.size() == 1u);

  REQUIRE(session::ClearMarks(s));
  REQUIRE(session::RestoreJournalEntry(s, e.id));
  CHECK(s.marks.size() == 1u);
  CHECK(s.press_tests == e.press_tests);
  REQUIRE(session::Undo(s));  // restoring is one undo step
  CHECK(s.marks.empty());
  CHECK_FALSE(session::RestoreJournalEntry(s, 99));
  CHECK_FALSE(session::SaveToJournal(s, ""));  // no marks now
}

TEST_CASE("a finished hold is logged as a treatment and can be rated", "[session][journal]") {
  Fixture f;
  session::Session& s = f.s;
  int timed = -1;
  for (int i = 0; i < static_cast<int>(s.plan.steps.size()); ++i) {
    if (session::IsTimed(s.plan.steps[i]) && s.plan.steps[i].method == model::DoseMethod::Hold) {
      timed = i;
      break;
    }
  }
  REQUIRE(timed >= 0);
  const model::PlanStep step = s.plan.steps[timed];
  session::StartTimer(s, timed);
  for (int set = 0; set < session::SetsOf(step); ++set) {
    if (set > 0) session::ToggleTimer(s);  // a finished set pauses on the next one
    f.clock->Advance(step.hold_seconds + 1.0);
    session::Update(s);
  }
  REQUIRE(s.timer.done);
  REQUIRE(f.journal->treatments.size() == 1u);
  const model::Treatment& t = f.journal->treatments[0];
  CHECK(t.muscle == s.model->muscles[step.muscle].id);
  CHECK(t.seconds == step.hold_seconds * session::SetsOf(step));
  CHECK(t.method == model::DoseMethod::Hold);
  CHECK(!t.rating);
  CHECK(s.journal.just_finished == t.id);
  REQUIRE(session::RateTreatment(s, t.id, model::TreatmentRating::Better));
  CHECK(f.journal->treatments[0].rating == model::TreatmentRating::Better);
  CHECK(s.journal.just_finished == 0);
  CHECK(s.journal.helped.size() == 1u);
}
