// The press test in Findings and the History tab, driven as a user would: answer "yes" under a
// lower candidate and see it rise; save entries on three days, see the chart and the entries by
// day, restore one, turn on the heat map; finish a hold and rate it.
#include <catch2/catch.hpp>

#include "app/wiring.hpp"
#include "harness.hpp"
#include "session/step_timer.hpp"
#include "test_support.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

namespace {

model::PainMark BackSpot(float x, float y, int intensity) {
  model::PainMark m;
  m.view = model::View::Back;
  m.points = {{x, y}};
  m.intensity = intensity;
  return m;
}

void AttachMemoryJournal(Harness& h) {
  knotmap::app::AttachStore(h.state.session,
                            std::make_shared<knotmap::io::ProgressStore>(knotmap::io::ProgressStore::InMemory()));
}

std::optional<ImVec2> YesOf(const ui::AppState& s, int candidate) {
  for (const auto& [c, at] : s.ui.press_yes_at) {
    if (c == candidate) return at;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("answering yes under a lower candidate lifts its muscle to the top, with the reason", "[ui][press]") {
  Harness h;
  h.state.Queue(ui::action::AddMark{BackSpot(560.0f, 470.0f, 6)});
  h.Frames(2);
  h.state.Queue(ui::action::ClearUrgentFlags{});  // "None of these apply": the candidates show
  REQUIRE(h.state.session.groups.size() > 3);
  const int low = h.state.session.groups[3].first;
  const std::string low_key = knotmap::session::CandidateKey(h.state.session, low);
  h.state.Queue(ui::action::SelectCandidate{low});  // its trigger points are listed with the test
  h.Frames(2);
  auto yes = YesOf(h.state, low);
  REQUIRE(yes);
  h.MoveMouse(*yes);  // hovering may open a tooltip or move the list: aim again
  h.Frames(2);
  INFO("yes at " << yes->x << ", " << yes->y);
  yes = YesOf(h.state, low);
  REQUIRE(yes);
  INFO("then at " << yes->x << ", " << yes->y);
  h.Click(*yes);
  h.Frames(2);
  CHECK(knotmap::session::CandidateKey(h.state.session, h.state.session.groups[0].first) == low_key);
  REQUIRE(h.state.session.press_tests.size() == 1u);
  CHECK(h.state.session.press_tests[0].answer == model::PressAnswer::Yes);
  CHECK(h.FrameText().find("you said pressing it reproduces your pain") != std::string::npos);
}

TEST_CASE("entries saved on three days show in History; one click restores an entry's marks", "[ui][journal]") {
  Harness h;
  AttachMemoryJournal(h);
  h.state.Queue(ui::action::ShowPanel{ui::Panel::History});
  h.Frames(2);
  const std::int64_t day0 = 1764489600;  // 2025-11-30 08:00 UTC
  const int intensities[] = {8, 6, 3};
  for (int d = 0; d < 3; ++d) {
    h.clock->SetUnixSeconds(day0 + d * 86400);
    h.state.Queue(ui::action::ClearMarks{});
    h.state.Queue(ui::action::AddMark{BackSpot(560.0f, 470.0f, intensities[d])});
    h.Frames(2);
    h.state.ui.history.note = "day " + std::to_string(d + 1);
    REQUIRE(h.state.ui.history.save_at);
    h.Click(*h.state.ui.history.save_at);
    h.Frames(2);
  }
  const auto& entries = h.state.session.journal.entries;
  REQUIRE(entries.size() == 3u);
  CHECK(entries[2].note == "day 3");
  CHECK(h.state.ui.history.note.empty());  // cleared after saving
  const std::string text = h.FrameText();
  CHECK(text.find("Pain over time") != std::string::npos);
  CHECK(text.find("day 1") != std::string::npos);
  CHECK(text.find("worst 8/10") != std::string::npos);
  REQUIRE(h.state.ui.history.entry_at.size() == 3u);

  // Newest first: the last row is the first day's entry.
  h.state.Queue(ui::action::ClearMarks{});
  h.Frames(2);
  const auto [id, row] = h.state.ui.history.entry_at.back();
  CHECK(id == entries[0].id);
  h.Click(row);
  h.Frames(2);
  REQUIRE(h.state.session.marks.size() == 1u);
  CHECK(h.state.session.marks[0].mark.intensity == 8);

  // The heat map draws every saved mark on the back view.
  h.Frame();
  const int without = ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0;
  h.state.ui.history.heat_map = true;
  h.Frames(2);
  const int with = ImGui::GetDrawData()->TotalVtxCount;
  CHECK(with > without);
}

TEST_CASE("a finished hold is logged and rated from the History tab", "[ui][journal]") {
  Harness h;
  AttachMemoryJournal(h);
  h.state.Queue(ui::action::AddMark{BackSpot(545.0f, 470.0f, 5)});
  h.Frames(2);
  int timed = -1;
  for (int i = 0; i < static_cast<int>(h.state.session.plan.steps.size()); ++i) {
    const model::PlanStep& step = h.state.session.plan.steps[i];
    if (knotmap::session::IsTimed(step) && step.method == model::DoseMethod::Hold) {
      timed = i;
      break;
    }
  }
  REQUIRE(timed >= 0);
  const model::PlanStep step = h.state.session.plan.steps[timed];
  h.state.Queue(ui::action::StartTimer{timed});
  for (int set = 0; set < knotmap::session::SetsOf(step); ++set) {
    if (set > 0) h.state.Queue(ui::action::ToggleTimer{});  // a finished set pauses on the next one
    h.Frames(2);
    h.Frame(static_cast<float>(step.hold_seconds) + 1.0f);
  }
  REQUIRE(h.state.session.timer.done);
  REQUIRE(h.state.session.journal.treatments.size() == 1u);
  h.state.Queue(ui::action::ShowPanel{ui::Panel::History});
  h.Frames(2);
  CHECK(h.FrameText().find("feel now?") != std::string::npos);
  REQUIRE(h.state.ui.history.rate_better_at);
  h.Click(*h.state.ui.history.rate_better_at);
  h.Frames(2);
  CHECK(h.state.session.journal.treatments[0].rating == model::TreatmentRating::Better);
  CHECK(h.state.session.journal.just_finished == 0);
}

TEST_CASE("a second window shows the journal it finds, says why it saves nothing and keeps nothing", "[ui][journal]") {
  const knotmap::test::TempDir dir;
  const auto file = dir.path / knotmap::io::kStoreFileName;
  {
    // What the first window saved.
    knotmap::io::ProgressStore first = knotmap::io::ProgressStore::Open(file);
    REQUIRE(first.Persistent());
    model::JournalEntry e;
    e.at = 1764489600;
    e.marks = {{BackSpot(560.0f, 470.0f, 7), "shoulder_upper_back"}};
    e.note = "saved by the first window";
    REQUIRE(first.AddEntry(e));
  }
  Harness h;
  knotmap::app::AttachStore(h.state.session,
                            std::make_shared<knotmap::io::ProgressStore>(knotmap::io::ProgressStore::OpenReadOnly(file)),
                            "another Knotmap window is using your data folder.");
  h.state.Queue(ui::action::ShowPanel{ui::Panel::History});
  h.state.Queue(ui::action::AddMark{BackSpot(545.0f, 470.0f, 5)});
  h.Frames(3);
  const std::string text = h.FrameText();
  CHECK(text.find("Saving is off: another Knotmap window is using your data folder.") != std::string::npos);
  CHECK(text.find("saved by the first window") != std::string::npos);  // the journal as it was
  // The button is there but off: a click saves nothing, here or in the file.
  REQUIRE(h.state.ui.history.save_at);
  h.Click(*h.state.ui.history.save_at);
  h.Frames(2);
  CHECK(h.state.session.journal.entries.size() == 1u);
  h.state.Queue(ui::action::SaveToJournal{"typed anyway"});
  h.Frames(2);
  CHECK(h.state.session.journal.entries.size() == 1u);
  CHECK(h.FrameText().find("Not saved: another Knotmap window") != std::string::npos);
  CHECK(knotmap::io::ProgressStore::Open(file).Entries().size() == 1u);
}
