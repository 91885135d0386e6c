// The body map canvas: front and back side by side (one at a time when narrow), pan and zoom,
// marking pain (click a spot, drag to move, right-click to remove, brush strokes), hover tooltips.
// Modelled on the "Custom Rendering -> Canvas" example of imgui_demo.cpp.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/canvas/canvas_layers.hpp"
#include "ui/core/keys.hpp"
#include "ui/canvas/canvas.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

constexpr float kDragThresholdPx = 4.0f;

CanvasGesture StartGesture(CanvasGesture::Kind kind, model::View v) {
  CanvasGesture g;
  g.kind = kind;
  g.view = v;
  return g;
}

model::Box FitBox(const model::Model& m, model::View v) {
  model::Box b = m.Atlas(v).body.bounds;
  b.min -= model::Point(40.0f, 40.0f);
  b.max += model::Point(40.0f, 20.0f);
  return b;
}

void UpdateCamera(AppState& s, model::View v, ImVec2 size) {
  Camera& cam = s.ui.cameras[static_cast<int>(v)];
  const ViewPlacement& last = s.ui.placement[static_cast<int>(v)];
  const bool resized = last.size.x != size.x || last.size.y != size.y;
  if (cam.zoom <= 0.0f || (cam.fitted && resized)) {
    cam = FitCamera(FitBox(*s.session.model, v), size, 24.0f * s.Scale());
  }
}

void MarkTooltip(const AppState& s, int mark_id) {
  const Mark* m = s.session.FindMark(mark_id);
  if (m == nullptr) return;
  ImGui::BeginTooltip();
  ImGui::Text("Pain mark, intensity %d/10", m->mark.intensity);
  ImGui::TextDisabled("Drag to move, right-click or Delete to remove");
  ImGui::EndTooltip();
}

void MuscleTooltip(const AppState& s, int outline) {
  const model::OutlineInstance& o = s.session.model->outlines[outline];
  const model::Muscle& mu = s.session.model->muscles[o.muscle];
  ImGui::BeginTooltip();
  BoldText(s, session::MuscleSideLabel(*s.session.model, o.muscle, o.side).c_str());
  if (!mu.anatomical_name.empty() && mu.anatomical_name != mu.name) {
    ImGui::TextDisabled("%s%s", mu.anatomical_name.c_str(), o.deep ? " (deep)" : "");
  } else if (o.deep) {
    ImGui::TextDisabled("deep");
  }
  ImGui::EndTooltip();
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

// Input for one view. `t` maps this view's atlas units to screen pixels.
void HandleInput(AppState& s, model::View v, const ViewTransform& t, ImVec2 min, ImVec2 size) {
  ImGuiIO& io = ImGui::GetIO();
  Camera& cam = s.ui.cameras[static_cast<int>(v)];
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();
  const ImVec2 mouse = io.MousePos;
  const model::Point at = t.ToAtlas(mouse);
  CanvasGesture& g = s.ui.gesture;
  const bool space = !io.WantTextInput && ImGui::IsKeyDown(keys::kSpace);

  if (hovered && io.MouseWheel != 0.0f) {
    ZoomAbout(cam, min, size, mouse, std::pow(1.2f, io.MouseWheel));
  }

  // Start gestures.
  if (hovered && g.kind == CanvasGesture::Kind::None) {
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
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
        model::PainMark mark;
        mark.view = v;
        mark.kind = model::MarkKind::Spot;
        mark.points = {at};
        mark.radius = s.ui.spot_radius;
        mark.intensity = s.ui.new_intensity;
        s.Queue(action::AddMark{mark});
      }
    } else if (ImGui::IsMouseClicked(ImGuiMouseButton_Middle)) {
      g = StartGesture(CanvasGesture::Kind::Pan, v);
    }
  }
  if (hovered && g.kind == CanvasGesture::Kind::None &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Right, kDragThresholdPx)) {
    g = StartGesture(CanvasGesture::Kind::Pan, v);
  }
  if (hovered && g.kind == CanvasGesture::Kind::None &&
      ImGui::IsMouseReleased(ImGuiMouseButton_Right)) {
    if (const int under = MarkAt(s, v, t, mouse); under >= 0) s.Queue(action::RemoveMark{under});
  }

  if (g.view != v) return;
  // Continue gestures (they keep going when the cursor leaves the view).
  switch (g.kind) {
    case CanvasGesture::Kind::Pan:
      PanBy(cam, io.MouseDelta);
      if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && !ImGui::IsMouseDown(ImGuiMouseButton_Right) &&
          !ImGui::IsMouseDown(ImGuiMouseButton_Middle)) {
        g = {};
      }
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
  (void)active;
}

