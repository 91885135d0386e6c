// Using the app with the keyboard alone: quick taps, the Tab order with its focus ring, marking
// from the map's crosshair and from the landmark list, muscle page history, the shortcuts list.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <string>

#include "harness.hpp"
#include "ui/core/focus.hpp"
#include "ui/core/key_latch.hpp"
#include "ui/core/keys.hpp"
#include "ui/shell/shell.hpp"

using knotmap::model::View;
using knotmap::test::Harness;
namespace ui = knotmap::ui;
namespace keys = knotmap::ui::keys;

namespace {

bool FocusRingShown() { return !ImGui::GetCurrentContext()->NavDisableHighlight; }

void Tabs(Harness& h, int n, bool shift = false) {
  for (int i = 0; i < n; ++i) h.PressKey(keys::kTab, false, shift);
}

}  // namespace

TEST_CASE("a Ctrl+Z tapped between two frames still undoes", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.Frame();
  REQUIRE(h.state.session.marks.size() == 1);
  // Press and release both keys within one frame's events, as a fast typist does.
  keys::KeyLatch latch;
  latch.OnKey(keys::kLeftControl, true);
  latch.OnKey('Z', true);
  latch.OnKey('Z', false);
  latch.OnKey(keys::kLeftControl, false);
  latch.BeforeFrame(ImGui::GetIO());
  CHECK(ImGui::GetIO().KeyCtrl);
  h.Frame();
  latch.BeforeFrame(ImGui::GetIO());
  h.Frame();
  CHECK(h.state.session.marks.empty());
  CHECK_FALSE(ImGui::GetIO().KeyCtrl);
  CHECK_FALSE(ImGui::GetIO().KeysDown[static_cast<int>('Z')]);
}

TEST_CASE("a Ctrl released in the same events as its Z still makes Ctrl+Z", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  h.state.Queue(ui::action::AddMark{knotmap::test::Spot("back:545,470")});
  h.Frame();
  keys::KeyLatch latch;
  latch.OnKey(keys::kLeftControl, true);
  latch.BeforeFrame(ImGui::GetIO());
  h.Frame();
  // Z goes down and up, and Ctrl up, before the next frame.
  latch.OnKey('Z', true);
  latch.OnKey('Z', false);
  latch.OnKey(keys::kLeftControl, false);
  for (int i = 0; i < 3; ++i) {
    latch.BeforeFrame(ImGui::GetIO());
    h.Frame();
  }
  CHECK(h.state.session.marks.empty());
  CHECK_FALSE(ImGui::GetIO().KeyCtrl);
}

TEST_CASE("a key released and pressed again between two frames counts twice", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  keys::KeyLatch latch;
  const auto frame = [&] {
    latch.BeforeFrame(ImGui::GetIO());
    h.Frame();
  };
  latch.OnKey(keys::kTab, true);
  frame();
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Toolbar);
  // The second Tab's press arrives in the same events as the first one's release.
  latch.OnKey(keys::kTab, false);
  latch.OnKey(keys::kTab, true);
  latch.OnKey(keys::kTab, true);  // an auto-repeat while held is no new press
  frame();
  frame();
  frame();
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::MapFront);
  latch.OnKey(keys::kTab, false);
  frame();
  frame();
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::MapFront);
  // Two whole taps between two frames: both count, over the next frames.
  for (int i = 0; i < 2; ++i) {
    latch.OnKey(keys::kTab, true);
    latch.OnKey(keys::kTab, false);
  }
  CHECK(latch.Pending());
  for (int i = 0; i < 5; ++i) frame();
  CHECK_FALSE(latch.Pending());
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Panel);
}

TEST_CASE("Tab moves through toolbar, front map, back map and side panel with a focus ring", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::None);
  Tabs(h, 1);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Toolbar);
  CHECK(ImGui::GetFocusID() == h.state.ui.focus.toolbar_item);
  CHECK(FocusRingShown());
  Tabs(h, 1);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::MapFront);
  Tabs(h, 1);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::MapBack);
  Tabs(h, 1);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Panel);
  CHECK(ImGui::GetFocusID() == h.state.ui.focus.panel_item);
  CHECK(FocusRingShown());
  Tabs(h, 1);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Toolbar);
  Tabs(h, 1, true);
  CHECK(ui::CurrentStop(h.state) == ui::FocusStop::Panel);
  Tabs(h, 1, true);
  REQUIRE(ui::CurrentStop(h.state) == ui::FocusStop::MapBack);
  // A click (here on the status line) hands the keyboard back to the mouse.
  h.Click(ImVec2(400.0f, 995.0f));
  CHECK(ui::CurrentStop(h.state) != ui::FocusStop::MapBack);
}

TEST_CASE("toolbar buttons are pressed with arrows and Space", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  REQUIRE(h.state.settings.tool == ui::Tool::Spot);
  Tabs(h, 1);
  h.PressKey(keys::kRight);  // from Spot to Brush
  h.PressKey(keys::kSpace);
  h.Frames(2);
  CHECK(h.state.settings.tool == ui::Tool::Brush);
}

