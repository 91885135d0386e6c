// The session core without any UI: edits with undo/redo, the analysis recomputed only when its
// inputs change, the saved-marks JSON and the strict --mark spec.
#include <catch2/catch.hpp>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "session/session.hpp"
#include "session/text_formats.hpp"
#include "test_support.hpp"

namespace session = knotmap::session;
namespace model = knotmap::model;

namespace {

const model::Model& Shipped() { return knotmap::test::Shipped().model; }

session::Session Loaded() {
  session::Session s;
  session::SetModel(s, Shipped());
  session::Update(s);
  return s;
}

model::PainMark SpotAt(float x, float y, model::View v = model::View::Back) {
  return std::get<model::PainMark>(session::SpotFromSpec(
      std::string(v == model::View::Back ? "back:" : "front:") + std::to_string(x) + "," + std::to_string(y)));
}

}  // namespace

TEST_CASE("marks: add, move, undo and redo restore exactly the earlier marks", "[session][edit]") {
  session::Session s = Loaded();
  REQUIRE(session::AddMark(s, SpotAt(545, 470)));
  REQUIRE(session::AddMark(s, SpotAt(585, 540)));
  const int second = s.marks.back().id;
  CHECK(s.selected_mark == second);
  REQUIRE(session::ReplaceMarkPoints(s, second, {{590.0f, 560.0f}}));
  CHECK(s.marks.back().mark.points.front().y == 560.0f);
  REQUIRE(session::Undo(s));
  CHECK(s.marks.back().mark.points.front().y == 540.0f);
  REQUIRE(session::Undo(s));
  CHECK(s.marks.size() == 1u);
  REQUIRE(session::Redo(s));
  REQUIRE(session::Redo(s));
  CHECK(s.marks.size() == 2u);
  CHECK(s.marks.back().mark.points.front().y == 560.0f);
  CHECK_FALSE(session::Redo(s));
  // A new edit drops the redo history.
  REQUIRE(session::Undo(s));
  REQUIRE(session::RemoveMark(s, s.marks.front().id));
  CHECK(s.redo_stack.empty());
}

TEST_CASE("marks off the body are refused with a notice; one slider drag is one undo step", "[session][edit]") {
  session::Session s = Loaded();
  CHECK_FALSE(session::AddMark(s, SpotAt(5, 5)));
  CHECK(s.marks.empty());
  REQUIRE(s.notices.size() == 1u);
  CHECK(s.notices.front().find("outside the body") != std::string::npos);
  REQUIRE(session::AddMark(s, SpotAt(545, 470)));
  const int id = s.marks.front().id;
  const std::size_t undo_before = s.undo_stack.size();
  for (int v = 6; v <= 9; ++v) session::SetIntensity(s, id, v, 7);
  CHECK(s.marks.front().mark.intensity == 9);
  CHECK(s.undo_stack.size() == undo_before + 1);
  REQUIRE(session::Undo(s));
  CHECK(s.marks.front().mark.intensity == 5);
}

TEST_CASE("mirroring a mark adds it on the other side", "[session][edit]") {
  session::Session s = Loaded();
  REQUIRE(session::AddMark(s, SpotAt(545, 470)));
  REQUIRE(session::MirrorMark(s, s.marks.front().id));
  REQUIRE(s.marks.size() == 2u);
  const float mid = Shipped().Atlas(model::View::Back).MidlineX();
  CHECK(s.marks[1].mark.points.front().x == Approx(2.0f * mid - 545.0f).margin(0.01));
  CHECK(s.marks[1].mark.points.front().y == Approx(470.0f));
}

