// Back-to-front drawing of one view: skin, muscles (muscle_layer.cpp), the faint skeleton
// (skeleton_layer.cpp), referral zones, muscle edges, detail lines, the silhouette outline,
// trigger points, landmarks, pain marks and the labels (label_layer.cpp).
#include "ui/canvas/canvas_layers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "model/geometry.hpp"
#include "ui/canvas/atlas_painter.hpp"

namespace knotmap::ui {
namespace {

void DrawZones(AppState& s, Painter& p, model::View view, const Highlight& h, float px) {
  // Spillover first so essential zones sit on top where they overlap.
  for (const model::ZoneKind want : {model::ZoneKind::Spillover, model::ZoneKind::Essential}) {
    for (int inst : h.instances) {
      // A candidate shows its own zones; a muscle page (no primary) shows the whole pattern.
      if (h.primary >= 0 && inst != h.primary) continue;
      DrawInstanceZones(s, p, view, inst, want, 1.0f, px);
    }
  }
}

// `top` over `bottom` by `top`'s alpha, as one opaque colour.
ImU32 Over(ImU32 bottom, ImU32 top) {
  const float a = static_cast<float>((top >> IM_COL32_A_SHIFT) & 0xFF) / 255.0f;
  const auto mix = [&](int shift) {
    const float b = static_cast<float>((bottom >> shift) & 0xFF);
    const float u = static_cast<float>((top >> shift) & 0xFF);
    return static_cast<ImU32>(b + (u - b) * a + 0.5f) << shift;
  };
  return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | IM_COL32_A_MASK;
}

// Screen points along the polyline `atlas` every `step_px` pixels (both ends included).
void DiscCentres(const ViewTransform& t, const std::vector<model::Point>& atlas, float step_px,
                 std::vector<ImVec2>& out) {
  out.clear();
  out.push_back(t.ToScreen(atlas.front()));
  for (std::size_t i = 1; i < atlas.size(); ++i) {
    const ImVec2 a = t.ToScreen(atlas[i - 1]);
    const ImVec2 b = t.ToScreen(atlas[i]);
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    const int n = std::max(1, static_cast<int>(std::ceil(len / step_px)));
    for (int k = 1; k <= n; ++k) {
      const float u = static_cast<float>(k) / static_cast<float>(n);
      out.push_back(ImVec2(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u));
    }
  }
}

// `number` is the mark's 1-based position, as the findings refer to marks ("mark 2"); 0: none.
void DrawMark(AppState& s, Painter& p, const model::PainMark& mark, int number, bool selected, bool hovered,
              float px) {
  const Palette& pal = PaletteFor(s.settings.theme);
  ImDrawList* dl = p.DrawList();
  const ViewTransform& t = p.Transform();
  const ImU32 ring = selected ? pal.mark_selected : pal.mark_line;
  const float ring_w = (selected ? 2.5f : hovered ? 2.0f : 1.5f) * px;
  if (mark.kind == model::MarkKind::Spot || mark.points.size() == 1) {
    // A spot is a ring of one size at every zoom with a see-through centre, so it never hides a
    // small zone; its number and the ring's colour carry it. The selected spot also shows how far
    // the search reaches, faint, when that is wider than the ring.
    const ImVec2 c = t.ToScreen(mark.points.front());
    const float r = SpotRingRadius(px);
    const ImU32 fill = WithAlpha(pal.mark_fill, 0.12f + 0.02f * static_cast<float>(mark.intensity));
    dl->AddCircleFilled(c, r, fill, 0);
    dl->AddCircle(c, r, ring, 0, ring_w);
    if (selected) {
      dl->AddCircle(c, r + 3.0f * px, WithAlpha(pal.mark_selected, 0.45f), 0, 1.5f * px);
      const float reach = t.ToScreenLength(mark.radius);
      if (reach > r + 6.0f * px) dl->AddCircle(c, reach, WithAlpha(pal.mark_selected, 0.35f), 0, 1.0f * px);
    }
    if (number > 0) {
      char digits[16];
      std::snprintf(digits, sizeof digits, "%d", number);
      const ImVec2 ts = ImGui::CalcTextSize(digits);
      dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), pal.label, digits);
    }
    return;
  }
  const float r = std::max(t.ToScreenLength(mark.radius), 4.0f * px);
  // A painted area: the union of the brush's discs along the stroke. Slightly larger discs in the
  // ring colour go under the fill, so only the area's outer edge shows; the fill is the mark colour
  // already blended over the skin, so overlapping discs stay one even colour.
  auto& pts = s.render.draw_scratch;
  DiscCentres(t, mark.points, std::max(r * 0.35f, 1.0f), pts);
  const ImU32 solid = Over(pal.skin, WithAlpha(pal.mark_fill, 0.55f + 0.06f * static_cast<float>(mark.intensity)));
  for (const ImVec2& c : pts) dl->AddCircleFilled(c, r + ring_w, ring, 0);
  for (const ImVec2& c : pts) dl->AddCircleFilled(c, r, solid, 0);
  if (number > 0) {
    char digits[16];
    std::snprintf(digits, sizeof digits, "%d", number);
    const ImVec2 ts = ImGui::CalcTextSize(digits);
    const ImVec2 c = pts.front();
    dl->AddCircleFilled(c, std::max(ts.x, ts.y) * 0.7f, pal.mark_line, 0);
    dl->AddText(ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, digits);
  }
}

