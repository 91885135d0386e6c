// The brush paints an area of the width shown in the toolbar, and a painted area counts as an
// area in the findings.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/keys.hpp"

using knotmap::model::Point;
using knotmap::model::View;
using knotmap::test::Harness;
namespace ui = knotmap::ui;

TEST_CASE("the brush paints an area as wide as its size slider says", "[ui][brush]") {
  Harness h;
  h.Frames(2);
  const ui::ToolbarHitTargets& t = h.state.ui.toolbar;
  CHECK(t.brush_size_max.x == t.brush_size_min.x);  // no size slider for spots
  h.PressKey(ui::keys::kB);
  h.Frames(2);
  REQUIRE(h.state.settings.tool == ui::Tool::Brush);
  REQUIRE(t.brush_size_max.x > t.brush_size_min.x);  // the size shows in the toolbar

  // A click at the slider's right end makes the widest brush.
  const float y = (t.brush_size_min.y + t.brush_size_max.y) * 0.5f;
  h.Click(ImVec2(t.brush_size_max.x - 3.0f, y));
  CHECK(h.state.ui.brush_radius == Approx(ui::kMaxBrushRadius));

  // Paint across the lower back.
  const Point from{440.0f, 900.0f}, to{560.0f, 900.0f};
  h.Drag(h.ToScreen(View::Back, from), h.ToScreen(View::Back, to), 0, 12);
  REQUIRE(h.state.session.marks.size() == 1);
  const auto& mark = h.state.session.marks.front().mark;
  CHECK(mark.kind == knotmap::model::MarkKind::Stroke);
  CHECK(mark.radius == Approx(ui::kMaxBrushRadius));
  CHECK(mark.points.size() >= 3);

  // The area, not only its centre line, belongs to the mark: a point most of a radius off the
  // line is on it, one beyond the radius is not.
  h.Frame();
  const auto& place = h.state.ui.placement[1].transform;
  const float inside = ui::kMaxBrushRadius * 0.8f, outside = ui::kMaxBrushRadius * 1.5f;
  CHECK(ui::MarkAt(h.state, View::Back, place, place.ToScreen({500.0f, 900.0f + inside})) == h.state.session.marks.front().id);
  CHECK(ui::MarkAt(h.state, View::Back, place, place.ToScreen({500.0f, 900.0f + outside})) == -1);
  // And the findings sample the whole width: the stroke's samples spread across it.
  const auto samples = knotmap::model::SampleMark(mark);
  float lo = 1e9f, hi = -1e9f;
  for (const Point& p : samples) {
    lo = std::min(lo, p.y);
    hi = std::max(hi, p.y);
  }
  CHECK(hi - lo == Approx(ui::kMaxBrushRadius * 4.0f / 3.0f).margin(2.0f));
  CHECK_FALSE(h.state.session.findings.candidates.empty());
}
