// The body map on the shared atlas canvas: marking pain (click a spot, drag to move, brush
// strokes, right-click for a mark's menu), hover tooltips, the legend and the first hint.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/canvas/atlas_canvas.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/keys.hpp"
#include "ui/canvas/canvas.hpp"
#include "ui/canvas/marking.hpp"
#include "ui/core/focus.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

const char* HintText(const AppState& s) {
  return s.settings.tool == Tool::Brush ? "Paint where it hurts" : "Click where it hurts";
}

constexpr float kDragThresholdPx = 4.0f;

CanvasGesture StartGesture(CanvasGesture::Kind kind, model::View v) {
  CanvasGesture g;
  g.kind = kind;
  g.view = v;
  return g;
}

// The mark's 1-based position, as its badge and the findings number it.
int MarkNumber(const AppState& s, int mark_id) {
  for (std::size_t i = 0; i < s.session.marks.size(); ++i) {
    if (s.session.marks[i].id == mark_id) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Tooltips on the map sit beside what they describe, inside the view.
ImVec2 ViewMax(const AtlasView& view) { return ImVec2(view.min.x + view.size.x, view.min.y + view.size.y); }

void MarkTooltip(const AppState& s, const AtlasView& view, int mark_id) {
  const Mark* m = s.session.FindMark(mark_id);
  if (m == nullptr) return;
  // The mark's screen bounds, so the tooltip leaves the whole mark in sight.
  const float r = std::max(view.transform.ToScreenLength(m->mark.radius), 4.0f * s.Scale());
  ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
  for (const model::Point& p : m->mark.points) {
    const ImVec2 q = view.transform.ToScreen(p);
    lo = ImVec2(std::min(lo.x, q.x - r), std::min(lo.y, q.y - r));
    hi = ImVec2(std::max(hi.x, q.x + r), std::max(hi.y, q.y + r));
  }
  BeginCompactTooltip(lo, hi, view.min, ViewMax(view));
  ImGui::Text("Pain %s %d, intensity %d/10", m->mark.kind == model::MarkKind::Stroke ? "area" : "spot",
              MarkNumber(s, mark_id), m->mark.intensity);
  ImGui::TextDisabled("Drag: move. Right-click: more.");
  EndCompactTooltip();
}

void MuscleTooltip(const AppState& s, const AtlasView& view, int outline) {
  const model::OutlineInstance& o = s.session.model->outlines[outline];
  const model::Muscle& mu = s.session.model->muscles[o.muscle];
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float reach = 10.0f * s.Scale();  // keep the spot under the cursor in sight
  BeginCompactTooltip(ImVec2(mouse.x - reach, mouse.y - reach), ImVec2(mouse.x + reach, mouse.y + reach), view.min,
                      ViewMax(view));
  BoldText(s, session::MuscleSideLabel(*s.session.model, o.muscle, o.side).c_str());
  if (!mu.anatomical_name.empty() && mu.anatomical_name != mu.name) {
    ImGui::TextDisabled("%s%s", mu.anatomical_name.c_str(), o.deep ? " (deep)" : "");
  } else if (o.deep) {
    ImGui::TextDisabled("deep");
  }
  EndCompactTooltip();
}

// The landmark dot under the cursor (within a few pixels), for the landmarks layer's tooltip.
const model::Landmark* LandmarkAt(const AppState& s, model::View v, const ViewTransform& t, ImVec2 mouse) {
  const float reach = 5.0f * s.Scale();
  for (const model::Landmark& l : s.session.model->Atlas(v).landmarks) {
    const ImVec2 p = t.ToScreen(l.at);
    const float dx = p.x - mouse.x, dy = p.y - mouse.y;
    if (dx * dx + dy * dy <= reach * reach) return &l;
  }
  return nullptr;
}

// Left-button gestures and the right-click menu for one view (pan and zoom are the canvas's).
void HandleInput(AppState& s, const AtlasView& view) {
  ImGuiIO& io = ImGui::GetIO();
  const model::View v = view.view;
  const ViewTransform& t = view.transform;
  const ImVec2 mouse = io.MousePos;
  const model::Point at = t.ToAtlas(mouse);
  CanvasGesture& g = s.ui.gesture;
  const bool space = !io.WantTextInput && ImGui::IsKeyDown(keys::kSpace);

  // Start gestures.
  if (view.hovered && g.kind == CanvasGesture::Kind::None && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    const int under = MarkAt(s, v, t, mouse);
    if (space) {
      g = StartGesture(CanvasGesture::Kind::Pan, v);
    } else if (under >= 0) {
      const Mark* m = s.session.FindMark(under);
      g = StartGesture(CanvasGesture::Kind::DragMark, v);
      g.mark = under;
      g.grab_offset = m->mark.points.front() - at;
      s.Queue(action::SelectMark{under});
    } else if (s.settings.tool == Tool::Brush) {
      g = StartGesture(CanvasGesture::Kind::Paint, v);
      g.points = {at};
    } else {
      s.Queue(action::AddMark{NewSpot(s, v, at)});
    }
  }
  // A right click (not a pan) on a mark opens its menu.
  const float still = kDragThresholdPx * kDragThresholdPx;
  if (view.hovered && g.kind == CanvasGesture::Kind::None && ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
      io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Right] < still) {
    if (const int under = MarkAt(s, v, t, mouse); under >= 0) {
      s.ui.mark_menu.mark = under;
      s.Queue(action::SelectMark{under});
      ImGui::OpenPopup("##mark_menu");
    }
  }

  if (g.view != v) return;
  // Continue gestures (they keep going when the cursor leaves the view).
  switch (g.kind) {
    case CanvasGesture::Kind::Pan:
      PanBy(s.ui.cameras[static_cast<int>(v)], io.MouseDelta);
      if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) g = {};
      break;
    case CanvasGesture::Kind::DragMark: {
      const Mark* m = s.session.FindMark(g.mark);
      if (m == nullptr) {
        g = {};
        break;
      }
      if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragThresholdPx)) g.moved = true;
      if (g.moved) {
        const model::Point shift = at + g.grab_offset - m->mark.points.front();
        g.points = m->mark.points;
        for (model::Point& p : g.points) p += shift;
      }
      if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        if (g.moved && !g.points.empty()) s.Queue(action::ReplaceMarkPoints{g.mark, g.points});
        g = {};
      }
      break;
    }
    case CanvasGesture::Kind::Paint: {
      const model::Point d = at - g.points.back();
      const float step = std::max(s.ui.brush_radius * 0.5f, t.ToAtlasLength(3.0f));
      if (d.x * d.x + d.y * d.y >= step * step) g.points.push_back(at);
      if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        model::PainMark mark;
        mark.view = v;
        mark.kind = g.points.size() > 1 ? model::MarkKind::Stroke : model::MarkKind::Spot;
        mark.points = g.points;
        mark.radius = g.points.size() > 1 ? s.ui.brush_radius : s.ui.spot_radius;
        mark.intensity = s.ui.new_intensity;
        s.Queue(action::AddMark{std::move(mark)});
        g = {};
      }
      break;
    }
    case CanvasGesture::Kind::None:
      break;
  }
}

