// The map's words: FRONT/BACK and the subject's sides, the highlighted muscle's name beside its
// outlines, and landmark names when zoomed in.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "model/geometry.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/canvas/label_place.hpp"
#include "ui/core/theme.hpp"

namespace knotmap::ui {

void DrawOrientationLabels(const AppState& s, const ViewTransform& t, model::View view, float px) {
  if (t.scale < 0.15f * px) return;  // a thumbnail: labels would cover the body
  const Palette& pal = PaletteFor(s.settings.theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const model::ViewAtlas& atlas = s.session.model->Atlas(view);
  const char* title = view == model::View::Front ? "FRONT" : "BACK";
  ImFont* font = s.render.fonts.bold != nullptr ? s.render.fonts.bold : ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const ImVec2 top = t.ToScreen({atlas.MidlineX(), atlas.body.bounds.min.y});
  const ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0.0f, title);
  // Left out where the "Click where it hurts" box covers it (a view zoomed to its top).
  const ImVec2 at(top.x - ts.x * 0.5f, top.y - ts.y - 8.0f * px);
  const bool under_hint = at.x < s.ui.hint_max.x && at.x + ts.x > s.ui.hint_min.x && at.y < s.ui.hint_max.y &&
                          at.y + ts.y > s.ui.hint_min.y;
  if (!under_hint) dl->AddText(font, size, at, pal.label, title);
  // Front: the subject's right is on the screen's left; back: on the screen's right.
  const bool right_on_left = view == model::View::Front;
  const float y = atlas.body.bounds.min.y + 330.0f;
  const ImVec2 left = t.ToScreen({atlas.body.bounds.min.x - 10.0f, y});
  const ImVec2 right = t.ToScreen({atlas.body.bounds.max.x + 10.0f, y});
  const char* l = right_on_left ? "R" : "L";
  const char* r = right_on_left ? "L" : "R";
  const ImVec2 ls = font->CalcTextSizeA(size, 1e9f, 0.0f, l);
  dl->AddText(font, size, ImVec2(left.x - ls.x, left.y), pal.label_faint, l);
  dl->AddText(font, size, right, pal.label_faint, r);
}

namespace {

// Text centred on `at` with a halo in the canvas colour so it stays readable over lines. It is kept
// inside the view (the draw list's clip rect, screen pixels): moved in from an edge, wrapped over
// two lines when the view is narrower than the name, and left out of a view too small for even
// that (the body would vanish under it; the panel and the hover tooltip still name it).
void HaloText(ImDrawList* dl, ImVec2 at, ImU32 color, ImU32 halo, const std::string& name, bool centred) {
  const ImVec2 lo = dl->GetClipRectMin(), hi = dl->GetClipRectMax();
  const float margin = 2.0f;  // the halo's pixel and one more
  const float wrap = std::max(hi.x - lo.x - 2.0f * margin, 1.0f);
  const char* text = name.c_str();
  const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, wrap);
  const float line = ImGui::GetTextLineHeight();
  const bool one_line = size.y <= line + 0.5f;
  const bool two_lines = size.y <= 2.0f * line + 0.5f && hi.x - lo.x >= 8.0f * ImGui::GetFontSize();
  if (!one_line && !two_lines) return;
  ImVec2 pos = centred ? ImVec2(at.x - size.x * 0.5f, at.y - size.y * 0.5f) : at;
  pos.x = std::clamp(pos.x, lo.x + margin, std::max(hi.x - margin - size.x, lo.x + margin));
  pos.y = std::clamp(pos.y, lo.y + margin, std::max(hi.y - margin - size.y, lo.y + margin));
  pos = ImVec2(std::floor(pos.x), std::floor(pos.y));
  for (const ImVec2 d : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1)}) {
    dl->AddText(nullptr, 0.0f, ImVec2(pos.x + d.x, pos.y + d.y), halo, text, nullptr, wrap);
  }
  dl->AddText(nullptr, 0.0f, pos, color, text, nullptr, wrap);
}

