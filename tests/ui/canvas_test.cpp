// Clicking, dragging and removing marks on the canvas, as a user would, through ImGui input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>

#include "harness.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/keys.hpp"

using knotmap::model::Point;
using knotmap::model::Side;
using knotmap::model::View;
using knotmap::test::Harness;
namespace ui = knotmap::ui;

namespace {

Point Between(const knotmap::model::Model& m, View v, const char* a, const char* b) {
  const auto* la = m.FindLandmark(v, a);
  const auto* lb = m.FindLandmark(v, b);
  REQUIRE(la != nullptr);
  REQUIRE(lb != nullptr);
  return (la->at + lb->at) * 0.5f;
}

std::vector<std::string> TopKeys(const ui::AppState& s, std::size_t n) {
  std::vector<std::string> keys;
  for (std::size_t g = 0; g < s.session.groups.size() && g < n; ++g) keys.push_back(knotmap::session::CandidateKey(s.session, s.session.groups[g].first));
  return keys;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("clicking between the spine and the right shoulder blade finds the interscapular knots",
          "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  REQUIRE(h.ViewVisible(View::Back));
  REQUIRE(h.ViewVisible(View::Front));
  const auto& m = *h.state.session.model;
  const Point target = Between(m, View::Back, "t4", "scapula_spine_root_right");
  h.Click(h.ToScreen(View::Back, target));

  REQUIRE(h.state.session.marks.size() == 1);
  const auto& mark = h.state.session.marks.front().mark;
  CHECK(mark.view == View::Back);
  // ImGui floors the mouse position to whole pixels: allow one pixel.
  const double one_px = 1.0 / h.state.ui.placement[1].transform.scale;
  CHECK(mark.points.front().x == Approx(target.x).margin(one_px));
  CHECK(mark.points.front().y == Approx(target.y).margin(one_px));

  REQUIRE_FALSE(h.state.session.findings.candidates.empty());
  const auto top = TopKeys(h.state, 3);
  INFO("top: " << (top.empty() ? "" : top[0]));
  CHECK((Contains(top, "rhomboids:right") || Contains(top, "middle_trapezius:right") ||
         Contains(top, "rhomboid_major:right")));
  // The subject's right side: on the back view that is the screen's right.
  CHECK(h.state.session.findings.candidates.front().side == Side::Right);
  // The best candidate is selected and highlighted on the map.
  CHECK(h.state.session.selected_candidate == 0);
  const ui::Highlight hl = ui::CurrentHighlight(h.state);
  CHECK(hl.muscle == h.state.session.findings.candidates.front().muscle);
  CHECK(hl.primary == h.state.session.findings.candidates.front().instance);
}

TEST_CASE("a click outside the body is refused gently", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  h.Click(h.ToScreen(View::Back, Point(60.0f, 1000.0f)));
  CHECK(h.state.session.marks.empty());
  CHECK(h.state.ui.status.find("outside the body") != std::string::npos);
}

TEST_CASE("marks can be dragged, removed, and brought back with undo", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  const Point a(545.0f, 470.0f);
  h.Click(h.ToScreen(View::Back, a));
  REQUIRE(h.state.session.marks.size() == 1);
  const int version = h.state.session.findings_version;

  // Drag it 40 atlas units down.
  const Point b(545.0f, 510.0f);
  h.Drag(h.ToScreen(View::Back, a), h.ToScreen(View::Back, b));
  REQUIRE(h.state.session.marks.size() == 1);
  const double one_px = 1.0 / h.state.ui.placement[1].transform.scale;
  CHECK(h.state.session.marks.front().mark.points.front().y == Approx(b.y).margin(2.0 * one_px));
  CHECK(h.state.session.findings_version > version);

  // Right-click opens its menu; Delete removes it.
  h.Click(h.ToScreen(View::Back, b), 1);
  REQUIRE(h.state.ui.mark_menu.delete_at);
  CHECK(h.state.session.marks.size() == 1);
  h.Click(*h.state.ui.mark_menu.delete_at);
  CHECK(h.state.session.marks.empty());
  CHECK(h.state.session.findings.candidates.empty());

  // Ctrl+Z brings it back where it was; Ctrl+Y removes it again.
  h.PressKey('Z', true);
  REQUIRE(h.state.session.marks.size() == 1);
  CHECK(h.state.session.marks.front().mark.points.front().y == Approx(b.y).margin(2.0 * one_px));
  CHECK_FALSE(h.state.session.findings.candidates.empty());
  h.PressKey('Y', true);
  CHECK(h.state.session.marks.empty());
}

TEST_CASE("Delete removes the selected mark and Clear removes all", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  h.Click(h.ToScreen(View::Back, Point(545.0f, 470.0f)));
  h.Click(h.ToScreen(View::Front, Point(400.0f, 520.0f)));
  REQUIRE(h.state.session.marks.size() == 2);
  CHECK(h.state.session.selected_mark == h.state.session.marks.back().id);
  h.PressKey(ui::keys::kDelete);
  REQUIRE(h.state.session.marks.size() == 1);
  CHECK(h.state.session.marks.front().mark.view == View::Back);
  h.state.Queue(ui::action::ClearMarks{});
  h.Frame();
  CHECK(h.state.session.marks.empty());
}

TEST_CASE("the brush paints a stroke mark", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  h.state.settings.tool = ui::Tool::Brush;
  h.Drag(h.ToScreen(View::Back, Point(540.0f, 420.0f)), h.ToScreen(View::Back, Point(550.0f, 560.0f)), 0, 12);
  REQUIRE(h.state.session.marks.size() == 1);
  const auto& mark = h.state.session.marks.front().mark;
  CHECK(mark.kind == knotmap::model::MarkKind::Stroke);
  CHECK(mark.points.size() >= 3);
  CHECK_FALSE(h.state.session.findings.candidates.empty());
}

TEST_CASE("hovering a mark and a muscle is tracked for highlighting", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  const Point a(545.0f, 470.0f);
  h.Click(h.ToScreen(View::Back, a));
  h.MoveMouse(h.ToScreen(View::Back, a));
  h.Frame();
  CHECK(h.state.ui.hover.mark == h.state.session.marks.front().id);
  // Away from the mark, over the body: some muscle outline is hovered (the upper back has many).
  h.MoveMouse(h.ToScreen(View::Back, Point(610.0f, 380.0f)));
  h.Frame();
  CHECK(h.state.ui.hover.mark == -1);
  CHECK(h.state.ui.hover.outline >= 0);
}

TEST_CASE("keys 1, 2, 3 switch views; F fits; the wheel zooms", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  h.PressKey(ui::keys::kDigit1);
  CHECK(h.ViewVisible(View::Front));
  CHECK_FALSE(h.ViewVisible(View::Back));
  h.PressKey(ui::keys::kDigit2);
  CHECK_FALSE(h.ViewVisible(View::Front));
  CHECK(h.ViewVisible(View::Back));
  const float fitted = h.state.ui.cameras[1].zoom;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = h.ToScreen(View::Back, Point(500.0f, 900.0f));
  h.Frame();
  io.MouseWheel = 2.0f;
  h.Frame();
  CHECK(h.state.ui.cameras[1].zoom > fitted * 1.3f);
  h.PressKey(ui::keys::kF);
  h.Frame();
  CHECK(h.state.ui.cameras[1].zoom == Approx(fitted));
  h.PressKey(ui::keys::kDigit3);
  CHECK(h.ViewVisible(View::Front));
  CHECK(h.ViewVisible(View::Back));
}

TEST_CASE("a mark's menu mirrors it to the other side and sets its intensity", "[ui][canvas]") {
  Harness h;
  h.Frames(2);
  const Point a(545.0f, 470.0f);
  h.Click(h.ToScreen(View::Back, a));
  REQUIRE(h.state.session.marks.size() == 1);
  h.Click(h.ToScreen(View::Back, a), 1);
  REQUIRE(h.state.ui.mark_menu.mirror_at);
  h.Click(*h.state.ui.mark_menu.mirror_at);
  REQUIRE(h.state.session.marks.size() == 2);
  const float mid = h.state.session.model->Atlas(View::Back).MidlineX();
  const Point mirrored = h.state.session.marks.back().mark.points.front();
  CHECK(mirrored.x == Approx(2.0f * mid - h.state.session.marks.front().mark.points.front().x).margin(0.01));
  CHECK(mirrored.y == Approx(h.state.session.marks.front().mark.points.front().y));
  // The findings now cover both sides.
  bool left = false, right = false;
  for (const auto& c : h.state.session.findings.candidates) {
    left |= c.side == knotmap::model::Side::Left;
    right |= c.side == knotmap::model::Side::Right;
  }
  CHECK((left && right));
  // One undo takes the mirror image away again.
  h.PressKey('Z', true);
  CHECK(h.state.session.marks.size() == 1);
}

namespace {

// How far the vertices drawn this frame in `color` reach from `centre`, in pixels (0: none).
float ReachOf(ImU32 color, ImVec2 centre, float within) {
  const ImDrawData* data = ImGui::GetDrawData();
  float reach = 0.0f;
  for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
    for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
      const float d = std::hypot(v.pos.x - centre.x, v.pos.y - centre.y);
      if (v.col == color && d < within) reach = std::max(reach, d);
    }
  }
  return reach;
}

}  // namespace