void DrawView(AppState& s, const AtlasView& view, const Highlight& h) {
  const model::View v = view.view;
  HandleInput(s, view);
  if (view.hovered) s.ui.active_view = v;
  const ViewTransform& t = view.transform;
  DrawViewLayers(s, v, t, view.min, ImVec2(view.min.x + view.size.x, view.min.y + view.size.y), h);
  if (view.hovered && s.settings.tool == Tool::Brush && s.ui.gesture.kind != CanvasGesture::Kind::DragMark) {
    // The brush's size around the cursor: what one stroke will cover.
    ImGui::GetWindowDrawList()->AddCircle(ImGui::GetIO().MousePos, t.ToScreenLength(s.ui.brush_radius),
                                          PaletteFor(s.settings.theme).mark_line, 0, 1.5f * s.Scale());
  }
  if (MapHasFocus(s, v)) {
    RunMapKeyboard(s, view);
    return;  // the crosshair says what is under it; no mouse tooltip on top
  }

  if (view.hovered && s.ui.gesture.kind == CanvasGesture::Kind::None) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int mark = MarkAt(s, v, t, mouse);
    const model::Landmark* landmark = s.settings.layers.landmarks ? LandmarkAt(s, v, t, mouse) : nullptr;
    if (landmark != nullptr && mark < 0) {
      ImGui::SetTooltip("%s", landmark->name.c_str());
    } else if (mark >= 0) {
      s.ui.hover_next.mark = mark;
      MarkTooltip(s, view, mark);
    } else {
      const int outline = OutlineAt(s, v, t.ToAtlas(mouse));
      s.ui.hover_next.outline = outline;
      if (outline >= 0) MuscleTooltip(s, view, outline);
    }
  }
}

