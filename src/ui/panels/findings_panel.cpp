// Findings: the best explanation of all marks, the ranked candidates (muscle and side, score
// bar, which marks each explains and how), unexplained marks and the pulling muscles.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/core/widgets.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

// Marks are numbered for the user in the order they were dropped, from 1.
int MarkNumber(int mark_index) { return mark_index + 1; }

bool ExplainsHoveredMark(const AppState& s, const model::Candidate& c) {
  if (s.ui.hover.mark < 0) return false;
  for (const model::MarkExplanation& e : c.explains) {
    if (e.mark >= 0 && e.mark < static_cast<int>(s.session.marks.size()) && s.session.marks[e.mark].id == s.ui.hover.mark) {
      return true;
    }
  }
  return false;
}

std::string ExplainText(const model::Candidate& c) {
  std::string text;
  for (const model::MarkExplanation& e : c.explains) {
    if (!text.empty()) text += ", ";
    char buf[96];
    std::snprintf(buf, sizeof buf, "mark %d %s (%d%%)", MarkNumber(e.mark),
                  e.zone == model::MarkZone::Essential   ? "in the essential zone"
                  : e.zone == model::MarkZone::Spillover ? "in the spillover zone"
                                                         : "on the knot itself",
                  static_cast<int>(e.coverage * 100.0f + 0.5f));
    text += buf;
  }
  return text;
}

void Heading(const AppState& s, const char* text) { SectionTitle(s, text, true); }

void ScoreBar(const AppState& s, float score, float width) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight() * 0.45f;
  const float y = p.y + (ImGui::GetTextLineHeight() - h) * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + width, y + h), ImGui::GetColorU32(ImGuiCol_FrameBg), h * 0.5f);
  const float w = std::clamp(score, 0.0f, 1.0f) * width;
  if (w > 1.0f) {
    dl->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + w, y + h),
                      ImGui::ColorConvertFloat4ToU32(PaletteFor(s.settings.theme).score_bar), h * 0.5f);
  }
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

const char* ZoneWord(model::MarkZone z) {
  return z == model::MarkZone::Essential ? "essential" : z == model::MarkZone::Spillover ? "spillover" : "local";
}

// `title`: the row's name as the list gives it ("1. Abdominal obliques (left)"), shown whole first.
void CandidateTooltip(const AppState& s, int i, const std::string& title = {}) {
  const model::Candidate& c = s.session.findings.candidates[i];
  // Under the row, inside the panel: the map beside it stays in sight.
  const ImVec2 panel_min = ImGui::GetWindowPos();
  const ImVec2 panel_max(panel_min.x + ImGui::GetWindowWidth(), panel_min.y + ImGui::GetWindowHeight());
  BeginCompactTooltip(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), panel_min, panel_max, TooltipPlace::Below, 24.0f);
  const model::Muscle& m = s.session.model->muscles[c.muscle];
  const model::TriggerPointInstance& inst = s.session.model->instances[c.instance];
  if (!title.empty()) BoldText(s, title.c_str());
  ImGui::Text("%s: %s", m.name.c_str(), m.trigger_points[inst.trigger_point].name.c_str());
  ImGui::TextDisabled("Explains %s", ExplainText(c).c_str());
  if (c.habit_match) ImGui::TextDisabled("One of your ticked habits loads this muscle.");
  if (const std::string why = model::PressReason(c); !why.empty()) ImGui::TextDisabled("Ranked so because %s.", why.c_str());
  ImGui::TextDisabled("Double-click for the muscle page.");
  EndCompactTooltip();
}

// The classic test under a trigger point: "pressing here reproduces my pain: yes / no / not sure".
// A second click on the chosen answer withdraws it.
void PressTestButtons(AppState& s, int i) {
  const model::Candidate& c = s.session.findings.candidates[i];
  ImGui::TextDisabled("Pressing here reproduces my pain:");
  const std::pair<model::PressAnswer, const char*> answers[] = {
      {model::PressAnswer::Yes, "yes"}, {model::PressAnswer::No, "no"}, {model::PressAnswer::NotSure, "not sure"}};
  // The buttons on their own line, so the narrow column never cuts the last one off.
  bool first = true;
  for (const auto& [answer, label] : answers) {
    if (!first) SameLineOrWrap(ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x, -1.0f, ImGui::GetCursorPosX());
    first = false;
    const bool chosen = c.press == answer;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    // Small buttons (no vertical padding) that wrap their label in a column too narrow for it.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, 0.0f));
    const bool pressed = WrappedButton(label);
    ImGui::PopStyleVar();
    if (pressed) {
      s.Queue(action::SetPressAnswer{i, chosen ? std::nullopt : std::optional(answer)});
    }
    if (answer == model::PressAnswer::Yes) {
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      s.ui.press_yes_at.emplace_back(i, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f));
    }
    if (chosen) ImGui::PopStyleColor();
  }
  if (const std::string why = model::PressReason(c); !why.empty()) ImGui::TextDisabled("Ranked so because %s.", why.c_str());
}

