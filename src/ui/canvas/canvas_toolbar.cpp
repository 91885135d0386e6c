// The strip above the canvas: tool (spot or brush), intensity of the selected or next mark,
// undo/redo/clear, and which views to show.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/canvas/canvas.hpp"
#include "ui/core/focus.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

// A toggle button that looks pressed when `on`.
bool ToggleButton(const char* label, bool on) {
  if (on) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  }
  const bool pressed = ImGui::Button(label);
  if (on) ImGui::PopStyleColor(2);
  return pressed;
}

void Tip(const char* text) {
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text);
}

// The brush's width (its radius in atlas units, shown as a diameter); the map shows it as a ring
// around the cursor while painting.
// `own_row`: under what came before (the "More..." popup), else continuing its row while it fits.
void DrawBrushSize(AppState& s, float slider_w, float spacing, float indent, bool own_row = false) {
  if (!own_row) SameLineOrWrap(ImGui::CalcTextSize("Size").x + ImGui::GetStyle().ItemSpacing.x + slider_w, spacing, indent);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Size");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(slider_w);
  float diameter = s.ui.brush_radius * 2.0f;
  if (ImGui::SliderFloat("##brush_size", &diameter, 2.0f * kMinBrushRadius, 2.0f * kMaxBrushRadius, "%.0f")) {
    s.ui.brush_radius = std::clamp(diameter * 0.5f, kMinBrushRadius, kMaxBrushRadius);
  }
  s.ui.toolbar.brush_size_min = ImGui::GetItemRectMin();
  s.ui.toolbar.brush_size_max = ImGui::GetItemRectMax();
  Tip("Brush width: how wide an area one stroke paints");
}

}  // namespace

