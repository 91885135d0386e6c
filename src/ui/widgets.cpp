// Shared panel building blocks.
#include "ui/widgets.hpp"

#include <imgui.h>

namespace knotmap::ui {

void BoldText(const AppState& s, const char* text) {
  if (s.fonts.bold != nullptr) ImGui::PushFont(s.fonts.bold);
  ImGui::TextUnformatted(text);
  if (s.fonts.bold != nullptr) ImGui::PopFont();
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

}  // namespace knotmap::ui