// One row per muscle and side; the selected group lists its trigger points underneath.
void GroupRow(AppState& s, int g) {
  const CandidateGroup& group = s.session.groups[g];
  const int head = group.first;
  const model::Candidate& c = s.session.findings.candidates[head];
  const int selected_group = session::GroupOf(s.session, s.session.selected_candidate);
  bool related = false;
  for (int k = 0; k < group.count; ++k) related |= ExplainsHoveredMark(s, s.session.findings.candidates[head + k]);
  ImGui::PushID(g);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  // A name too long for the column ends in "..."; the row's tooltip gives it whole.
  const std::string name = std::to_string(g + 1) + ". " + session::CandidateLabel(s.session, head);
  const std::string label = Ellipsize(name, ImGui::GetContentRegionAvail().x) + "##group";
  if (related) ImGui::PushStyleColor(ImGuiCol_Header, ImGui::GetStyleColorVec4(ImGuiCol_HeaderHovered));
  if (ImGui::Selectable(label.c_str(), selected_group == g || related,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
    s.Queue(action::SelectCandidate{head});
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) s.Queue(action::OpenMuscle{c.muscle});
  }
  if (related) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    s.ui.hover_next.candidate = head;
    CandidateTooltip(s, head, name);
  }
  ImGui::TableNextColumn();
  model::MarkZone best = model::MarkZone::Local;
  for (int k = 0; k < group.count; ++k) {
    const model::MarkZone z = s.session.findings.candidates[head + k].BestZone();
    if (z == model::MarkZone::Essential || (z == model::MarkZone::Spillover && best == model::MarkZone::Local)) best = z;
  }
  EllipsizedText(std::string(ZoneWord(best)) + (c.habit_match ? " +habit" : ""), ImGui::GetContentRegionAvail().x, true);
  ImGui::TableNextColumn();
  ScoreBar(s, c.score, ImGui::GetContentRegionAvail().x);

  // The selected group lists its trigger points with what each explains.
  if (selected_group == g) {
    for (int k = 0; k < group.count; ++k) {
      const int i = head + k;
      const model::Candidate& m = s.session.findings.candidates[i];
      const model::TriggerPointInstance& inst = s.session.model->instances[m.instance];
      const model::Muscle& mu = s.session.model->muscles[m.muscle];
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Indent();
      const std::string sub = Ellipsize(mu.trigger_points[inst.trigger_point].name, ImGui::GetContentRegionAvail().x) + "##tp";
      if (ImGui::Selectable(sub.c_str(), group.count > 1 && s.session.selected_candidate == i, ImGuiSelectableFlags_SpanAllColumns)) {
        s.Queue(action::SelectCandidate{i});
      }
      if (ImGui::IsItemHovered()) {
        s.ui.hover_next.candidate = i;
        CandidateTooltip(s, i);
      }
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
      ImGui::TextDisabled("Explains %s", ExplainText(m).c_str());
      PressTestButtons(s, i);
      ImGui::PopTextWrapPos();
      ImGui::Unindent();
      ImGui::TableNextColumn();
      EllipsizedText(ZoneWord(m.BestZone()), ImGui::GetContentRegionAvail().x, true);
      ImGui::TableNextColumn();
      ScoreBar(s, m.score, ImGui::GetContentRegionAvail().x);
      ImGui::PopID();
    }
  }
  ImGui::PopID();
}

