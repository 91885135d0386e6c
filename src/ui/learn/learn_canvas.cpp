// The map during an exercise, on the shared atlas canvas with its own cameras: the prompt across
// the top, the shown pattern or trigger point, the user's painting or click, and the reveal.
// Wheel zooms, right-drag pans (the canvas's); left paints ("Where does it refer?") or guesses.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "ui/canvas/atlas_canvas.hpp"
#include "ui/canvas/atlas_painter.hpp"
#include "ui/canvas/canvas_layers.hpp"
#include "ui/learn/learn_views.hpp"

namespace knotmap::ui {
namespace {

const model::TriggerPointInstance* Target(const AppState& s) {
  if (!s.session.learn.exercise || s.session.learn.exercise->instance < 0) return nullptr;
  return &s.session.model->instances[s.session.learn.exercise->instance];
}

// Spillover under essential; over a painting the essential fill is lighter so the painting shows.
void DrawZones(AppState& s, Painter& p, model::View v, int instance, bool over_painting, float px) {
  for (const model::ZoneKind kind : {model::ZoneKind::Spillover, model::ZoneKind::Essential}) {
    DrawInstanceZones(s, p, v, instance, kind, over_painting ? 0.55f : 1.0f, px);
  }
}

void DrawStroke(AppState& s, Painter& p, const std::vector<model::Point>& pts, float radius, float px) {
  const Palette& pal = PaletteFor(s.settings.theme);
  if (pts.empty()) return;
  const ViewTransform& t = p.Transform();
  const float r = std::max(t.ToScreenLength(radius), 2.0f * px);
  const ImU32 fill = WithAlpha(pal.learn_paint, 120.0f / 255.0f);
  ImDrawList* dl = p.DrawList();
  auto& screen = s.render.draw_scratch;
  screen.clear();
  for (const model::Point& q : pts) screen.push_back(t.ToScreen(q));
  // Round joints: a disc at every point, thick segments between.
  for (std::size_t i = 0; i + 1 < screen.size(); ++i) dl->AddLine(screen[i], screen[i + 1], fill, 2.0f * r);
  for (const ImVec2& c : screen) dl->AddCircleFilled(c, r, fill, 0);
}

void DrawBodyBase(AppState& s, Painter& p, model::View v, int highlight_muscle, float px) {
  const model::Model& m = *s.session.model;
  // The still art as the map draws it, nothing highlighted (not even the hover, which could give
  // an answer away), with every detail line and no deep edges; the exercise draws its own
  // highlight, and the highlighted muscle's edges, over it.
  const model::Box everywhere{{0.0f, 0.0f}, {m.Atlas(v).width, m.Atlas(v).height}};
  ArtFilter filter = MapArtFilter(s.settings.layers);
  filter.details = true;
  filter.deep_edges = false;
  filter.skip_edges_of = highlight_muscle;
  DrawArt(s, p, v, io::Layer::Skin, io::Layer::Outline, Highlight{}, filter, everywhere, px);
}

// Progress mode: every learnable muscle tinted by its mastery (mean of the three exercise kinds).
void DrawMasteryTint(AppState& s, Painter& p, model::View v, float px) {
  const model::Model& m = *s.session.model;
  const auto& geo = s.render.geometry.Outlines();
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != v || o.deep) continue;
    const auto& cached = s.session.learn.muscle_mastery;
    const float mastery = o.muscle < static_cast<int>(cached.size()) ? cached[o.muscle] : 0.0f;
    if (mastery <= 0.0f) continue;
    const Palette& pal = PaletteFor(s.settings.theme);
    p.Fill(geo[i].fill, WithAlpha(pal.mastery, (60.0f + 180.0f * mastery) / 255.0f));
    p.Polyline(geo[i].outline.At(1), pal.mastery_line, 1.4f * px, true);
  }
}

// The muscle's outlines in `line` over a faint `fill` (the answer in blue, a wrong pick in the
// learner's colour, dashed, so the two can be compared on the map).
void DrawHighlightedMuscle(AppState& s, Painter& p, model::View v, int muscle, model::Side side, float px,
                           ImU32 line, ImU32 fill, bool dashed) {
  const model::Model& m = *s.session.model;
  const auto& geo = s.render.geometry.Outlines();
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& o = m.outlines[i];
    if (o.view != v || o.muscle != muscle || o.side != side) continue;
    p.Fill(geo[i].fill, fill);
    if (o.deep || dashed) {
      p.DashedPolyline(geo[i].outline.At(0), line, 2.0f * px, true, 7.0f * px, 4.0f * px);
    } else {
      p.Polyline(geo[i].outline.At(0), line, 2.0f * px, true);
    }
  }
}

