// The labels layer names the highlighted muscle on the map, and can be switched off; the name's
// place is worked out again only when the view or the highlight changes.
#include <catch2/catch.hpp>

#include <vector>

#include "harness.hpp"

using namespace knotmap;

namespace {
int Vertices() {
  const ImDrawData* d = ImGui::GetDrawData();
  return d != nullptr ? d->TotalVtxCount : 0;
}

// Every vertex position of the last frame, in draw order.
std::vector<float> VertexPositions() {
  std::vector<float> out;
  const ImDrawData* d = ImGui::GetDrawData();
  for (int l = 0; d != nullptr && l < d->CmdListsCount; ++l) {
    for (const ImDrawVert& v : d->CmdLists[l]->VtxBuffer) {
      out.push_back(v.pos.x);
      out.push_back(v.pos.y);
    }
  }
  return out;
}
}  // namespace

TEST_CASE("the labels layer draws the highlighted muscle's name", "[ui][labels]") {
  test::Harness h;
  const int muscle = h.state.session.model->MuscleIndex("infraspinatus");
  REQUIRE(muscle >= 0);
  h.state.Queue(ui::action::OpenMuscle{muscle});
  h.Frames(3);
  h.state.settings.layers.labels = true;
  h.Frames(2);
  const int with = Vertices();
  h.state.settings.layers.labels = false;
  h.Frames(2);
  const int without = Vertices();
  // "Infraspinatus" (13 glyphs) under its back-view outline, drawn five times for the halo:
  // 13 * 5 quads of 4 vertices.
  CHECK(with - without == 13 * 5 * 4);
}

TEST_CASE("a muscle's name is placed once and kept until the view or the highlight changes", "[ui][labels]") {
  test::Harness h;
  const model::Model& m = *h.state.session.model;
  const int muscle = m.MuscleIndex("infraspinatus");
  REQUIRE(muscle >= 0);
  h.state.settings.layers.labels = true;
  h.state.Queue(ui::action::OpenMuscle{muscle});
  h.Frames(3);
  const int placed = h.state.render.labels.placements;
  CHECK(placed >= 1);

  // Still frames and a pointer moving over the body draw the kept places.
  h.Frames(3);
  CHECK(h.state.render.labels.placements == placed);
  model::Box outline;
  for (const model::OutlineInstance& o : m.outlines) {
    if (o.muscle == muscle && o.view == model::View::Back) outline = o.shape.bounds;
  }
  const model::Point centre{(outline.min.x + outline.max.x) * 0.5f, (outline.min.y + outline.max.y) * 0.5f};
  h.MoveMouse(h.ToScreen(model::View::Back, centre));
  h.Frames(2);
  CHECK(h.state.render.labels.placements == placed);

  // Zoomed in, then panned (the same view box, another transform), the name is placed again each
  // time, where placing it afresh puts it.
  h.Focus(model::View::Back, centre, 3.0f);
  h.Frames(4);
  const int zoomed = h.state.render.labels.placements;
  CHECK(zoomed > placed);
  h.Focus(model::View::Back, {centre.x + 40.0f, centre.y + 30.0f}, 3.0f);
  h.Frames(4);
  CHECK(h.state.render.labels.placements > zoomed);
  const std::vector<float> kept = VertexPositions();
  h.state.render.labels.Clear();
  h.Frame();
  CHECK(VertexPositions() == kept);
}