// The right-click menu of a mark: its intensity, a mirror image on the other side, delete.
void MarkMenu(AppState& s) {
  MarkMenuState& menu = s.ui.mark_menu;
  menu.mirror_at.reset();
  menu.delete_at.reset();
  if (menu.keyboard_at) ImGui::SetNextWindowPos(*menu.keyboard_at, ImGuiCond_Appearing);
  if (!ImGui::BeginPopup("##mark_menu")) {
    menu.keyboard_at.reset();
    return;
  }
  const Mark* m = s.session.FindMark(menu.mark);
  if (m == nullptr) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return;
  }
  BoldText(s, "Pain mark");
  int value = m->mark.intensity;
  ImGui::SetNextItemWidth(160.0f * s.Scale());
  const bool changed = ImGui::SliderInt("##mark_intensity", &value, 1, 10, "intensity %d / 10");
  if (ImGui::IsItemActivated()) ++s.ui.intensity_drag;  // one drag, one undo step
  if (changed) s.Queue(action::SetIntensity{m->id, value, s.ui.intensity_drag});
  const auto centre = [] {
    return ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                  (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
  };
  if (ImGui::Selectable("Mirror to the other side")) s.Queue(action::MirrorMark{m->id});
  menu.mirror_at = centre();
  if (ImGui::Selectable("Delete")) s.Queue(action::RemoveMark{m->id});
  menu.delete_at = centre();
  ImGui::EndPopup();
}

// M opens the selected mark's menu (intensity, mirror, delete) beside it, as a right-click does.
void OpenMarkMenuFromKeyboard(AppState& s) {
  const Mark* m = s.session.FindMark(s.session.selected_mark);
  if (m == nullptr || !keys::Pressed(keys::kM) || ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId)) return;
  const ViewPlacement& p = s.ui.placement[static_cast<int>(m->mark.view)];
  if (!p.visible) return;
  s.ui.mark_menu.mark = m->id;
  s.ui.mark_menu.keyboard_at = p.transform.ToScreen(m->mark.points.front());
  ImGui::OpenPopup("##mark_menu");
}

void LegendSwatch(const AppState& s, int i, ImVec2 a, float sw) {
  const Palette& pal = PaletteFor(s.settings.theme);
  const float px = s.Scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 b(a.x + sw, a.y + sw);
  const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  switch (i) {
    case 0:
      dl->AddRectFilled(a, b, pal.zone_essential_fill);
      dl->AddRect(a, b, pal.zone_essential_line, 0.0f, 0, 1.2f * px);
      break;
    case 1:
      dl->AddRectFilled(a, b, pal.zone_spill_fill);
      for (float k = 3.0f * px; k < 2.0f * sw; k += 4.0f * px) {
        const ImVec2 p0(a.x + std::max(0.0f, k - sw), a.y + std::min(k, sw));
        const ImVec2 p1(a.x + std::min(k, sw), a.y + std::max(0.0f, k - sw));
        dl->AddLine(p0, p1, pal.zone_spill_hatch, 1.0f * px);
      }
      dl->AddRect(a, b, pal.zone_spill_line, 0.0f, 0, 1.0f * px);
      break;
    case 2: {
      const float r = sw * 0.38f;
      dl->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), pal.trigger_point, 2.0f * px);
      dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), pal.trigger_point, 2.0f * px);
      break;
    }
    default:
      dl->AddCircleFilled(c, sw * 0.5f, pal.mark_fill);
      dl->AddCircle(c, sw * 0.5f, pal.mark_line, 0, 1.2f * px);
      break;
  }
}

// The key to the map's patterns, in a strip of its own under the views (never over the feet);
// wraps onto more rows in a narrow canvas.
struct Legend {
  static constexpr int kItems = 4;
  const char* items[kItems] = {"essential zone", "spillover zone", "trigger point", "your pain mark"};
  float widths[kItems] = {};
  float swatch = 0.0f, gap = 0.0f, row_h = 0.0f, pad = 0.0f;
  int rows = 1;