void HandleInput(AppState& s, const AtlasView& view) {
  session::LearnSession& l = s.session.learn;
  LearnUi& lu = s.ui.learn;
  const model::View v = view.view;
  const ViewTransform& t = view.transform;
  const bool hovered = view.hovered;
  const model::Point at = t.ToAtlas(ImGui::GetIO().MousePos);
  if (!l.exercise || l.answered) return;

  if (l.exercise->kind == model::ExerciseKind::WhereRefer) {
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      lu.stroke = {at};
      lu.stroke_view = v;
    }
    if (!lu.stroke.empty() && lu.stroke_view == v) {
      const model::Point d = at - lu.stroke.back();
      const float step = std::max(lu.brush_radius * 0.4f, t.ToAtlasLength(3.0f));
      if (ImGui::IsMouseDown(ImGuiMouseButton_Left) && d.x * d.x + d.y * d.y >= step * step) lu.stroke.push_back(at);
      if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
        // A stroke ends where the button was released, not at its last sampled point.
        if (lu.stroke.size() > 1 && (d.x != 0.0f || d.y != 0.0f)) lu.stroke.push_back(at);
        model::PainMark mark;
        mark.view = v;
        mark.kind = lu.stroke.size() > 1 ? model::MarkKind::Stroke : model::MarkKind::Spot;
        mark.points = std::move(lu.stroke);
        mark.radius = lu.brush_radius;
        l.Queue(learn_action::AddPainting{std::move(mark)});
        lu.stroke.clear();
      }
    }
  } else if (l.exercise->kind == model::ExerciseKind::WhereTrigger) {
    if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) l.Queue(learn_action::Guess{v, at});
  }
}

void DrawExercise(AppState& s, Painter& p, model::View v, float px) {
  const session::LearnSession& l = s.session.learn;
  const LearnUi& lu = s.ui.learn;
  const Palette& pal = PaletteFor(s.settings.theme);
  const model::TriggerPointInstance* target = Target(s);
  if (target == nullptr) return;
  const int inst = l.exercise->instance;
  const model::ExerciseKind kind = l.exercise->kind;
  if (l.answered) {
    DrawHighlightedMuscle(s, p, v, target->muscle, target->side, px, pal.muscle_hover, pal.muscle_hover_fill, false);
    const int picked = l.result.chosen_muscle;
    if (kind == model::ExerciseKind::WhichMuscle && picked >= 0 && picked != target->muscle) {
      const model::Side side = s.session.model->muscles[picked].midline ? model::Side::Midline : target->side;
      DrawHighlightedMuscle(s, p, v, picked, side, px, pal.learn_paint, WithAlpha(pal.learn_paint, 0.15f), true);
    }
  }
  if (kind == model::ExerciseKind::WhereRefer) {
    for (const model::PainMark& m : l.painting) {
      if (m.view == v) DrawStroke(s, p, m.points, m.radius, px);
    }
    if (lu.stroke_view == v) DrawStroke(s, p, lu.stroke, lu.brush_radius, px);
    if (l.answered) DrawZones(s, p, v, inst, true, px);
  } else {
    DrawZones(s, p, v, inst, false, px);
  }
  const bool show_x = kind == model::ExerciseKind::WhereRefer || l.answered || l.hint_shown;
  if (show_x && target->view == v) p.Cross(target->at, 8.0f * px, 3.0f * px, pal.trigger_point, pal.trigger_point_halo);
  if (kind == model::ExerciseKind::WhereTrigger && l.guess && l.guess->first == v) {
    ImDrawList* dl = p.DrawList();
    const ImVec2 g = p.Transform().ToScreen(l.guess->second);
    const ImU32 col = pal.learn_paint;
    if (l.answered && target->view == v) {
      const ImVec2 x = p.Transform().ToScreen(target->at);
      dl->AddLine(g, x, col, 1.5f * px);
    }
    dl->AddCircle(g, 11.0f * px, IM_COL32(255, 255, 255, 220), 0, 4.0f * px);
    dl->AddCircle(g, 11.0f * px, col, 0, 2.5f * px);
    dl->AddCircleFilled(g, 3.0f * px, col);
  }
}

