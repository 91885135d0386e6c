// Shared panel building blocks.
#include "ui/core/widgets.hpp"

#include <imgui.h>

namespace knotmap::ui {

void BoldText(const AppState& s, const char* text) {
  if (s.render.fonts.bold != nullptr) ImGui::PushFont(s.render.fonts.bold);
  ImGui::TextUnformatted(text);
  if (s.render.fonts.bold != nullptr) ImGui::PopFont();
}

void SectionTitle(const AppState& s, const char* title, bool separator) {
  ImGui::Spacing();
  BoldText(s, title);
  if (separator) ImGui::Separator();
}

void MuscleWithReason(AppState& s, const std::string& label, int muscle, const std::string& why) {
  if (ImGui::Selectable(label.c_str()) && muscle >= 0) s.Queue(action::OpenMuscle{muscle});
  if (why.empty()) return;
  ImGui::Indent();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", why.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent();
}

void QueueViewMode(AppState& s, ViewMode mode) {
  Settings next = s.settings;
  next.view_mode = mode;
  s.Queue(action::ChangeSettings{next});
}

void QueueTool(AppState& s, Tool tool) {
  Settings next = s.settings;
  next.tool = tool;
  s.Queue(action::ChangeSettings{next});
}

void AlertFrame(const AppState& s, const ImVec4& colour, const std::function<void()>& body) {
  const float px = s.Scale();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const ImVec2 pad(8.0f * px, 6.0f * px);
  ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + pad.x, ImGui::GetCursorPosY() + pad.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad.x);
  body();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const ImVec2 a(ImGui::GetItemRectMin().x - pad.x, ImGui::GetItemRectMin().y - pad.y);
  const ImVec2 b(ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x, ImGui::GetItemRectMax().y + pad.y);
  dl->ChannelsSetCurrent(0);
  ImVec4 bg = colour;
  bg.w = 0.10f;
  dl->AddRectFilled(a, b, ImGui::ColorConvertFloat4ToU32(bg), 4.0f * px);
  dl->AddRect(a, b, ImGui::ColorConvertFloat4ToU32(colour), 4.0f * px, 0, 1.5f * px);
  dl->ChannelsMerge();
  ImGui::Dummy(ImVec2(0.0f, pad.y));
}

}  // namespace knotmap::ui
