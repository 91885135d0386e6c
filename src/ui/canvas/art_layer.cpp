// The still art of the map (GeometryCache::Art: the atlas scene the SVG and the printed plan paint
// too) in the theme's colours, drawn as an anatomy atlas draws it: skin; each superficial muscle
// filled in a muscle tone with thin fibre strokes, larger muscles first so smaller ones stay
// visible where outlines overlap, and deep muscles (when their layer is on) lighter beneath; the
// faint skeleton; quiet muscle edges; detail lines and the silhouette's edge. The highlighted
// muscle (a finding or a muscle page) and the hovered one are drawn last in their layer and stand
// out, whatever the layer switches say.
#include <algorithm>
#include <cmath>

#include "model/fibres.hpp"
#include "ui/canvas/canvas_layers.hpp"

namespace knotmap::ui {
namespace {

bool Highlighted(const model::Model& m, const ArtItem& item, const Highlight& h) {
  if (item.outline < 0) return false;
  const model::OutlineInstance& o = m.outlines[item.outline];
  return (o.muscle == h.muscle && o.side == h.side) || item.outline == h.hover_outline;
}

// Every `stride`-th fibre, so that drawn fibres stay at least about 4 pixels apart when zoomed out.
int FibreStride(const ViewTransform& t, float px) {
  const float apart = model::kFibreSpacing * t.scale;
  return std::max(1, static_cast<int>(std::ceil(4.0f * px / std::max(apart, 1e-3f))));
}

struct ArtPass {
  const model::Model& m;
  const Palette& pal;
  const ArtFilter& filter;
  const Highlight& h;
  Painter& p;
  int level;
  int stride;
  float px;

  void Item(const ArtItem& a, bool strong) const {
    using io::Role;
    switch (a.role) {
      case Role::Skin:
        if (const Fill* f = a.FillAt(level)) p.Fill(*f, pal.skin);
        return;
      case Role::MuscleFill:
      case Role::DeepMuscleFill: {
        const bool deep = a.role == Role::DeepMuscleFill;
        const Fill* f = a.FillAt(level);
        if (f == nullptr) return;
        if (strong) {
          p.Fill(*f, pal.muscle_fill);
          if (a.outline == h.hover_outline) p.Fill(*f, pal.muscle_hover_fill);
        } else if (deep ? filter.deep_muscles : filter.muscles) {
          // See-through when the deep layer is on, so that what lies under shows.
          p.Fill(*f, deep ? pal.muscle_deep_fill : WithAlpha(pal.muscle_fill, filter.deep_muscles ? 0.6f : 1.0f));
        }
        return;
      }
      case Role::Fibre:
      case Role::DeepFibre: {
        const bool deep = a.role == Role::DeepFibre;
        if (a.part % stride != 0) return;
        if (strong) {
          p.Polyline(a.LineAt(level), pal.muscle_fibre_strong, 1.0f * px, false);
        } else if (deep ? filter.deep_muscles : filter.muscles) {
          p.Polyline(a.LineAt(level), deep ? pal.muscle_deep_fibre : pal.muscle_fibre, 1.0f * px, false);
        }
        return;
      }
      case Role::MuscleEdge:
      case Role::DeepMuscleEdge: {
        const bool deep = a.role == Role::DeepMuscleEdge;
        if (!strong) {
          if (deep ? !(filter.deep_muscles && filter.deep_edges) : !filter.muscles) return;
          if (filter.skip_edges_of >= 0 && m.outlines[a.outline].muscle == filter.skip_edges_of) return;
        }
        const ImU32 color = strong ? pal.muscle_hover : deep ? pal.muscle_deep : pal.muscle;
        const float width = (strong ? 2.0f : 1.0f) * px;
        if (deep) {
          p.DashedPolyline(a.LineAt(level), color, width, true, (strong ? 7.0f : 5.0f) * px, 4.0f * px);
        } else {
          p.Polyline(a.LineAt(level), color, width, true);
        }
        return;
      }
      case Role::Bone:
        if (!filter.skeleton) return;
        if (const Fill* f = a.FillAt(level)) p.Fill(*f, pal.bone_fill);
        p.Polyline(a.LineAt(level), pal.bone_line, 0.8f * px, a.closed);
        return;
      case Role::Detail:
        if (filter.details) p.Polyline(a.LineAt(level), pal.detail, 1.0f * px, false);
        return;
      case Role::BodyOutline:
        p.Polyline(a.LineAt(level), pal.body_outline, 1.8f * px, true);
        return;
      case Role::Other:
        return;
    }
  }
};

}  // namespace

ArtFilter MapArtFilter(const Layers& layers) {
  ArtFilter f;
  f.muscles = layers.muscles;
  f.deep_muscles = layers.deep_muscles;
  f.skeleton = layers.skeleton;
  f.details = layers.details;
  return f;
}

void DrawArt(const AppState& s, Painter& p, model::View view, io::Layer first, io::Layer last, const Highlight& h,
             const ArtFilter& filter, const model::Box& visible, float px) {
  const ViewArt& art = s.render.geometry.Art(view);
  const ArtPass pass{*s.session.model, PaletteFor(s.settings.theme), filter, h, p,
                     LodLevelFor(p.Transform().scale), FibreStride(p.Transform(), px), px};
  for (int layer = static_cast<int>(first); layer <= static_cast<int>(last); ++layer) {
    const auto [begin, end] = art.layers[layer];
    // The highlighted muscle's paths after the rest of their layer, so they stand out.
    for (const bool strong : {false, true}) {
      for (std::size_t i = begin; i < end; ++i) {
        const ArtItem& a = art.items[i];
        if (Highlighted(pass.m, a, h) != strong || !a.bounds.Overlaps(visible)) continue;
        pass.Item(a, strong);
      }
    }
  }
}

}  // namespace knotmap::ui