void DrawCanvasToolbar(AppState& s) {
  const float px = s.Scale();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6.0f * px, 4.0f * px));
  const float indent = 8.0f * px;
  const float tight = 2.0f * px;
  const float loose = 14.0f * px;
  const Mark* selected = s.session.FindMark(s.session.selected_mark);
  const char* intensity_label = selected != nullptr ? "Selected mark" : "Intensity";
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  // The label and its slider share a row: the slider gives way in a narrow canvas.
  const float row_w = ImGui::GetContentRegionMax().x - 2.0f * indent;
  const float label_room = row_w - ImGui::CalcTextSize(intensity_label).x - spacing;
  const float slider_w = std::max(std::min(std::clamp(row_w * 0.2f, 80.0f * px, 150.0f * px), label_room), 40.0f * px);
  const float views_w = ButtonWidth("Front") + ButtonWidth("Back") + ButtonWidth("Both") + ButtonWidth("Fit") +
                        2.0f * tight + 8.0f * px;
  // The groups of a row flow like words; when they would take more than two rows (a narrow canvas,
  // a large UI scale) the toolbar keeps the tools and undo in sight and the rest under "More...".
  const float groups[] = {ButtonWidth("Spot") + ButtonWidth("Brush") + ButtonWidth("Landmark...") + 2.0f * tight,
                          ImGui::CalcTextSize(intensity_label).x + spacing + slider_w,
                          ButtonWidth("Undo") + ButtonWidth("Redo") + ButtonWidth("Clear") + 2.0f * tight, views_w};
  int rows = 1;
  float x = 0.0f;
  for (const float g : groups) {
    if (x > 0.0f && x + loose + g > row_w) {
      ++rows;
      x = 0.0f;
    }
    x += (x > 0.0f ? loose : 0.0f) + g;
  }
  const bool compact = rows > 2;
  // In a very short canvas the wrapped rows would leave no map: they scroll in a strip of at most
  // 60 % of the height instead (navigation passes through it as if it were not there).
  const float strip = std::floor(ImGui::GetContentRegionAvail().y * 0.6f);
  const bool scrolled = s.ui.toolbar.height > strip;
  if (scrolled) ImGui::BeginChild("##toolbar", ImVec2(0.0f, std::max(strip, 1.0f)), false, ImGuiWindowFlags_NavFlattened);
  const float top = ImGui::GetCursorPosY();
  ImGui::SetCursorPos(ImVec2(indent, ImGui::GetCursorPosY() + 6.0f * px));
  ImGui::BeginGroup();

  auto landmark = [&] {
    if (ImGui::Button("Landmark...")) {
      s.ui.landmarks.open = true;
      s.ui.landmarks.focus_search = true;
      ImGui::CloseCurrentPopup();
    }
    Tip("Mark at a named landmark, picked from a list (L)");
  };
  auto intensity = [&](float width) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(intensity_label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width);
    int value = selected != nullptr ? selected->mark.intensity : s.ui.new_intensity;
    const bool changed = ImGui::SliderInt("##intensity", &value, 1, 10, "%d / 10");
    s.ui.toolbar.intensity_min = ImGui::GetItemRectMin();
    s.ui.toolbar.intensity_max = ImGui::GetItemRectMax();
    if (ImGui::IsItemActivated()) ++s.ui.intensity_drag;
    // With a mark selected the slider edits that mark only (an undoable edit); the intensity of
    // new marks is a preference of its own, so undoing the edit cannot leave it behind.
    if (changed && selected != nullptr) s.Queue(action::SetIntensity{selected->id, value, s.ui.intensity_drag});
    if (changed && selected == nullptr) s.ui.new_intensity = value;
    Tip("How strong the pain is. Stronger marks count more in the findings.");
  };
  auto undo = [&] {
    ImGui::BeginDisabled(s.session.undo_stack.empty());
    if (ImGui::Button("Undo")) s.Queue(action::Undo{});
    ImGui::EndDisabled();
    Tip("Ctrl+Z");
  };
  auto redo = [&] {
    ImGui::BeginDisabled(s.session.redo_stack.empty());
    if (ImGui::Button("Redo")) s.Queue(action::Redo{});
    ImGui::EndDisabled();
    Tip("Ctrl+Y");
  };
  auto clear = [&] {
    ImGui::BeginDisabled(s.session.marks.empty());
    if (ImGui::Button("Clear")) s.Queue(action::ClearMarks{});
    ImGui::EndDisabled();
    Tip("Remove all marks (undo brings them back)");
  };
  // `wrap`: each button continues the row while it fits (in the popup the row is as wide as it needs).
  auto views = [&](bool wrap) {
    auto next = [&](const char* label, float gap) {
      if (wrap) {
        SameLineOrWrap(ButtonWidth(label), gap, indent);
      } else {
        ImGui::SameLine(0.0f, gap);
      }
    };
    if (ToggleButton("Front", s.settings.view_mode == ViewMode::Front)) QueueViewMode(s, ViewMode::Front);
    Tip("Front view only (1)");
    next("Back", tight);
    if (ToggleButton("Back", s.settings.view_mode == ViewMode::Back)) QueueViewMode(s, ViewMode::Back);
    Tip("Back view only (2)");
    next("Both", tight);
    if (ToggleButton("Both", s.settings.view_mode == ViewMode::Both)) QueueViewMode(s, ViewMode::Both);
    Tip("Front and back side by side (3)");
    next("Fit", 8.0f * px);
    if (ImGui::Button("Fit")) {
      for (Camera& c : s.ui.cameras) c.zoom = 0.0f;
    }
    Tip("Fit the body to the window (F)");
  };

  if (ToggleButton("Spot", s.settings.tool == Tool::Spot)) QueueTool(s, Tool::Spot);
  s.ui.focus.toolbar_item = LastItemId();  // Tab's first stop
  Tip("Click on the body to drop a pain spot");
  SameLineOrWrap(ButtonWidth("Brush"), tight, indent);
  if (ToggleButton("Brush", s.settings.tool == Tool::Brush)) QueueTool(s, Tool::Brush);
  Tip("Drag to paint an area or a line of pain (B)");
  if (compact) {
    SameLineOrWrap(ButtonWidth("Undo"), loose, indent);
    undo();
    SameLineOrWrap(ButtonWidth("Redo"), tight, indent);
    redo();
    SameLineOrWrap(ButtonWidth("More..."), loose, indent);
    if (ImGui::Button("More...")) ImGui::OpenPopup("##toolbar_more");
    Tip("Landmark, intensity, clear, which views");
    if (ImGui::BeginPopup("##toolbar_more")) {
      landmark();
      intensity(std::max(slider_w, 120.0f * px));
      if (s.settings.tool == Tool::Brush) DrawBrushSize(s, std::max(slider_w, 120.0f * px), 0.0f, -1.0f, true);
      clear();
      views(false);
      ImGui::EndPopup();
    }
  } else {
    SameLineOrWrap(ButtonWidth("Landmark..."), tight, indent);
    landmark();
    SameLineOrWrap(groups[1], loose, indent);
    intensity(slider_w);
    if (s.settings.tool == Tool::Brush) DrawBrushSize(s, slider_w, loose, indent);
    SameLineOrWrap(groups[2], loose, indent);
    undo();
    SameLineOrWrap(ButtonWidth("Redo"), tight, indent);
    redo();
    SameLineOrWrap(ButtonWidth("Clear"), tight, indent);
    clear();
    // Views: right-aligned when there is room, else on the next row.
    SameLineOrWrap(views_w, loose, indent);
    const float right = ImGui::GetWindowContentRegionMax().x - views_w - indent;
    if (right > ImGui::GetCursorPosX()) ImGui::SetCursorPosX(right);
    views(true);
  }
  ImGui::EndGroup();
  ImGui::PopStyleVar();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6.0f * px);
  s.ui.toolbar.height = ImGui::GetCursorPosY() - top;
  if (scrolled) ImGui::EndChild();
  ImGui::Separator();
}

}  // namespace knotmap::ui