TEST_CASE("a spot is a ring of one size at every zoom, and only the ring picks it", "[ui][canvas][marks]") {
  Harness h;
  h.state.settings.view_mode = ui::ViewMode::Back;
  h.Frames(2);
  const Point at(545.0f, 470.0f);
  h.Click(h.ToScreen(View::Back, at));
  REQUIRE(h.state.session.marks.size() == 1);
  h.state.session.selected_mark = -1;  // the ring in its usual colour
  h.Frames(2);
  const ui::Palette& pal = ui::PaletteFor(h.state.settings.theme);
  const float fit = ReachOf(pal.mark_line, h.ToScreen(View::Back, at), 60.0f);
  // The ring's radius, plus half its line and the anti-aliased fringe.
  CHECK(fit >= ui::SpotRingRadius(h.state.Scale()));
  CHECK(fit <= ui::SpotRingRadius(h.state.Scale()) + 3.0f);

  // Three times closer: the ring stays the size it was, and the zone under it shows through.
  ui::Camera& cam = h.state.ui.cameras[1];
  cam.zoom *= 3.0f;
  cam.center = at;
  cam.fitted = false;
  h.Frames(2);
  CHECK(ReachOf(pal.mark_line, h.ToScreen(View::Back, at), 200.0f) == Approx(fit).margin(1.0));

  // Just outside the ring, but well within the spot's search radius, a click adds a second spot.
  const float ring_atlas = 2.0f * ui::SpotRingRadius(h.state.Scale()) / h.state.ui.placement[1].transform.scale;
  REQUIRE(ring_atlas < h.state.session.marks.front().mark.radius);
  const int first = h.state.session.marks.front().id;
  CHECK(ui::MarkAt(h.state, View::Back, h.state.ui.placement[1].transform,
                   h.ToScreen(View::Back, {at.x + ring_atlas * 0.4f, at.y})) == first);
  h.Click(h.ToScreen(View::Back, {at.x + ring_atlas, at.y}));
  CHECK(h.state.session.marks.size() == 2);
}

