// The frame: one full-window host with the menu bar, the canvas on the left, the side panel on
// the right (below the canvas when the window is narrow), a splitter and a status line.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/learn/learn_views.hpp"
#include "ui/canvas/canvas.hpp"
#include "ui/panels/guided_views.hpp"
#include "ui/core/focus.hpp"
#include "ui/core/widgets.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::ui {
namespace {

void DrawStatusBar(AppState& s) {
  const float h = ImGui::GetFrameHeight();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f * s.Scale(), 2.0f * s.Scale()));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_MenuBarBg));
  ImGui::BeginChild("##status", ImVec2(0.0f, h), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  DrawEndCue(s);
  ImGui::AlignTextToFramePadding();
  // One line: what does not fit ends in "..." and shows whole on hover.
  const float room = ImGui::GetContentRegionAvail().x;
  if (s.StatusShown()) {
    EllipsizedText(s.ui.status, room);
  } else if (s.session.model && DrawTimerStatus(s)) {
    // the running timer or ball spot, from every tab
  } else if (CurrentStop(s) == FocusStop::MapFront || CurrentStop(s) == FocusStop::MapBack) {
    EllipsizedText("Arrows: move the crosshair (Shift: faster)  |  Enter: mark here  |  L: at a landmark  |  Tab: next", room, true);
  } else if (LearnCanvasActive(s)) {
    EllipsizedText("Learn mode  |  wheel: zoom, right-drag: pan  |  your pain marks are kept for later", room, true);
  } else if (s.session.model) {
    const std::size_t n = s.session.marks.size();
    EllipsizedText(std::to_string(n) + (n == 1 ? " mark" : " marks") + "  |  " +
                       (s.settings.tool == Tool::Brush ? "Brush: drag to paint" : "Spot: click to mark") +
                       "  |  wheel: zoom, right-drag: pan, F: fit",
                   room, true);
  }
  // The standing reminder on the right, when it fits beside the message.
  const char* notice = "Informs, does not diagnose";
  const float w = ImGui::CalcTextSize(notice).x;
  const float x = ImGui::GetWindowWidth() - w - 12.0f * s.Scale();
  if (x > ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + 24.0f * s.Scale()) {
    ImGui::SameLine(x);
    ImGui::TextDisabled("%s", notice);
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

// A vertical (side by side) or horizontal (stacked) splitter; returns the pixels dragged.
float Splitter(bool vertical, float thickness, float length) {
  ImGui::InvisibleButton("##splitter", vertical ? ImVec2(thickness, length) : ImVec2(length, thickness));
  if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
    ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  }
  const ImVec2 a = ImGui::GetItemRectMin();
  const ImVec2 b = ImGui::GetItemRectMax();
  const ImU32 col = ImGui::GetColorU32(ImGui::IsItemActive()    ? ImGuiCol_SeparatorActive
                                       : ImGui::IsItemHovered() ? ImGuiCol_SeparatorHovered
                                                                : ImGuiCol_Separator);
  if (vertical) {
    const float x = (a.x + b.x) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), col, 1.0f);
  } else {
    const float y = (a.y + b.y) * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), col, 1.0f);
  }
  if (!ImGui::IsItemActive()) return 0.0f;
  return vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y;
}

// The body map, or the learn canvas while a Learn tab exercise runs.
void DrawMapArea(AppState& s) {
  s.ui.focus.canvas_window = CurrentWindowId();
  if (LearnCanvasActive(s)) {
    DrawLearnCanvas(s, ImGui::GetContentRegionAvail());
    return;
  }
  DrawCanvasToolbar(s);
  DrawCanvas(s, ImGui::GetContentRegionAvail());
}

void DrawBody(AppState& s) {
  const float px = s.Scale();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float status_h = ImGui::GetFrameHeight();
  const float gap = ImGui::GetStyle().ItemSpacing.y;  // between stacked items
  const float h = std::max(avail.y - status_h - gap, 1.0f);
  const bool side_by_side = avail.x >= 640.0f * px || avail.x > avail.y * 1.1f;
  const float splitter = 6.0f * px;
  // While the map's crosshair has the keyboard, the arrows are its own, not ImGui's navigation.
  const ImGuiWindowFlags canvas_flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                                        (CurrentStop(s) == FocusStop::MapFront || CurrentStop(s) == FocusStop::MapBack
                                             ? ImGuiWindowFlags_NoNavInputs
                                             : 0);

  if (side_by_side) {
    float panel_w = s.settings.side_panel_width > 0.0f ? s.settings.side_panel_width * px : std::clamp(avail.x * 0.32f, 360.0f * px, 560.0f * px);
    // The map keeps at least 200 px (scaled); both views stack in a narrow canvas.
    const float max_w = std::max(avail.x - 200.0f * px, 120.0f * px);
    panel_w = std::clamp(panel_w, std::min(260.0f * px, max_w), max_w);
    const float canvas_w = std::max(avail.x - panel_w - splitter, 1.0f);
    ImGui::BeginChild("##canvas_area", ImVec2(canvas_w, h), false, canvas_flags);
    DrawMapArea(s);
    ImGui::EndChild();
    ImGui::SameLine(0.0f, 0.0f);
    if (const float d = Splitter(true, splitter, h); d != 0.0f) {
      Settings next = s.settings;
      next.side_panel_width = std::clamp(panel_w - d, 120.0f * px, max_w) / px;
      s.Queue(action::ChangeSettings{next});
    }
    ImGui::SameLine(0.0f, 0.0f);
    ImGui::BeginChild("##side_panel", ImVec2(std::max(panel_w, 1.0f), h), false);
    DrawSidePanel(s);
    ImGui::EndChild();
  } else {
    const float canvas_h = std::max(std::floor(h * 0.55f), 1.0f);
    ImGui::BeginChild("##canvas_area", ImVec2(avail.x, canvas_h), false, canvas_flags);
    DrawMapArea(s);
    ImGui::EndChild();
    Splitter(false, splitter, avail.x);
    ImGui::BeginChild("##side_panel", ImVec2(avail.x, std::max(h - canvas_h - splitter - 2.0f * gap, 1.0f)), false);
    DrawSidePanel(s);
    ImGui::EndChild();
  }
}

}  // namespace

void DrawApp(AppState& s) {
  s.ui.hover = s.ui.hover_next;
  s.ui.hover_next = {};
  // Focus stops are recorded again by whatever draws this frame.
  s.ui.focus.toolbar_item = 0;
  s.ui.focus.panel_item = 0;

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar |
                                 ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("Knotmap##host", nullptr, flags);
  ImGui::PopStyleVar(4);
  // ImGui 1.86's Tab only visits text fields and sliders (and turns a slider into a text field);
  // Tab is the app's own focus order instead (see focus.hpp).
  ImGui::PushAllowKeyboardFocus(false);
  DrawMenuBar(s);
  if (s.session.model) {
    DrawBody(s);
  } else {
    ImGui::BeginChild("##load_errors", ImVec2(0.0f, -ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.y), false);
    DrawLoadErrors(s);
    ImGui::EndChild();
  }
  DrawStatusBar(s);
  ImGui::PopAllowKeyboardFocus();
  ImGui::End();
  DrawDialogs(s);
  HandleShortcuts(s);
  s.render.text_layout.EndFrame();
}

}  // namespace knotmap::ui
