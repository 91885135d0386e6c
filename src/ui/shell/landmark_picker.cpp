// "Mark at a landmark...": a searchable list of the atlas's named landmarks (front and back);
// choosing one drops a spot there, so a mark can be placed by name, without pointing.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "session/muscle_search.hpp"
#include "ui/canvas/marking.hpp"
#include "ui/core/focus.hpp"
#include "ui/shell/shell.hpp"

namespace knotmap::ui {
namespace {

constexpr const char* kTitle = "Mark at a landmark";

std::vector<const model::Landmark*> Matching(const model::Model& m, const std::string& query) {
  std::vector<const model::Landmark*> out;
  for (model::View v : model::kViews) {
    for (const model::Landmark& l : m.Atlas(v).landmarks) {
      const std::string label = LandmarkLabel(l) + " " + std::string(model::ToString(v));
      if (session::MatchesWords(label, query)) out.push_back(&l);
    }
  }
  return out;
}

void Choose(AppState& s, const model::Landmark& l) {
  s.Queue(action::AddMark{NewSpot(s, l.view, l.at)});
  s.SetStatus("Marked at " + LandmarkLabel(l) + " (" + std::string(model::ToString(l.view)) + ")");
  s.ui.landmarks.open = false;
  ImGui::CloseCurrentPopup();
}

}  // namespace

void DrawLandmarkPicker(AppState& s) {
  LandmarkPicker& p = s.ui.landmarks;
  if (!s.session.model) return;
  if (p.open && !ImGui::IsPopupOpen(kTitle)) {
    ImGui::OpenPopup(kTitle);
    DropMapFocus(s);
  }
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(std::min(em * 22.0f, vp->WorkSize.x * 0.9f), std::min(em * 24.0f, vp->WorkSize.y * 0.85f)),
                           ImGuiCond_Always);
  if (!ImGui::BeginPopupModal(kTitle, &p.open, ImGuiWindowFlags_NoSavedSettings)) {
    p.open = false;
    return;
  }
  if (p.focus_search) {
    ImGui::SetKeyboardFocusHere();
    p.focus_search = false;
  }
  ImGui::SetNextItemWidth(-1.0f);
  const bool enter = ImGui::InputTextWithHint("##landmark_search", "Type a landmark, e.g. c7, acromion, knee", &p.search,
                                               ImGuiInputTextFlags_EnterReturnsTrue);
  const std::vector<const model::Landmark*> hits = Matching(*s.session.model, p.search);
  ImGui::TextDisabled(hits.empty() ? "No landmark matches." : "Enter marks the first; arrows and Space pick another.");
  if (enter && !hits.empty()) {
    Choose(s, *hits.front());
  } else {
    ImGui::BeginChild("##landmarks", ImVec2(0.0f, 0.0f), true, ImGuiWindowFlags_NavFlattened);
    for (const model::Landmark* l : hits) {
      ImGui::PushID(l);
      const std::string label = LandmarkLabel(*l) + "  (" + std::string(model::ToString(l->view)) + ")";
      if (ImGui::Selectable(label.c_str())) Choose(s, *l);
      ImGui::PopID();
    }
    ImGui::EndChild();
  }
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    p.open = false;
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace knotmap::ui
