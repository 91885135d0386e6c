// The canvas's skeleton layer: on by default, every bone drawn in the bone colours inside the
// views, in both themes, and hidden by its switch without touching the other layers.
#include <catch2/catch.hpp>

#include "harness.hpp"
#include "ui/core/theme.hpp"

using namespace knotmap;

namespace {

// Vertices of the last frame drawn in exactly `color`, and their bounding box (screen pixels).
struct Drawn {
  int count = 0;
  ImVec2 min{1e9f, 1e9f}, max{-1e9f, -1e9f};
};

Drawn VerticesIn(ImU32 color) {
  Drawn d;
  const ImDrawData* data = ImGui::GetDrawData();
  if (data == nullptr) return d;
  for (int l = 0; l < data->CmdListsCount; ++l) {
    for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
      if (v.col != color) continue;
      ++d.count;
      d.min = ImVec2(std::min(d.min.x, v.pos.x), std::min(d.min.y, v.pos.y));
      d.max = ImVec2(std::max(d.max.x, v.pos.x), std::max(d.max.y, v.pos.y));
    }
  }
  return d;
}

}  // namespace

TEST_CASE("the skeleton layer draws every bone faintly, and its switch hides it", "[ui][skeleton]") {
  for (const ui::ThemeKind theme : {ui::ThemeKind::Light, ui::ThemeKind::Dark}) {
    test::Harness h;
    INFO((theme == ui::ThemeKind::Dark ? "dark" : "light"));
    CHECK(h.state.settings.layers.skeleton);  // on by default
    h.state.settings.theme = theme;
    h.Frames(3);
    REQUIRE(h.ViewVisible(model::View::Front));
    REQUIRE(h.ViewVisible(model::View::Back));
    const ui::Palette& pal = ui::PaletteFor(theme);
    // Faint: see-through, and the outline lighter than the muscle outlines drawn with it.
    CHECK(((pal.bone_fill >> IM_COL32_A_SHIFT) & 0xFF) < 128);
    CHECK(((pal.bone_line >> IM_COL32_A_SHIFT) & 0xFF) < ((pal.muscle >> IM_COL32_A_SHIFT) & 0xFF));

    // Every closed bone of both views is filled (the whole body is in view at the fitted zoom),
    // at the level of detail of the zoom.
    std::size_t fill_points = 0;
    for (model::View v : model::kViews) {
      const int level = ui::LodLevelFor(h.state.ui.cameras[static_cast<int>(v)].zoom);
      for (const ui::ArtItem& a : h.state.render.geometry.Art(v).items) {
        const ui::Fill* f = a.role == io::Role::Bone ? a.FillAt(level) : nullptr;
        if (f != nullptr && !f->indices.empty()) fill_points += f->points.size();
      }
    }
    REQUIRE(fill_points > 0);
    const Drawn fill = VerticesIn(pal.bone_fill);
    const Drawn line = VerticesIn(pal.bone_line);
    CHECK(fill.count == static_cast<int>(fill_points));
    CHECK(line.count > 0);
    // Where the bones are: from the skull to the heels, inside the two views' body outlines.
    const model::Model& m = *h.state.session.model;
    const ImVec2 crown = h.ToScreen(model::View::Front, {500, 60});
    const ImVec2 heel = h.ToScreen(model::View::Back, m.FindLandmark(model::View::Back, "heel_right")->at);
    const ImVec2 front_left = h.ToScreen(model::View::Front, {m.Atlas(model::View::Front).body.bounds.min.x, 0});
    const ImVec2 back_right = h.ToScreen(model::View::Back, {m.Atlas(model::View::Back).body.bounds.max.x, 0});
    CHECK(fill.min.y > crown.y);
    CHECK(fill.max.y > heel.y - 10.0f);
    CHECK(fill.min.x > front_left.x);
    CHECK(fill.max.x < back_right.x);
    const int muscles = VerticesIn(pal.muscle).count;

    h.state.settings.layers.skeleton = false;
    h.Frames(2);
    CHECK(VerticesIn(pal.bone_fill).count == 0);
    CHECK(VerticesIn(pal.bone_line).count == 0);
    CHECK(VerticesIn(pal.muscle).count == muscles);  // the muscle outlines stay

    h.state.settings.layers.skeleton = true;
    h.Frames(2);
    CHECK(VerticesIn(pal.bone_fill).count == static_cast<int>(fill_points));
  }
}
