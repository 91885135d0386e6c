// The whole window at awkward sizes, in both themes, with every panel and dialog open: nothing
// asserts, views stay inside the window, and the canvas keeps a usable transform.
#include <catch2/catch.hpp>

#include <cmath>

#include "harness.hpp"

using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace model = knotmap::model;

TEST_CASE("every panel draws at tiny, narrow and huge sizes", "[ui][layout]") {
  const ImVec2 sizes[] = {{120, 90}, {320, 240}, {480, 900}, {1600, 1000}, {5120, 2880}};
  for (const ImVec2 size : sizes) {
    for (const auto theme : {ui::ThemeKind::Light, ui::ThemeKind::Dark}) {
      Harness h(size);
      h.state.settings.theme = theme;
      ui::ApplyStyle(theme, 1.0f);
      h.state.settings.layers.all_trigger_points = true;
      h.state.settings.layers.landmarks = true;
      h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
      h.state.Queue(ui::action::SetHabit{h.state.session.model->habits.front().id, true});
      h.Frames(2);
      for (ui::Panel p : {ui::Panel::Findings, ui::Panel::Guidance, ui::Panel::Habits, ui::Panel::Muscles,
                          ui::Panel::Learn}) {
        h.state.Queue(ui::action::ShowPanel{p});
        h.Frames(3);
        CHECK(h.state.ui.panel == p);
      }
      h.state.Queue(ui::action::OpenMuscle{0});
      h.Frames(2);
      h.state.ui.show_welcome = h.state.ui.show_about = h.state.ui.show_shortcuts = h.state.ui.show_safety = true;
      h.Frames(3);
      bool any_visible = false;
      for (const auto& p : h.state.ui.placement) {
        if (!p.visible) continue;
        any_visible = true;
        CHECK(std::isfinite(p.transform.scale));
        CHECK(p.transform.scale > 0.0f);
        CHECK(p.min.x >= -0.5f);
        CHECK(p.min.x + p.size.x <= size.x + 0.5f);
        CHECK(p.min.y + p.size.y <= size.y + 0.5f);
      }
      if (size.x >= 320.0f) CHECK(any_visible);
    }
  }
}

TEST_CASE("a model that failed to load shows its errors instead of the map", "[ui][layout]") {
  Harness h(ImVec2(1000, 700), false);
  h.state.diagnostics.push_back({"muscles/x.toml", 3, 7, "expected a number", false});
  h.Frames(3);
  CHECK_FALSE(h.state.ui.placement[0].visible);
  CHECK_FALSE(h.state.ui.placement[1].visible);
  // What the user reads: the file, line and column, and what was expected.
  const std::string text = h.FrameText();
  CHECK(text.find("muscles/x.toml:3:7") != std::string::npos);
  CHECK(text.find("expected a number") != std::string::npos);
}

TEST_CASE("habits feed the findings", "[ui][layout]") {
  Harness h(ImVec2(1200, 800));
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.Frame();
  const int v = h.state.session.findings_version;
  h.state.Queue(ui::action::SetHabit{h.state.session.model->habits.front().id, true});
  h.Frame();
  CHECK(h.state.session.findings_version == v + 1);
  // No change, no recompute.
  h.Frames(5);
  CHECK(h.state.session.findings_version == v + 1);
}