void DrawMarks(AppState& s, Painter& p, model::View view, float px) {
  for (std::size_t i = 0; i < s.session.marks.size(); ++i) {
    const Mark& m = s.session.marks[i];
    if (m.mark.view != view) continue;
    model::PainMark shown = m.mark;
    if (s.ui.gesture.kind == CanvasGesture::Kind::DragMark && s.ui.gesture.mark == m.id &&
        !s.ui.gesture.points.empty()) {
      shown.points = s.ui.gesture.points;
    }
    DrawMark(s, p, shown, static_cast<int>(i) + 1, m.id == s.session.selected_mark, m.id == s.ui.hover.mark, px);
  }
  if (s.ui.gesture.kind == CanvasGesture::Kind::Paint && s.ui.gesture.view == view &&
      !s.ui.gesture.points.empty()) {
    model::PainMark preview;
    preview.view = view;
    preview.kind = model::MarkKind::Stroke;
    preview.points = s.ui.gesture.points;
    preview.radius = s.ui.brush_radius;
    preview.intensity = s.ui.new_intensity;
    DrawMark(s, p, preview, 0, false, true, px);
  }
}

}  // namespace

float SpotRingRadius(float px) { return 10.0f * px; }

ImU32 WithAlpha(ImU32 c, float alpha_scale) {
  const auto a = static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF) * alpha_scale;
  return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(std::clamp(a, 0.0f, 255.0f)) << IM_COL32_A_SHIFT);
}

void DrawInstanceZones(AppState& s, Painter& p, model::View view, int instance, model::ZoneKind kind,
                       float essential_alpha, float px) {
  const model::Model& m = *s.session.model;
  const Palette& pal = PaletteFor(s.settings.theme);
  const auto& zones = m.instances[instance].zones;
  for (std::size_t z = 0; z < zones.size(); ++z) {
    if (zones[z].view != view || zones[z].kind != kind) continue;
    const Fill& fill = s.render.geometry.ZoneFill(instance, static_cast<int>(z));
    if (kind == model::ZoneKind::Essential) {
      p.Fill(fill, WithAlpha(pal.zone_essential_fill, essential_alpha));
      p.Polyline(zones[z].shape.polygon, pal.zone_essential_line, 1.6f * px, true);
    } else {
      p.Fill(fill, pal.zone_spill_fill);
      const float spacing = p.Transform().ToAtlasLength(6.0f * px);
      p.Segments(s.render.geometry.ZoneHatch(m, instance, static_cast<int>(z), spacing), pal.zone_spill_hatch,
                 1.2f * px);
      p.DashedPolyline(zones[z].shape.polygon, pal.zone_spill_line, 1.4f * px, true, 6.0f * px, 4.0f * px);
    }
  }
}

