// The habits checklist stays put: ticking a habit never moves the rows under the cursor.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "harness.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;

namespace {

bool Ticked(const ui::AppState& s, const std::string& id) {
  return std::find(s.session.habits.begin(), s.session.habits.end(), id) != s.session.habits.end();
}

}  // namespace

TEST_CASE("ticking a habit keeps every row where it was", "[ui][habits]") {
  Harness h(ImVec2(1400, 3000));  // tall enough to show the whole list and what follows
  h.state.Queue(ui::action::ShowPanel{ui::Panel::Habits});
  h.Frames(3);
  const auto& habits = h.state.session.model->habits;
  REQUIRE(habits.size() >= 3);
  const std::vector<ImVec2> before = h.state.ui.habit_rows;
  REQUIRE(before.size() == habits.size());
  // Tick the first two, clicking where the rows were before any tick: each click lands on its own row.
  h.Click(before[0]);
  CHECK(Ticked(h.state, habits[0].id));
  h.Click(before[1]);
  CHECK(Ticked(h.state, habits[1].id));
  CHECK_FALSE(Ticked(h.state, habits[2].id));
  h.Frame();
  for (std::size_t i = 0; i < before.size(); ++i) {
    INFO("row " << i);
    CHECK(h.state.ui.habit_rows[i].y == Approx(before[i].y));
  }
  // What to change for the ticked habits is listed below the checklist (the pointer moves off
  // the rows first: a tooltip would end the text capture).
  h.MoveMouse(ImVec2(5.0f, 2990.0f));
  const std::string text = h.FrameText();
  CHECK(text.find(habits[0].change.substr(0, 20)) != std::string::npos);
  CHECK(text.find("What to change") != std::string::npos);
}