TEST_CASE("a session keeps at most kMaxMarks marks; clicks and saved marks past it get a notice",
          "[session][edit][limits]") {
  session::Session s = Loaded();
  for (std::size_t i = 0; i < session::kMaxMarks; ++i) REQUIRE(session::AddMark(s, SpotAt(545, 470)));
  s.notices.clear();
  CHECK_FALSE(session::AddMark(s, SpotAt(585, 540)));
  CHECK_FALSE(session::MirrorMark(s, s.marks.front().id));
  CHECK(s.marks.size() == session::kMaxMarks);
  REQUIRE(s.notices.size() == 2u);
  CHECK(s.notices.front() ==
        "This session has 200 marks, the most it keeps. Remove or clear some marks to add new ones.");
  REQUIRE(session::RemoveMark(s, s.marks.front().id));
  CHECK(session::AddMark(s, SpotAt(585, 540)));

  session::Session restored = Loaded();
  session::RestoreMarks(restored, std::vector<model::PainMark>(session::kMaxMarks + 50, SpotAt(545, 470)), {});
  CHECK(restored.marks.size() == session::kMaxMarks);
  REQUIRE(restored.notices.size() == 1u);
  CHECK(restored.notices.front() ==
        "Only the first 200 saved marks were restored (the most a session keeps); 50 more were left out.");
}

TEST_CASE("learn progress counts only the items of the current content", "[session][learn]") {
  session::Session s = Loaded();
  const std::size_t items = s.learn.item_count;
  const auto pool = model::ItemPool(Shipped(), model::kMixedRegion,
                                    {model::kExerciseKinds[0], model::kExerciseKinds[1], model::kExerciseKinds[2]});
  REQUIRE(items == pool.size());
  model::Card practised{pool.front()};
  practised.reviews = 2;
  model::Card unseen{pool.back()};  // a card never reviewed is not practised
  model::Card removed{{"removed_muscle", model::ExerciseKind::WhichMuscle}};
  removed.reviews = 3;
  session::AttachRecorder(s, nullptr, {practised, unseen, removed}, {}, {});
  session::Update(s);
  CHECK(s.learn.item_count == items);
  CHECK(s.learn.cards_seen == 1);  // "1 of N items practised", never more than N
}

TEST_CASE("the analysis runs once per change of marks or habits, never per update", "[session][pipeline]") {
  session::Session s = Loaded();
  const int v0 = s.findings_version;
  for (int i = 0; i < 10; ++i) session::Update(s);
  CHECK(s.findings_version == v0);
  session::AddMark(s, SpotAt(545, 470));
  session::Update(s);
  session::Update(s);
  CHECK(s.findings_version == v0 + 1);
  REQUIRE_FALSE(s.findings.candidates.empty());
  // The same pipeline the CLI uses gives the same findings.
  const session::Analysis direct = session::Analyze(Shipped(), s.index, s.PainMarks());
  REQUIRE(direct.findings.candidates.size() == s.findings.candidates.size());
  CHECK(direct.findings.candidates.front().instance == s.findings.candidates.front().instance);
  CHECK(direct.plan.steps.size() == s.plan.steps.size());
  // A habit that is already ticked, or unknown, changes nothing.
  const std::string habit = Shipped().habits.front().id;
  CHECK(session::SetHabit(s, habit, true));
  CHECK_FALSE(session::SetHabit(s, habit, true));
  CHECK_FALSE(session::SetHabit(s, "no_such_habit", true));
  session::Update(s);
  CHECK(s.findings_version == v0 + 2);
}

TEST_CASE("saved marks are JSON with full precision and survive a round trip", "[session][text]") {
  session::Session s = Loaded();
  model::PainMark low = SpotAt(430.25f, 1210.75f);
  low.intensity = 7;
  REQUIRE(session::AddMark(s, low));
  model::PainMark stroke;
  stroke.view = model::View::Front;
  stroke.kind = model::MarkKind::Stroke;
  stroke.points = {{400.0f, 500.0f}, {410.0f, 540.0f}};
  stroke.radius = 18.0f;
  REQUIRE(session::AddMark(s, stroke));
  session::SetHabit(s, Shipped().habits.front().id, true);
  session::Update(s);
  const std::string text = session::MarksToJson(s);
  const nlohmann::json doc = nlohmann::json::parse(text);
  CHECK(doc["version"] == 1);
  CHECK(doc["marks"][0]["points"][0][1].get<double>() == Approx(1210.75).margin(1e-4));

  std::string error;
  auto saved = session::MarksFromJson(text, error);
  REQUIRE(saved);
  session::Session other = Loaded();
  saved->marks.push_back(SpotAt(1, 1));  // off the body: dropped on restore
  saved->habits.push_back("no_such_habit");
  session::RestoreMarks(other, std::move(saved->marks), saved->habits);
  session::Update(other);
  REQUIRE(other.marks.size() == 2u);
  CHECK(other.marks[0].mark.intensity == 7);
  CHECK(other.marks[0].mark.points.front().y == Approx(1210.75f));
  CHECK(other.marks[1].mark.kind == model::MarkKind::Stroke);
  REQUIRE(other.habits.size() == 1u);
  CHECK(other.findings.candidates.size() == s.findings.candidates.size());

  CHECK_FALSE(session::MarksFromJson("spot back 5 30 1,1", error));
  CHECK_FALSE(error.empty());
}