void DrawView(AppState& s, const AtlasView& view) {
  const session::LearnSession& l = s.session.learn;
  const LearnUi& lu = s.ui.learn;
  const model::View v = view.view;
  const ViewTransform& t = view.transform;
  HandleInput(s, view);
  const float px = s.Scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  Painter p(dl, t, s.render.draw_scratch);
  const model::TriggerPointInstance* target = Target(s);
  const bool reveal = l.answered && target != nullptr;
  DrawBodyBase(s, p, v, reveal ? target->muscle : -1, px);
  if (l.mode == LearnMode::Progress) {
    DrawMasteryTint(s, p, v, px);
  } else {
    DrawExercise(s, p, v, px);
  }
  DrawOrientationLabels(s, t, v, px);
  if (view.hovered && l.exercise && !l.answered) {
    if (l.exercise->kind == model::ExerciseKind::WhereRefer) {
      const float r = t.ToScreenLength(lu.brush_radius);
      dl->AddCircle(ImGui::GetIO().MousePos, r, WithAlpha(PaletteFor(s.settings.theme).muscle_hover, 200.0f / 255.0f), 0, 1.5f * px);
    } else if (l.exercise->kind == model::ExerciseKind::WhereTrigger) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
  }
}

// The question in words across the top of the map, so the task is clear where the user looks.
float DrawPrompt(AppState& s, ImVec2 origin, float width) {
  const session::LearnSession& l = s.session.learn;
  const float px = s.Scale();
  std::string title, hint;
  if (l.mode == LearnMode::Progress) {
    title = "Your progress on the map";
    hint = "Muscles turn green as you master their patterns. Practise what is due in the panel.";
  } else if (!l.exercise) {
    title = "Nothing to practise here";
    hint = "Pick another region in the panel.";
  } else {
    const std::string side = session::MuscleSideLabel(*s.session.model, l.exercise->muscle, Target(s)->side);
    switch (l.exercise->kind) {
      case model::ExerciseKind::WhichMuscle:
        title = l.answered ? "This is " + side : "Which muscle refers pain here?";
        hint = l.answered ? "Its trigger point is the X; the muscle is outlined in blue."
                          : "Solid red: where the pain is felt most; hatched: where it may spread. Answer in the panel.";
        break;
      case model::ExerciseKind::WhereRefer:
        title = "Where does " + side + " refer pain?";
        hint = l.answered ? "The true pattern is drawn over your painting (blue)."
                          : "Its trigger point is the X. Paint where the pain goes, then press Check.";
        break;
      case model::ExerciseKind::WhereTrigger:
        title = "Where is the trigger point of " + side + "?";
        hint = l.answered ? "The X is the trigger point; the line joins it to your click."
                          : "The red pattern is its referred pain. Click where the X should be, then press Check.";
        break;
    }
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* big = s.render.fonts.title != nullptr ? s.render.fonts.title : ImGui::GetFont();
  const float big_size = s.render.fonts.title != nullptr ? big->FontSize : ImGui::GetFontSize() * 1.3f;
  const float pad = 10.0f * px;
  // Both lines wrap at the strip's width, and the strip grows to hold them.
  const float wrap = std::max(width - 4.0f * pad, 1.0f);
  const float title_h = big->CalcTextSizeA(big_size, FLT_MAX, wrap, title.c_str()).y;
  const float hint_h = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, hint.c_str()).y;
  const float h = title_h + hint_h + 3.0f * pad;
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + h), ImGui::GetColorU32(ImGuiCol_MenuBarBg));
  dl->AddText(big, big_size, ImVec2(origin.x + 2.0f * pad, origin.y + pad), ImGui::GetColorU32(ImGuiCol_Text),
              title.c_str(), nullptr, wrap);
  dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(origin.x + 2.0f * pad, origin.y + 2.0f * pad + title_h),
              ImGui::GetColorU32(ImGuiCol_TextDisabled), hint.c_str(), nullptr, wrap);
  return h;
}

}  // namespace

void DrawLearnCanvas(AppState& s, ImVec2 size) {
  size.x = std::max(size.x, 1.0f);
  size.y = std::max(size.y, 1.0f);
  LearnUi& lu = s.ui.learn;
  for (ViewPlacement& p : lu.placement) p.visible = false;
  if (!s.session.model) return;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float prompt_h = DrawPrompt(s, origin, size.x);
  const ImVec2 area(origin.x, origin.y + prompt_h);
  const ImVec2 area_size(size.x, std::max(size.y - prompt_h, 1.0f));
  // Both views when each gets a useful width; otherwise the view holding the trigger point.
  const model::TriggerPointInstance* target = Target(s);
  const AtlasCanvasSpec spec{"learn", &lu.cameras, &lu.placement, true,
                             target != nullptr ? target->view : model::View::Back};
  DrawAtlasCanvas(s, spec, area, area_size, [&](const AtlasView& view) { DrawView(s, view); });
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + size.y));
}

}  // namespace knotmap::ui