Highlight CurrentHighlight(const AppState& s) {
  Highlight h;
  h.hover_outline = s.ui.hover.outline;
  if (!s.session.model) return h;
  const model::Model& m = *s.session.model;
  if (s.ui.panel == Panel::Muscles && s.ui.muscles.Current() >= 0) {
    h.muscle = s.ui.muscles.Current();
    const model::Muscle& muscle = m.muscles[h.muscle];
    h.side = muscle.midline ? model::Side::Midline : model::Side::Right;
    h.instances = m.InstancesOf(h.muscle, h.side);
    return h;
  }
  const int c = s.ui.hover.candidate >= 0 ? s.ui.hover.candidate : s.session.selected_candidate;
  if (c < 0 || c >= static_cast<int>(s.session.findings.candidates.size())) return h;
  const model::Candidate& cand = s.session.findings.candidates[c];
  h.muscle = cand.muscle;
  h.side = cand.side;
  h.primary = cand.instance;
  // Crosses for the whole group (every candidate trigger point of this muscle and side).
  if (const int g = session::GroupOf(s.session, c); g >= 0) {
    for (int i = 0; i < s.session.groups[g].count; ++i) {
      const int inst = s.session.findings.candidates[s.session.groups[g].first + i].instance;
      if (inst != cand.instance) h.instances.push_back(inst);
    }
  }
  h.instances.push_back(cand.instance);
  return h;
}

namespace {

// The layers that stay still while the user marks: everything under the marks (see
// layer_cache.hpp for when they are drawn again).
void DrawStillLayers(AppState& s, Painter& p, model::View view, const model::Box& visible, const Highlight& h) {
  const model::Model& m = *s.session.model;
  const Palette& pal = PaletteFor(s.settings.theme);
  const ViewTransform& t = p.Transform();
  const float px = s.Scale();
  const ArtFilter filter = MapArtFilter(s.settings.layers);

  DrawArt(s, p, view, io::Layer::Skin, io::Layer::Skeleton, h, filter, visible, px);
  if (s.settings.layers.zones) DrawZones(s, p, view, h, px);
  DrawArt(s, p, view, io::Layer::Edges, io::Layer::Outline, h, filter, visible, px);

  if (s.settings.layers.all_trigger_points) {
    for (const model::TriggerPointInstance& inst : m.instances) {
      if (inst.view == view) p.Cross(inst.at, 3.0f * px, 1.2f * px, pal.label_faint, 0);
    }
  }
  if (s.settings.layers.trigger_points) {
    for (int i : h.instances) {
      const model::TriggerPointInstance& inst = m.instances[i];
      if (inst.view != view) continue;
      const bool primary = i == h.primary || h.primary < 0;
      p.Cross(inst.at, (primary ? 6.0f : 4.5f) * px, (primary ? 2.5f : 1.8f) * px, pal.trigger_point,
              pal.trigger_point_halo);
    }
  }
  if (s.settings.layers.landmarks) {
    ImDrawList* dl = p.DrawList();
    for (const model::Landmark& l : m.Atlas(view).landmarks) {
      dl->AddCircleFilled(t.ToScreen(l.at), 2.5f * px, pal.landmark, 8);
    }
  }
}

}  // namespace

LayerKey StillLayerKey(const AppState& s, model::View view, const ViewTransform& t, ImVec2 clip_min,
                       ImVec2 clip_max, const Highlight& h) {
  const ImGuiIO& io = ImGui::GetIO();
  LayerKey k;
  k.geometry = s.render.geometry.Generation();
  k.view = static_cast<int>(view);
  k.origin = t.origin;
  k.scale_px = ImVec2(t.scale, s.Scale());
  k.clip_min = clip_min;
  k.clip_max = clip_max;
  k.theme = static_cast<int>(s.settings.theme);
  k.layers = LayerBits(s.settings.layers);
  k.muscle = h.muscle;
  k.side = static_cast<int>(h.side);
  k.primary = h.primary;
  // The pointer is over one view: the other's picture does not change with it.
  const auto& outlines = s.session.model->outlines;
  const bool hover_here = h.hover_outline >= 0 && h.hover_outline < static_cast<int>(outlines.size()) &&
                          outlines[h.hover_outline].view == view;
  k.hover_outline = hover_here ? h.hover_outline : -1;
  k.instances = h.instances;
  k.font_texture = io.Fonts->TexID;
  k.white_uv = io.Fonts->TexUvWhitePixel;
  k.framebuffer_scale = io.DisplayFramebufferScale;
  return k;
}

