// Settings, last marks, --mark specs and the state dump.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/persist.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("settings survive a round trip and bad lines are ignored", "[ui][persist]") {
  ui::AppState a;
  a.theme = ui::ThemeKind::Dark;
  a.ui_scale = 1.25f;
  a.layers.landmarks = true;
  a.layers.deep_muscles = false;
  a.welcome_seen = true;
  a.side_panel_width = 420.0f;
  a.view_mode = ui::ViewMode::Back;
  const std::string text = ui::SerializeSettings(a);
  ui::AppState b;
  ui::ApplySettings(text + "\ngarbage\nui_scale = banana\nunknown = 3\n", b);
  CHECK(b.theme == ui::ThemeKind::Dark);
  CHECK(b.ui_scale == Approx(1.25f));
  CHECK(b.layers.landmarks);
  CHECK_FALSE(b.layers.deep_muscles);
  CHECK(b.welcome_seen);
  CHECK(b.side_panel_width == Approx(420.0f));
  CHECK(b.view_mode == ui::ViewMode::Back);
}

TEST_CASE("last marks and habits survive a round trip", "[ui][persist]") {
  Harness h(ImVec2(800, 600));
  model::PainMark spot;
  spot.view = model::View::Back;
  spot.points = {{545.0f, 470.0f}};
  spot.intensity = 7;
  model::PainMark stroke;
  stroke.view = model::View::Front;
  stroke.kind = model::MarkKind::Stroke;
  stroke.points = {{400.0f, 500.0f}, {410.0f, 540.0f}};
  stroke.radius = 18.0f;
  h.state.Queue(ui::action::AddMark{spot});
  h.state.Queue(ui::action::AddMark{stroke});
  const std::string habit = h.state.model->habits.front().id;
  h.state.Queue(ui::action::SetHabit{habit, true});
  h.Frame();
  const std::string text = ui::SerializeMarks(h.state);

  Harness other(ImVec2(800, 600));
  ui::ApplyMarks(text + "spot back 5 30 1,1\nnonsense line\nhabit no_such_habit\n", other.state);
  other.Frame();
  REQUIRE(other.state.marks.size() == 2);  // the one outside the body is dropped
  CHECK(other.state.marks[0].mark.intensity == 7);
  CHECK(other.state.marks[1].mark.kind == model::MarkKind::Stroke);
  CHECK(other.state.marks[1].mark.points.size() == 2);
  REQUIRE(other.state.habits.size() == 1);
  CHECK(other.state.habits.front() == habit);
  CHECK(other.state.findings.candidates.size() == h.state.findings.candidates.size());
}

TEST_CASE("mark specs parse VIEW:X,Y", "[ui][persist]") {
  auto m = ui::ParseMarkSpec("back:545,470");
  REQUIRE(m);
  CHECK(m->view == model::View::Back);
  CHECK(m->points.front().x == Approx(545.0f));
  CHECK(m->points.front().y == Approx(470.0f));
  CHECK(ui::ParseMarkSpec("front:1.5,2")->view == model::View::Front);
  CHECK_FALSE(ui::ParseMarkSpec("side:1,2"));
  CHECK_FALSE(ui::ParseMarkSpec("back:1"));
  CHECK_FALSE(ui::ParseMarkSpec("back 1,2"));
  CHECK_FALSE(ui::ParseMarkSpec("back:x,2"));
}

TEST_CASE("the state dump lists marks and top candidates", "[ui][persist]") {
  Harness h(ImVec2(800, 600));
  h.state.Queue(ui::action::AddMark{*ui::ParseMarkSpec("back:545,470")});
  h.Frame();
  const std::string json = ui::StateDumpJson(h.state);
  CHECK(json.find("\"marks\"") != std::string::npos);
  CHECK(json.find("\"view\": \"back\"") != std::string::npos);
  CHECK(json.find("\"top\"") != std::string::npos);
  CHECK(json.find(ui::CandidateKey(h.state, 0).substr(0, ui::CandidateKey(h.state, 0).find(':'))) != std::string::npos);
}