// Where the highlighted muscle's name goes beside each of its outlines on `view`: never over the
// trigger points inside it, and where it covers the least of the zones shown, sampled on a grid
// over the label's box. Kept inside `lo` to `hi` (the view, screen pixels).
std::vector<PlacedLabel> PlaceNames(const AppState& s, const ViewTransform& t, model::View view, const Highlight& h,
                                    float px, ImVec2 lo, ImVec2 hi) {
  const model::Model& m = *s.session.model;
  std::vector<const model::Zone*> zones;
  for (int inst : h.instances) {
    if (h.primary >= 0 && inst != h.primary) continue;
    for (const model::Zone& z : m.instances[inst].zones) {
      if (z.view == view) zones.push_back(&z);
    }
  }
  const auto cost = [&](const ScreenRect& r) {
    float covered = 0.0f;
    for (int i : h.instances) {
      const ImVec2 c = t.ToScreen(m.instances[i].at);
      const bool hit = m.instances[i].view == view && c.x >= r.min.x - 6.0f * px && c.x <= r.max.x + 6.0f * px &&
                       c.y >= r.min.y - 6.0f * px && c.y <= r.max.y + 6.0f * px;
      covered += hit ? 100.0f : 0.0f;
    }
    for (int gy = 0; gy < 3; ++gy) {
      for (int gx = 0; gx < 5; ++gx) {
        const model::Point p = t.ToAtlas(ImVec2(r.min.x + (r.max.x - r.min.x) * (0.1f + 0.2f * static_cast<float>(gx)),
                                                r.min.y + (r.max.y - r.min.y) * (0.17f + 0.33f * static_cast<float>(gy))));
        for (const model::Zone* z : zones) {
          if (z->shape.bounds.Contains(p) && model::PointInPolygon(z->shape.polygon, p)) covered += 1.0f;
        }
      }
    }
    return covered;
  };
  const float margin = 2.0f;
  std::vector<PlacedLabel> placed;
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.muscle != h.muscle || o.side != h.side || o.view != view) continue;
    const std::string& name = m.muscles[o.muscle].name;
    const ImVec2 size = ImGui::CalcTextSize(name.c_str(), nullptr, false, std::max(hi.x - lo.x - 2.0f * margin, 1.0f));
    const ScreenRect target{t.ToScreen(o.shape.bounds.min), t.ToScreen(o.shape.bounds.max)};
    const ImVec2 at = PlaceLabel(target, size, 3.0f * px,
                                 {ImVec2(lo.x + margin, lo.y + margin), ImVec2(hi.x - margin, hi.y - margin)}, cost);
    placed.push_back({static_cast<int>(i), at});
  }
  return placed;
}

}  // namespace

void DrawNameLabels(AppState& s, const ViewTransform& t, model::View view, const Highlight& h, float px) {
  const model::Model& m = *s.session.model;
  const Palette& pal = PaletteFor(s.settings.theme);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  if (h.muscle >= 0) {
    const ImVec2 lo = dl->GetClipRectMin(), hi = dl->GetClipRectMax();
    LayerKey key = StillLayerKey(s, view, t, lo, hi, h);
    key.hover_outline = -1;  // the pointer moves no label
    const int slot = static_cast<int>(view);
    const std::vector<PlacedLabel>* placed = s.render.labels.Find(slot, key);
    if (placed == nullptr) placed = &s.render.labels.Store(slot, std::move(key), PlaceNames(s, t, view, h, px, lo, hi));
    for (const PlacedLabel& l : *placed) {
      HaloText(dl, l.at, pal.label, pal.canvas_bg, m.muscles[m.outlines[l.outline].muscle].name, false);
    }
  }
  if (s.settings.layers.landmarks && t.scale >= 1.2f * px) {
    for (const model::Landmark& l : m.Atlas(view).landmarks) {
      const ImVec2 at = t.ToScreen(l.at);
      // Only landmarks in view; their names are moved in from the edge.
      if (at.x < dl->GetClipRectMin().x || at.x > dl->GetClipRectMax().x || at.y < dl->GetClipRectMin().y ||
          at.y > dl->GetClipRectMax().y) {
        continue;
      }
      HaloText(dl, ImVec2(at.x + 4.0f * px, at.y - 6.0f * px), pal.label_faint, pal.canvas_bg, l.name, false);
    }
  }
}

}  // namespace knotmap::ui
