// The labels layer names the highlighted muscle on the map, and can be switched off.
#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace knotmap;

namespace {
int Vertices() {
  const ImDrawData* d = ImGui::GetDrawData();
  return d != nullptr ? d->TotalVtxCount : 0;
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