void BestExplanation(AppState& s) {
  const auto& best = s.session.findings.best_explanation;
  if (best.empty()) return;
  Heading(s, best.size() == 1 ? "Most likely" : "Most likely together");
  for (int idx : best) {
    if (idx < 0 || idx >= static_cast<int>(s.session.findings.candidates.size())) continue;
    ImGui::PushID(1000 + idx);
    ImGui::Bullet();
    // Room left for the "page" button beside the name.
    const float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("page").x -
                       4.0f * ImGui::GetStyle().FramePadding.x - ImGui::GetStyle().ItemSpacing.x;
    const std::string name = session::CandidateLabel(s.session, idx);
    if (ImGui::SmallButton(Ellipsize(name, room).c_str())) s.Queue(action::SelectCandidate{idx});
    if (ImGui::IsItemHovered() && Ellipsize(name, room) != name) ImGui::SetTooltip("%s", name.c_str());
    if (ImGui::IsItemHovered()) s.ui.hover_next.candidate = idx;
    ImGui::SameLine();
    if (ImGui::SmallButton("page")) s.Queue(action::OpenMuscle{s.session.findings.candidates[idx].muscle});
    ImGui::PopID();
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(best.size() == 1 ? "This one knot can explain all of your marks."
                                       : "Together these knots explain all of your marks.");
  ImGui::PopTextWrapPos();
}

void Pulling(AppState& s) {
  if (s.session.findings.pulling.empty()) return;
  Heading(s, "Muscles that keep them loaded");
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Release these first, or the knots tend to come back.");
  ImGui::PopTextWrapPos();
  for (std::size_t i = 0; i < s.session.findings.pulling.size() && i < 8; ++i) {
    const model::PullingFinding& p = s.session.findings.pulling[i];
    ImGui::PushID(static_cast<int>(2000 + i));
    MuscleWithReason(s, session::MuscleSideLabel(*s.session.model, p.muscle, p.side), p.muscle, p.why);
    ImGui::PopID();
  }
}

// Red flags before muscles. While an urgent flag of a marked region is not ruled out, it stands
// alone at the top with what to do, and the candidates wait behind "None of these apply".
bool UrgentGate(AppState& s) {
  const std::vector<const model::RedFlag*>& pending = s.session.pending_urgent;
  s.ui.clear_flags_at.reset();
  if (pending.empty()) return false;
  const Palette& pal = PaletteFor(s.settings.theme);
  AlertFrame(s, pal.danger, [&] {
    BoldText(s, "Before the muscles: could it be one of these?");
    for (const model::RedFlag* f : pending) {
      ImGui::PushStyleColor(ImGuiCol_Text, pal.danger);
      BoldText(s, ("Get help now: " + f->title).c_str());
      ImGui::PopStyleColor();
      WrappedTextCached(s.render.text_layout, f->text);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    WrappedTextCached(s.render.text_layout,
                      "If one of these fits, do not treat it yourself. Knotmap informs; it does not diagnose.");
    ImGui::PopStyleColor();
    if (WrappedButton("None of these apply: show the muscles")) s.Queue(action::ClearUrgentFlags{});
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    s.ui.clear_flags_at = ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
  });
  return true;
}

// The other red flags of the marked regions (and urgent ones already ruled out): one line each,
// expandable, so they are seen without burying the findings.
void FlagChecklist(AppState& s) {
  if (s.session.red_flags.empty()) return;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("See a doctor first if any of these applies:");
  ImGui::PopTextWrapPos();
  for (const model::RedFlag* f : s.session.red_flags) {
    ImGui::PushID(f->id.c_str());
    // One entry each, the title read whole (wrapped), the text on opening.
    if (WrappedTreeNode("##flag", (f->urgent ? "Urgent: " : "") + f->title, ImGuiTreeNodeFlags_NoAutoOpenOnLog)) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(f->text.c_str());
      ImGui::PopTextWrapPos();
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace

void DrawFindingsPanel(AppState& s) {
  if (s.session.marks.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("Click on the body where it hurts. Add a mark for each painful place; "
                           "Knotmap then lists the muscle knots whose referred pain matches.");
    ImGui::TextDisabled("Tip: use the Brush to paint an area, and the intensity slider for how strong it is.");
    ImGui::PopTextWrapPos();
    return;
  }
  if (UrgentGate(s)) return;
  FlagChecklist(s);
  if (s.session.findings.candidates.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("No trigger point in the model refers pain to these marks.");
    ImGui::TextDisabled("Check the Guidance tab for when to see a doctor.");
    ImGui::PopTextWrapPos();
    return;
  }
  BestExplanation(s);
  s.ui.press_yes_at.clear();
  if (!s.session.findings.unexplained_marks.empty()) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%zu mark%s not explained by any knot in the model: %s", s.session.findings.unexplained_marks.size(),
                s.session.findings.unexplained_marks.size() == 1 ? " is" : "s are",
                "if it persists, have it examined.");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  Heading(s, "Candidates");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("##candidates", 3, flags)) {
    // The zone and score columns never take more than about half the row, so the names keep room
    // in a narrow panel or at a large UI scale (cut with "..." there, whole in the tooltip).
    const float row_w = ImGui::GetContentRegionAvail().x;
    ImGui::TableSetupColumn("Muscle", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Zone", ImGuiTableColumnFlags_WidthFixed,
                            std::min(ImGui::CalcTextSize("spillover +habit").x, row_w * 0.3f));
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, std::min(64.0f * s.Scale(), row_w * 0.15f));
    for (int g = 0; g < static_cast<int>(s.session.groups.size()); ++g) GroupRow(s, g);
    ImGui::EndTable();
  }
  Pulling(s);
}

}  // namespace knotmap::ui
