// A muscle's page: names, symptoms, what aggravates it, the muscles that pull on it (clickable),
// self-treatment with its dose, stretches, strengthening, cautions and the source. Back/forward
// navigate the pages visited; the map shows the muscle's referral pattern meanwhile.
#include <imgui.h>

#include <string>

#include "session/muscle_search.hpp"
#include "ui/panels/guided_views.hpp"
#include "ui/panels/panels.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

void Section(const AppState& s, const char* title) { SectionTitle(s, title); }

void BulletList(const std::vector<std::string>& items) {
  ImGui::PushTextWrapPos(0.0f);
  for (const std::string& item : items) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextUnformatted(item.c_str());
  }
  ImGui::PopTextWrapPos();
}

// A titled bullet list, left out when the content has nothing for it.
void ListSection(const AppState& s, const char* title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  Section(s, title);
  BulletList(items);
}

// "Label: text", the text wrapped beside a short label; under a long one (beside it, the text would
// be squeezed into a sliver of the panel).
void Field(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", label);
  const float label_w = ImGui::GetItemRectSize().x;
  if (label_w + ImGui::GetStyle().ItemSpacing.x <= ImGui::GetContentRegionAvail().x * 0.4f) {
    ImGui::SameLine();
    ImGui::TextUnformatted(text.c_str());
  } else {
    ImGui::Indent();
    ImGui::TextUnformatted(text.c_str());
    ImGui::Unindent();
  }
  ImGui::PopTextWrapPos();
}

void NavigationBar(AppState& s) {
  const auto& b = s.ui.muscles;
  if (ImGui::ArrowButton("##back", ImGuiDir_Left)) s.Queue(action::NavigateBack{});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(b.position > 0 ? "Back" : "Back to the list");
  ImGui::SameLine();
  ImGui::BeginDisabled(b.position + 1 >= static_cast<int>(b.history.size()));
  if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) s.Queue(action::NavigateForward{});
  ImGui::EndDisabled();
  SameLineOrWrap(ButtonWidth("All muscles"));
  if (ImGui::Button("All muscles")) s.Queue(action::CloseMusclePage{});
}

}  // namespace

void DrawMusclePage(AppState& s, int index) {
  const model::Model& m = *s.session.model;
  const model::Muscle& mu = m.muscles[index];
  NavigationBar(s);
  ImGui::Separator();
  if (s.render.fonts.title != nullptr) ImGui::PushFont(s.render.fonts.title);
  ImGui::TextUnformatted(mu.name.c_str());
  if (s.render.fonts.title != nullptr) ImGui::PopFont();
  ImGui::TextDisabled("%s  |  %s", mu.anatomical_name.c_str(), std::string(session::RegionName(m, mu)).c_str());
  ImGui::TextDisabled("Its referral pattern is shown on the map.");

  ListSection(s, "Symptoms", mu.symptoms);
  ListSection(s, "Made worse by", mu.aggravating);
  ListSection(s, "Keeps coming back because of", mu.perpetuating);
  if (!mu.pulling.empty()) {
    Section(s, "Muscles that pull on it");
    for (std::size_t i = 0; i < mu.pulling.size(); ++i) {
      const model::PullingMuscle& p = mu.pulling[i];
      ImGui::PushID(static_cast<int>(i));
      MuscleWithReason(s, p.index >= 0 ? m.muscles[p.index].name : p.muscle, p.index, p.why);
      ImGui::PopID();
    }
  }
  const model::SelfTreatment& t = mu.self_treatment;
  Section(s, "Self-treatment");
  Field("Tool:", t.tool);
  Field("Position:", t.position);
  Field("Find it:", t.find);
  Field("Dose:", model::DoseText(t));
  Field("How often:", t.frequency);
  for (const model::TriggerPoint& tp : mu.trigger_points) {
    std::string label = tp.name + ":";  // the human name, never the content id
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    Field(label.c_str(), tp.location);
  }
  DrawMuscleMethodSection(s, index);
  ListSection(s, "Stretches", mu.stretches);
  ListSection(s, "Strengthening", mu.strengthening);
  if (!mu.cautions.empty()) {
    Section(s, "Cautions");
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    BulletList(mu.cautions);
    ImGui::PopStyleColor();
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Source: %s", mu.source.c_str());
  ImGui::PopTextWrapPos();
}

}  // namespace knotmap::ui
