// The muscles on the map as a user sees them: superficial muscles filled in the muscle tone with
// their fibres, deep ones only when their layer is on or the muscle is shown, both themes; and a
// region opened magnified (gui --focus / --zoom).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "harness.hpp"
#include "model/geometry.hpp"
#include "model/learn_exercise.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/theme.hpp"

using knotmap::model::View;
using knotmap::test::Harness;
namespace ui = knotmap::ui;

namespace {

// Vertices drawn this frame in exactly `color` (fills and thin lines carry the colour as given).
int VerticesIn(ImU32 color) {
  const ImDrawData* data = ImGui::GetDrawData();
  int n = 0;
  for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l) {
    for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) n += v.col == color ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("muscles are filled with fibres; deep ones only on their layer", "[ui][muscles]") {
  for (const ui::ThemeKind theme : {ui::ThemeKind::Light, ui::ThemeKind::Dark}) {
    INFO((theme == ui::ThemeKind::Light ? "light" : "dark"));
    Harness h;
    h.state.settings.theme = theme;
    const ui::Palette& pal = ui::PaletteFor(theme);
    h.Frames(2);
    const int fill = VerticesIn(pal.muscle_fill);
    const int fibres = VerticesIn(pal.muscle_fibre);
    CHECK(fill > 1000);   // every superficial muscle on both views, triangulated
    CHECK(fibres > 1000);  // and its fibre strokes
    CHECK(VerticesIn(pal.muscle_deep_fill) == 0);  // deep muscles hidden by default

    h.state.settings.layers.deep_muscles = true;
    h.Frame();
    CHECK(VerticesIn(pal.muscle_deep_fill) > 100);
    CHECK(VerticesIn(pal.muscle_fill) == 0);  // see-through over the deep ones now

    h.state.settings.layers.deep_muscles = false;
    h.state.settings.layers.muscles = false;
    h.Frame();
    CHECK(VerticesIn(pal.muscle_fill) == 0);
    CHECK(VerticesIn(pal.muscle_fibre) == 0);
  }
}

TEST_CASE("a shown muscle stands out with its fibres, even a deep one", "[ui][muscles]") {
  Harness h;
  const ui::Palette& pal = ui::PaletteFor(h.state.settings.theme);
  h.Frames(2);
  CHECK(VerticesIn(pal.muscle_fibre_strong) == 0);
  const int deep = h.state.session.model->MuscleIndex("pectoralis_minor");  // deep, front view
  REQUIRE(deep >= 0);
  h.state.Queue(ui::action::OpenMuscle{deep});
  h.Frames(2);
  CHECK(VerticesIn(pal.muscle_fibre_strong) > 10);
  CHECK(VerticesIn(pal.muscle_fill) > 1000);
}

TEST_CASE("a view opened on a region, magnified over the fit size", "[ui][canvas][focus]") {
  Harness fit;
  fit.state.settings.view_mode = ui::ViewMode::Back;
  fit.Frames(2);
  const float fit_scale = fit.state.ui.placement[1].transform.scale;

  Harness h;
  h.Focus(View::Back, {600.0f, 450.0f}, 3.0f);
  h.Frames(2);
  const ui::ViewPlacement& place = h.state.ui.placement[1];
  REQUIRE(place.visible);
  CHECK(place.transform.scale == Approx(3.0f * fit_scale).epsilon(0.001));
  const ImVec2 at = h.ToScreen(View::Back, {600.0f, 450.0f});
  CHECK(at.x == Approx(place.min.x + place.size.x * 0.5f).margin(1.0));
  CHECK(at.y == Approx(place.min.y + place.size.y * 0.5f).margin(1.0));
  CHECK(h.state.ui.cameras[1].focus_zoom == 0.0f);  // used once: the Fit button fits again
}

TEST_CASE("learn mode draws the same muscles, none of them tinted by a stale hover", "[ui][muscles][learn]") {
  Harness h;
  const ui::Palette& pal = ui::PaletteFor(h.state.settings.theme);
  h.state.ui.hover.outline = 0;  // left over from the map
  REQUIRE(ui::StartLearn(h.state, ui::LearnMode::WhichMuscle, std::string(knotmap::model::kMixedRegion), 3));
  h.Frames(2);
  CHECK(VerticesIn(pal.muscle_fill) > 1000);
  CHECK(VerticesIn(pal.muscle_fibre) > 1000);
  CHECK(VerticesIn(pal.muscle_fibre_strong) == 0);  // nothing highlighted before the answer
}

TEST_CASE("the ten muscles a first-time viewer pointed to without hovering are where they pointed",
          "[ui][muscles]") {
  // A person who had never seen Knotmap was shown the front and back at fit size (1600x1000,
  // default layers) and asked to point at each muscle; these are the points they chose, turned
  // into atlas units with the state dump's transform. Each must fall on the muscle they meant: on
  // the outline picked there (the smallest superficial one, as hovering shows it), or, when the
  // point lies in the thin seam of skin between two muscles, on the nearest outline within 3 px
  // at that size (7 atlas units). On the first drawing the neck's point picked the digastric,
  // drawn over the sternocleidomastoid (it is on the deep layer now, where it lies), and the
  // thigh's lay beside a gap of skin between the rectus femoris and the vastus lateralis (a seam
  // of a few units now).
  struct Pointed {
    View view;
    knotmap::model::Point at;
    std::vector<std::string> muscle;  // any of these (a muscle drawn in parts)
  };
  const std::vector<Pointed> pointed = {
      {View::Back, {450.8f, 448.8f}, {"upper_trapezius", "middle_trapezius", "lower_trapezius"}},
      {View::Front, {293.3f, 472.5f}, {"deltoid"}},
      {View::Back, {384.5f, 673.8f}, {"latissimus_dorsi"}},
      {View::Front, {409.4f, 472.5f}, {"pectoralis_major"}},
      {View::Front, {471.0f, 306.6f}, {"sternocleidomastoid"}},
      {View::Front, {463.9f, 721.2f}, {"rectus_abdominis"}},
      {View::Back, {415.3f, 958.1f}, {"gluteus_maximus"}},
      {View::Front, {392.8f, 1218.7f}, {"rectus_femoris", "vastus_lateralis", "vastus_medialis"}},
      {View::Back, {427.2f, 1242.4f}, {"hamstrings"}},
      {View::Back, {415.3f, 1621.4f}, {"gastrocnemius"}},
  };
  Harness h;
  h.Frames(2);
  const knotmap::model::Model& m = *h.state.session.model;
  for (const Pointed& p : pointed) {
    INFO(p.muscle.front() << " at " << p.at.x << "," << p.at.y);
    int outline = ui::OutlineAt(h.state, p.view, p.at);
    if (outline < 0) {
      float nearest = 7.0f;
      for (std::size_t i = 0; i < m.outlines.size(); ++i) {
        const auto& o = m.outlines[i];
        if (o.view != p.view || o.deep) continue;
        const float d = knotmap::model::DistanceToPolygonEdge(o.shape.polygon, p.at);
        if (d < nearest) {
          nearest = d;
          outline = static_cast<int>(i);
        }
      }
    }
    REQUIRE(outline >= 0);
    const std::string& id = m.muscles[m.outlines[outline].muscle].id;
    CHECK(std::find(p.muscle.begin(), p.muscle.end(), id) != p.muscle.end());
  }
}
