// The muscle browser: typing in the search box (the search itself: session tests), pages with
// back/forward navigation, and the page's pattern on the map.
#include <catch2/catch.hpp>

#include <string>

#include "harness.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/keys.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;

TEST_CASE("Ctrl+F, typing and Enter open a muscle page", "[ui][muscles]") {
  Harness h;
  h.Frames(2);
  h.PressKey('F', true);
  h.Frames(2);
  CHECK(h.state.ui.panel == ui::Panel::Muscles);
  h.Type("trap");
  CHECK(h.state.ui.muscles.search == "trap");
  h.PressKey(ui::keys::kEnter);
  h.Frames(2);
  const int page = h.state.ui.muscles.Current();
  REQUIRE(page >= 0);
  const auto& m = *h.state.session.model;
  CHECK(m.muscles[page].name.find("rapezius") != std::string::npos);
  // The map shows that muscle's pattern.
  const ui::Highlight hl = ui::CurrentHighlight(h.state);
  CHECK(hl.muscle == page);
  CHECK_FALSE(hl.instances.empty());
}

TEST_CASE("muscle pages keep a back/forward history", "[ui][muscles]") {
  Harness h;
  const auto& m = *h.state.session.model;
  int a = -1, b = -1;
  for (int i = 0; i < static_cast<int>(m.muscles.size()) && b < 0; ++i) {
    if (!m.muscles[i].pulling.empty() && a < 0) {
      a = i;
      b = m.MuscleIndex(m.muscles[i].pulling.front().muscle);
    }
  }
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  h.state.Queue(ui::action::OpenMuscle{a});
  h.Frames(2);
  h.state.Queue(ui::action::OpenMuscle{b});
  h.Frames(2);
  CHECK(h.state.ui.muscles.Current() == b);
  h.state.Queue(ui::action::NavigateBack{});
  h.Frame();
  CHECK(h.state.ui.muscles.Current() == a);
  h.state.Queue(ui::action::NavigateForward{});
  h.Frame();
  CHECK(h.state.ui.muscles.Current() == b);
  h.state.Queue(ui::action::NavigateBack{});
  h.state.Queue(ui::action::NavigateBack{});
  h.Frame();
  CHECK(h.state.ui.muscles.Current() == -1);  // back to the list
}
