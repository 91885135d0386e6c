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

}  // namespace knotmap::ui