TEST_CASE("a view's title gives way to the 'Click where it hurts' box over it", "[ui][canvas]") {
  // Vertices in the label colour (view titles, spot numbers, the legend) inside a screen box.
  const auto label_vertices_in = [](ImU32 color, ImVec2 lo, ImVec2 hi) {
    int n = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
      for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
        n += v.col == color && v.pos.x >= lo.x && v.pos.x <= hi.x && v.pos.y >= lo.y && v.pos.y <= hi.y;
      }
    }
    return n;
  };
  Harness fit;
  const ImU32 label = ui::PaletteFor(fit.state.settings.theme).label;
  fit.Frames(2);
  // At fit size each title sits above its view's crown, clear of the box between the views.
  const ImVec2 crown = fit.ToScreen(View::Front, {500.0f, 60.0f});
  CHECK(label_vertices_in(label, ImVec2(crown.x - 40.0f, crown.y - 40.0f), ImVec2(crown.x + 40.0f, crown.y)) == 20);

  Harness h;  // the front alone, zoomed on the head: its title would be under the box
  h.Focus(View::Front, {500.0f, 300.0f}, 4.0f);
  h.Frames(2);
  REQUIRE(h.state.ui.hint_max.x > h.state.ui.hint_min.x);
  CHECK(label_vertices_in(label, h.state.ui.hint_min, h.state.ui.hint_max) == 0);
}