void DrawViewLayers(AppState& s, model::View view, const ViewTransform& t, ImVec2 clip_min,
                    ImVec2 clip_max, const Highlight& h) {
  const Palette& pal = PaletteFor(s.settings.theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  Painter p(dl, t, s.render.draw_scratch);
  const float px = s.Scale();
  const model::Box visible{t.ToAtlas(clip_min), t.ToAtlas(clip_max)};

  LayerCache& cache = s.render.layers;
  const LayerImage* image = nullptr;
  if (cache.textures != nullptr) {
    const int slot = static_cast<int>(view);
    LayerKey key = StillLayerKey(s, view, t, clip_min, clip_max, h);
    image = cache.Find(slot, key);
    if (image == nullptr) {
      ImDrawList& rec = cache.StartRecording(clip_min, clip_max);
      rec.AddRectFilled(clip_min, clip_max, pal.canvas_bg);  // opaque, so the image needs no blending
      Painter recorder(&rec, t, s.render.draw_scratch);
      DrawStillLayers(s, recorder, view, visible, h);
      image = cache.Finish(slot, std::move(key), clip_min, ImVec2(clip_max.x - clip_min.x, clip_max.y - clip_min.y));
    }
  }
  if (image != nullptr) {
    dl->AddImage(image->texture, clip_min, clip_max, image->uv_min, image->uv_max);
  } else {
    DrawStillLayers(s, p, view, visible, h);
  }
  DrawHeatMap(s, p, view, px);
  DrawMarks(s, p, view, px);
  DrawOrientationLabels(s, t, view, px);
  if (s.settings.layers.labels) DrawNameLabels(s, t, view, h, px);
}

int OutlineAt(const AppState& s, model::View view, model::Point p) {
  if (!s.session.model) return -1;
  const model::Model& m = *s.session.model;
  int best = -1;
  bool best_deep = true;
  float best_area = 0.0f;
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != view || (o.deep ? !s.settings.layers.deep_muscles : !s.settings.layers.muscles)) continue;
    if (!o.shape.bounds.Contains(p) || !model::PointInPolygon(o.shape.polygon, p)) continue;
    const float area = s.render.geometry.Outlines()[i].area;
    const bool better = best < 0 || (best_deep && !o.deep) || (best_deep == o.deep && area < best_area);
    if (better) {
      best = static_cast<int>(i);
      best_deep = o.deep;
      best_area = area;
    }
  }
  return best;
}

int MarkAt(const AppState& s, model::View view, const ViewTransform& t, ImVec2 mouse) {
  const model::Point p = t.ToAtlas(mouse);
  const float min_px = 7.0f * s.Scale();
  // Last drawn is on top: search backwards.
  for (auto it = s.session.marks.rbegin(); it != s.session.marks.rend(); ++it) {
    const model::PainMark& mk = it->mark;
    if (mk.view != view || mk.points.empty()) continue;
    // A spot is as large as its ring on screen; a painted area as its brush.
    const float reach = mk.points.size() == 1 ? t.ToAtlasLength(SpotRingRadius(s.Scale()) + 2.0f * s.Scale())
                                              : std::max(mk.radius, t.ToAtlasLength(min_px));
    float d = 1e30f;
    if (mk.points.size() == 1) {
      const model::Point q = mk.points.front() - p;
      d = std::sqrt(q.x * q.x + q.y * q.y);
    } else {
      for (std::size_t i = 0; i + 1 < mk.points.size(); ++i) {
        d = std::min(d, model::DistanceToSegment(p, mk.points[i], mk.points[i + 1]));
      }
    }
    if (d <= reach) return it->id;
  }
  return -1;
}

}  // namespace knotmap::ui