TEST_CASE("arrow keys move the map's crosshair and Enter drops a mark there", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  Tabs(h, 3);
  REQUIRE(ui::MapHasFocus(h.state, View::Back));
  REQUIRE(h.state.ui.focus.crosshair[1].has_value());
  const knotmap::model::Point start = *h.state.ui.focus.crosshair[1];
  for (int i = 0; i < 3; ++i) h.PressKey(keys::kRight);
  h.PressKey(keys::kUp);
  const knotmap::model::Point moved = *h.state.ui.focus.crosshair[1];
  const float step = 8.0f / h.state.ui.placement[1].transform.scale;  // 8 screen pixels
  CHECK(moved.x == Approx(start.x + 3.0f * step));
  CHECK(moved.y == Approx(start.y - step));
  // The arrows were the crosshair's: ImGui's focus stayed off the toolbar.
  CHECK(ui::MapHasFocus(h.state, View::Back));
  h.PressKey(keys::kEnter);
  h.Frames(2);
  REQUIRE(h.state.session.marks.size() == 1);
  const auto& mark = h.state.session.marks.front().mark;
  CHECK(mark.view == View::Back);
  CHECK(mark.points.front().x == Approx(moved.x));
  CHECK(mark.points.front().y == Approx(moved.y));
  CHECK_FALSE(h.state.session.findings.candidates.empty());
  // The new mark is selected: M opens its menu, Delete removes it.
  h.PressKey(keys::kDelete);
  h.Frames(2);
  CHECK(h.state.session.marks.empty());
}

TEST_CASE("L opens the landmark list; typing and Enter mark that landmark", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  h.PressKey(keys::kL);
  h.Frames(2);
  CHECK(h.state.ui.landmarks.open);
  h.Type("c7");
  h.PressKey(keys::kEnter);
  h.Frames(2);
  CHECK_FALSE(h.state.ui.landmarks.open);
  REQUIRE(h.state.session.marks.size() == 1);
  const auto* c7 = h.state.session.model->FindLandmark(View::Back, "c7");
  REQUIRE(c7 != nullptr);
  const auto& mark = h.state.session.marks.front().mark;
  CHECK(mark.view == View::Back);
  CHECK(mark.points.front().x == Approx(c7->at.x));
  CHECK(mark.points.front().y == Approx(c7->at.y));
}

TEST_CASE("Alt+Left and the mouse's back button go back through muscle pages", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  h.state.Queue(ui::action::OpenMuscle{3});
  h.Frame();
  h.state.Queue(ui::action::OpenMuscle{7});
  h.Frames(2);
  REQUIRE(h.state.ui.muscles.Current() == 7);
  ImGuiIO& io = ImGui::GetIO();
  io.KeyAlt = true;
  h.PressKey(keys::kLeft);
  io.KeyAlt = false;
  h.Frames(2);
  CHECK(h.state.ui.muscles.Current() == 3);
  io.KeyAlt = true;
  h.PressKey(keys::kRight);
  io.KeyAlt = false;
  h.Frames(2);
  CHECK(h.state.ui.muscles.Current() == 7);
  h.Click(ImVec2(800.0f, 500.0f), keys::kMouseBack);
  h.Frames(2);
  CHECK(h.state.ui.muscles.Current() == 3);
  CHECK(h.state.ui.panel == ui::Panel::Muscles);
}

TEST_CASE("the shortcuts dialog lists every keyboard action", "[ui][keyboard]") {
  Harness h;
  h.Frames(2);
  h.PressKey(keys::kF1);
  h.Frames(3);
  REQUIRE(h.state.ui.show_shortcuts);
  const ImGuiWindow* dialog = ImGui::FindWindowByName("Keyboard shortcuts");
  REQUIRE(dialog != nullptr);
  CHECK(dialog->Active);
  std::string listed;
  for (const ui::Shortcut& s : ui::KeyboardShortcuts()) listed += std::string("|") + s.keys + "|";
  for (const char* key : {"Tab / Shift+Tab", "Arrows, Space", "Arrows (on the map)", "Enter (on the map)", "L", "M",
                          "Delete", "Ctrl+Z / Ctrl+Y", "B", "1 / 2 / 3", "+ / -, F", "Ctrl+F", "Alt+Left / Alt+Right",
                          "Esc", "F1", "Ctrl+Q"}) {
    INFO(key);
    CHECK(listed.find(std::string("|") + key + "|") != std::string::npos);
  }
}

TEST_CASE("undoing a mark's intensity leaves the intensity of new marks alone", "[ui][keyboard][undo]") {
  Harness h;
  h.Frames(2);
  const knotmap::model::Point first{545.0f, 470.0f};
  h.Click(h.ToScreen(View::Back, first));
  REQUIRE(h.state.session.marks.size() == 1);
  REQUIRE(h.state.session.marks.front().mark.intensity == 5);
  h.Frames(2);
  // The new mark is selected: the toolbar slider edits it. Drag the slider to 8 of 10.
  const ui::ToolbarHitTargets& t = h.state.ui.toolbar;
  const float y = (t.intensity_min.y + t.intensity_max.y) * 0.5f;
  // Where ImGui's 1..10 slider puts value v: inside a 2-pixel padding, a grab a tenth as wide.
  const auto at_value = [&](int v) {
    const float w = t.intensity_max.x - t.intensity_min.x - 4.0f;
    const float grab = w / 10.0f;
    return ImVec2(t.intensity_min.x + 2.0f + grab * 0.5f + (w - grab) * static_cast<float>(v - 1) / 9.0f, y);
  };
  h.Drag(at_value(5), at_value(8));
  REQUIRE(h.state.session.marks.front().mark.intensity == 8);
  h.PressKey('Z', true);
  h.Frames(2);
  CHECK(h.state.session.marks.front().mark.intensity == 5);
  h.PressKey(keys::kEscape);  // nothing selected: the slider shows the intensity for new marks
  h.Frames(2);
  CHECK(h.state.ui.new_intensity == 5);
  h.Click(h.ToScreen(View::Back, {455.0f, 470.0f}));
  REQUIRE(h.state.session.marks.size() == 2);
  CHECK(h.state.session.marks.back().mark.intensity == 5);
}