void DrawView(AppState& s, model::View v, ImVec2 min, ImVec2 size, const Highlight& h) {
  const int vi = static_cast<int>(v);
  UpdateCamera(s, v, size);
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton(v == model::View::Front ? "##front_view" : "##back_view", size,
                         ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                             ImGuiButtonFlags_MouseButtonMiddle);
  const bool hovered = ImGui::IsItemHovered();
  ViewTransform t = MakeTransform(s.ui.cameras[vi], min, size);
  HandleInput(s, v, t, min, size);
  t = MakeTransform(s.ui.cameras[vi], min, size);  // pan/zoom of this frame
  s.ui.placement[vi] = {true, min, size, t};
  if (hovered) s.ui.active_view = v;

  const ImVec2 max(min.x + size.x, min.y + size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(min, max, true);
  dl->AddRectFilled(min, max, PaletteFor(s.settings.theme).canvas_bg);
  DrawViewLayers(s, v, t, min, max, h);
  dl->PopClipRect();

  if (hovered && s.ui.gesture.kind == CanvasGesture::Kind::None) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const int mark = MarkAt(s, v, t, mouse);
    const model::Landmark* landmark = s.settings.layers.landmarks ? LandmarkAt(s, v, t, mouse) : nullptr;
    if (landmark != nullptr && mark < 0) {
      ImGui::SetTooltip("%s", landmark->name.c_str());
    } else if (mark >= 0) {
      s.ui.hover_next.mark = mark;
      MarkTooltip(s, mark);
    } else {
      const int outline = OutlineAt(s, v, t.ToAtlas(mouse));
      s.ui.hover_next.outline = outline;
      if (outline >= 0) MuscleTooltip(s, outline);
    }
  }
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

// The key to the map's patterns, bottom-left; wraps onto more rows in a narrow canvas.
void DrawLegend(const AppState& s, ImVec2 min, ImVec2 max) {
  const float px = s.Scale();
  const float line = ImGui::GetTextLineHeight();
  const float sw = line * 0.9f;
  const float gap = 16.0f * px;
  const char* items[] = {"essential zone", "spillover zone", "trigger point", "your pain mark"};
  const float left = min.x + 10.0f * px;
  const float right = max.x - 10.0f * px;
  float widths[4];
  int rows = 1;
  float x = left;
  for (int i = 0; i < 4; ++i) {
    widths[i] = sw + 5.0f * px + ImGui::CalcTextSize(items[i]).x;
    if (x > left && x + widths[i] > right) {
      ++rows;
      x = left;
    }
    x += widths[i] + gap;
  }
  const float row_h = line + 4.0f * px;
  float y = max.y - 8.0f * px - row_h * static_cast<float>(rows);
  if (y < min.y + (max.y - min.y) * 0.5f) return;  // too small for a legend
  ImDrawList* dl = ImGui::GetWindowDrawList();
  x = left;
  for (int i = 0; i < 4; ++i) {
    if (x > left && x + widths[i] > right) {
      x = left;
      y += row_h;
    }
    LegendSwatch(s, i, ImVec2(x, y + (line - sw) * 0.5f), sw);
    dl->AddText(ImVec2(x + sw + 5.0f * px, y), PaletteFor(s.settings.theme).label, items[i]);
    x += widths[i] + gap;
  }
}

}  // namespace

void DrawCanvas(AppState& s, ImVec2 size) {
  s.ui.placement[0].visible = s.ui.placement[1].visible = false;
  // No room (a window shrunk to a sliver, a wrapped toolbar): draw nothing rather than a smear.
  if (!s.session.model || size.x < 24.0f || size.y < 24.0f) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  // Both views when each still gets a useful width (the body is about a third as wide as tall).
  const float min_view_w = 220.0f * s.Scale();
  const bool both = s.settings.view_mode == ViewMode::Both && size.x >= 2.0f * min_view_w &&
                    size.x >= size.y * 0.62f;
  const Highlight h = CurrentHighlight(s);
  if (both) {
    const float gap = 1.0f;
    const float w = (size.x - gap) * 0.5f;
    DrawView(s, model::View::Front, origin, ImVec2(w, size.y), h);
    DrawView(s, model::View::Back, ImVec2(origin.x + w + gap, origin.y), ImVec2(w, size.y), h);
  } else {
    model::View v = s.ui.active_view;
    if (s.settings.view_mode == ViewMode::Front) v = model::View::Front;
    if (s.settings.view_mode == ViewMode::Back) v = model::View::Back;
    DrawView(s, v, origin, size, h);
  }
  DrawLegend(s, origin, ImVec2(origin.x + size.x, origin.y + size.y));
  if (s.session.marks.empty() && s.ui.gesture.kind == CanvasGesture::Kind::None) {
    const char* hint = s.settings.tool == Tool::Brush ? "Paint where it hurts" : "Click where it hurts";
    const ImVec2 ts = ImGui::CalcTextSize(hint);
    const float px = s.Scale();
    const ImVec2 p(origin.x + (size.x - ts.x) * 0.5f, origin.y + 10.0f * px);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(p.x - 10 * px, p.y - 4 * px), ImVec2(p.x + ts.x + 10 * px, p.y + ts.y + 4 * px),
                      ImGui::GetColorU32(ImGuiCol_PopupBg, 0.92f), 6.0f * px);
    dl->AddText(p, ImGui::GetColorU32(ImGuiCol_Text), hint);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y));
}

}  // namespace knotmap::ui
