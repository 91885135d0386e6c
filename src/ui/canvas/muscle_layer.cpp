// The muscles on the map, drawn as an anatomy atlas draws them: each superficial muscle filled in a
// muscle tone with thin fibre strokes (model/fibres.hpp), larger muscles first so smaller ones stay
// visible where outlines overlap; deep muscles, when their layer is on, lighter and beneath. The
// highlighted muscle (a finding or a muscle page) and the hovered one are drawn last and stand out.
#include <algorithm>
#include <cmath>

#include "model/fibres.hpp"
#include "ui/canvas/canvas_layers.hpp"

namespace knotmap::ui {
namespace {

bool Highlighted(const model::OutlineInstance& o, int index, const Highlight& h) {
  return (o.muscle == h.muscle && o.side == h.side) || index == h.hover_outline;
}

bool LayerOn(const AppState& s, const model::OutlineInstance& o) {
  return o.deep ? s.settings.layers.deep_muscles : s.settings.layers.muscles;
}

// Every `stride`-th fibre, so that drawn fibres stay at least about 4 pixels apart when zoomed out.
int FibreStride(const ViewTransform& t, float px) {
  const float apart = model::kFibreSpacing * t.scale;
  return std::max(1, static_cast<int>(std::ceil(4.0f * px / std::max(apart, 1e-3f))));
}

void DrawFibres(Painter& p, const model::OutlineInstance& o, int stride, ImU32 color, float width) {
  for (std::size_t f = 0; f < o.fibres.size(); f += static_cast<std::size_t>(stride)) {
    p.Polyline(o.fibres[f], color, width, false);
  }
}

}  // namespace

void DrawMuscleFills(AppState& s, Painter& p, model::View view, const Highlight& h, const model::Box& visible,
                     float px) {
  const model::Model& m = *s.session.model;
  const Palette& pal = PaletteFor(s.settings.theme);
  const auto& geo = s.render.geometry.Outlines();
  const int stride = FibreStride(p.Transform(), px);
  const bool deep_on = s.settings.layers.deep_muscles;
  // Deep muscles beneath, then superficial ones; see-through when the deep layer is on so that
  // what lies under them shows.
  for (const bool deep : {true, false}) {
    if (deep ? !deep_on : !s.settings.layers.muscles) continue;
    const ImU32 fill = deep ? pal.muscle_deep_fill : WithAlpha(pal.muscle_fill, deep_on ? 0.6f : 1.0f);
    const ImU32 fibre = deep ? pal.muscle_deep_fibre : pal.muscle_fibre;
    for (const int i : s.render.geometry.OutlinesByArea()) {
      const model::OutlineInstance& o = m.outlines[i];
      if (o.view != view || o.deep != deep || !o.shape.bounds.Overlaps(visible)) continue;
      if (Highlighted(o, i, h)) continue;  // drawn last, on top
      p.Fill(geo[i].fill, fill);
      DrawFibres(p, o, stride, fibre, 1.0f * px);
    }
  }
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != view || !Highlighted(o, static_cast<int>(i), h)) continue;
    p.Fill(geo[i].fill, pal.muscle_fill);
    if (static_cast<int>(i) == h.hover_outline) p.Fill(geo[i].fill, pal.muscle_hover_fill);
    DrawFibres(p, o, stride, pal.muscle_fibre_strong, 1.0f * px);
  }
}

void DrawMuscleEdges(AppState& s, Painter& p, model::View view, const Highlight& h, int level,
                     const model::Box& visible, float px) {
  const model::Model& m = *s.session.model;
  const Palette& pal = PaletteFor(s.settings.theme);
  const auto& geo = s.render.geometry.Outlines();
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != view || !o.shape.bounds.Overlaps(visible) || !LayerOn(s, o)) continue;
    if (Highlighted(o, static_cast<int>(i), h)) continue;  // drawn last, on top
    const auto& pts = geo[i].outline.At(level);
    if (o.deep) {
      p.DashedPolyline(pts, pal.muscle_deep, 1.0f * px, true, 5.0f * px, 4.0f * px);
    } else {
      p.Polyline(pts, pal.muscle, 1.0f * px, true);
    }
  }
  // The highlighted muscle(s): all outlines of the candidate muscle and side, plus the hover.
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != view || !Highlighted(o, static_cast<int>(i), h)) continue;
    const auto& pts = geo[i].outline.At(level);
    if (o.deep) {
      p.DashedPolyline(pts, pal.muscle_hover, 2.0f * px, true, 7.0f * px, 4.0f * px);
    } else {
      p.Polyline(pts, pal.muscle_hover, 2.0f * px, true);
    }
  }
}

}  // namespace knotmap::ui