  // `brief`: the short words, for a canvas too small to give the full ones their rows.
  Legend(const AppState& s, float width, bool brief = false) {
    if (brief) {
      items[0] = "essential";
      items[1] = "spillover";
      items[2] = "knot";
      items[3] = "yours";
    }
    const float px = s.Scale();
    swatch = ImGui::GetTextLineHeight() * 0.9f;
    gap = 16.0f * px;
    pad = 10.0f * px;
    row_h = ImGui::GetTextLineHeight() + 4.0f * px;
    float x = 0.0f;
    for (int i = 0; i < kItems; ++i) {
      widths[i] = swatch + 5.0f * px + ImGui::CalcTextSize(items[i]).x;
      if (x > 0.0f && x + widths[i] > width - 2.0f * pad) {
        ++rows;
        x = 0.0f;
      }
      x += widths[i] + gap;
    }
  }
  float Height() const { return row_h * static_cast<float>(rows) + pad * 0.6f; }

  void Draw(const AppState& s, ImVec2 min, ImVec2 max) const {
    const float px = s.Scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, PaletteFor(s.settings.theme).canvas_bg);
    const float left = min.x + pad, right = max.x - pad;
    const float line = ImGui::GetTextLineHeight();
    float x = left, y = min.y + pad * 0.3f;
    for (int i = 0; i < kItems; ++i) {
      if (x > left && x + widths[i] > right) {
        x = left;
        y += row_h;
      }
      LegendSwatch(s, i, ImVec2(x, y + (line - swatch) * 0.5f), swatch);
      dl->AddText(ImVec2(x + swatch + 5.0f * px, y), PaletteFor(s.settings.theme).label, items[i]);
      x += widths[i] + gap;
    }
  }
};

}  // namespace

void DrawCanvas(AppState& s, ImVec2 size) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  model::View single = s.ui.active_view;
  if (s.settings.view_mode == ViewMode::Front) single = model::View::Front;
  if (s.settings.view_mode == ViewMode::Back) single = model::View::Back;
  const AtlasCanvasSpec spec{"map", &s.ui.cameras, &s.ui.placement, s.settings.view_mode == ViewMode::Both, single};
  const Highlight h = CurrentHighlight(s);
  // The legend takes its strip from the bottom while it needs at most a quarter of the height (in
  // short words when the full ones would need more), else the views keep it all.
  const Legend full(s, size.x);
  const Legend legend = full.Height() <= size.y * 0.25f ? full : Legend(s, size.x, true);
  const bool with_legend = s.session.model && legend.Height() <= size.y * 0.25f;
  const ImVec2 views(size.x, with_legend ? size.y - legend.Height() : size.y);
  // The hint's box is placed before the views are drawn, so a view title under it can give way.
  s.ui.hint_min = s.ui.hint_max = origin;
  if (s.session.model && size.x >= 24.0f && size.y >= 24.0f && s.session.marks.empty() &&
      s.ui.gesture.kind == CanvasGesture::Kind::None) {
    const ImVec2 ts = ImGui::CalcTextSize(HintText(s));
    const float px = s.Scale();
    const ImVec2 p(origin.x + (size.x - ts.x) * 0.5f, origin.y + 10.0f * px);
    s.ui.hint_min = ImVec2(p.x - 10.0f * px, p.y - 4.0f * px);
    s.ui.hint_max = ImVec2(p.x + ts.x + 10.0f * px, p.y + ts.y + 4.0f * px);
  }
  DrawAtlasCanvas(s, spec, origin, views, [&](const AtlasView& view) { DrawView(s, view, h); });
  OpenMarkMenuFromKeyboard(s);
  MarkMenu(s);
  s.ui.legend_min = s.ui.legend_max = origin;
  if (!s.session.model || size.x < 24.0f || size.y < 24.0f) return;
  if (with_legend) {
    s.ui.legend_min = ImVec2(origin.x, origin.y + views.y);
    s.ui.legend_max = ImVec2(origin.x + size.x, origin.y + size.y);
    legend.Draw(s, s.ui.legend_min, s.ui.legend_max);
  }
  if (s.ui.hint_max.x > s.ui.hint_min.x) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float px = s.Scale();
    dl->AddRectFilled(s.ui.hint_min, s.ui.hint_max, ImGui::GetColorU32(ImGuiCol_PopupBg, 0.92f), 6.0f * px);
    dl->AddText(ImVec2(s.ui.hint_min.x + 10.0f * px, s.ui.hint_min.y + 4.0f * px), ImGui::GetColorU32(ImGuiCol_Text),
                HintText(s));
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y));
}

}  // namespace knotmap::ui