TEST_CASE("saved marks with a field of the wrong type are read, never thrown on", "[session][text]") {
  // Found by fuzz_saved_files: a number as the kind threw from nlohmann::json::value() and
  // the app died at start on that file.
  std::string error;
  const auto saved = session::MarksFromJson(
      R"({"version": 1, "marks": [{"view": "back", "kind": 7, "intensity": 7, "radius": 30.0, "points": [[545.5, 470.25]]},
                                  {"view": "front", "kind": ["stroke"], "points": [[480, 700]]},
                                  {"view": "front", "kind": "stroke", "points": [[480, 700], [490, 710]]}]})",
      error);
  REQUIRE(saved);
  REQUIRE(saved->marks.size() == 3u);
  CHECK(saved->marks[0].kind == model::MarkKind::Spot);
  CHECK(saved->marks[0].intensity == 7);
  CHECK(saved->marks[1].kind == model::MarkKind::Spot);
  CHECK(saved->marks[2].kind == model::MarkKind::Stroke);
}

TEST_CASE("the old line format is still read, to migrate it", "[session][text]") {
  const session::SavedMarks m = session::MarksFromLegacyText(
      "# Knotmap last marks\nspot back 7 30 545,470\nstroke front 5 18 400,500 410,540\nnonsense\nhabit desk_work\n");
  REQUIRE(m.marks.size() == 2u);
  CHECK(m.marks[0].intensity == 7);
  CHECK(m.marks[1].points.size() == 2u);
  REQUIRE(m.habits.size() == 1u);
  CHECK(m.habits[0] == "desk_work");
}

TEST_CASE("mark specs (--mark) go through the strict parser", "[session][text]") {
  const auto ok = session::SpotFromSpec("back:545,470");
  REQUIRE(std::holds_alternative<model::PainMark>(ok));
  CHECK(std::get<model::PainMark>(ok).points.front().x == 545.0f);
  for (const char* bad : {"back:1e3,470", "side:1,2", "back:1", "back 1,2", "back:x,2", "back:nan,2"}) {
    INFO(bad);
    const auto r = session::SpotFromSpec(bad);
    REQUIRE(std::holds_alternative<model::ParseError>(r));
    CHECK_FALSE(std::get<model::ParseError>(r).message.empty());
  }
}

TEST_CASE("urgent red flags: pending per marked region until ruled out, asked again when re-marked",
          "[session][red_flags]") {
  session::Session s = Loaded();
  CHECK(s.pending_urgent.empty());  // no marks, no flags
  session::AddMark(s, SpotAt(590, 470, model::View::Front));  // left chest
  session::Update(s);
  REQUIRE(s.mark_regions == std::vector<std::string>{"chest"});
  REQUIRE_FALSE(s.pending_urgent.empty());
  for (const model::RedFlag* f : s.pending_urgent) {
    CHECK(f->urgent);
    CHECK(std::find(f->regions.begin(), f->regions.end(), "chest") != f->regions.end());
  }
  // Urgent flags lead the list of all the region's flags.
  REQUIRE_FALSE(s.red_flags.empty());
  CHECK(s.red_flags.front()->urgent);

  CHECK(session::ClearUrgentFlags(s));
  CHECK(s.pending_urgent.empty());
  CHECK_FALSE(session::ClearUrgentFlags(s));  // nothing left to rule out

  // Undoing the mark forgets the answer for the chest; redoing asks again.
  session::Undo(s);
  session::Update(s);
  CHECK(s.flags_cleared_regions.empty());
  session::Redo(s);
  session::Update(s);
  CHECK_FALSE(s.pending_urgent.empty());
}
