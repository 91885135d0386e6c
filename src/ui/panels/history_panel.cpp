// History: save the marks to the journal with a note, rate the last treatment, the chart of pain
// over time, the heat map's day range, the entries by day (click one to put its marks back on the
// map), the treatments and what helped.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "io/journal_csv.hpp"
#include "io/progress_store.hpp"
#include "io/time_text.hpp"
#include "ui/core/widgets.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

ImVec2 ItemCentre() {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
}

void SaveSection(AppState& s) {
  HistoryUi& h = s.ui.history;
  const std::string& not_saved = s.session.journal.not_saved;
  if (!not_saved.empty()) {
    // Said before the controls, which stay visible but off: nothing typed here would be kept.
    ImGui::PushStyleColor(ImGuiCol_Text, PaletteFor(s.settings.theme).warning);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(("Saving is off: " + not_saved).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  ImGui::BeginDisabled(!not_saved.empty());
  ImGui::SetNextItemWidth(-1.0f);
  InputTextWithFittedHint("##journal_note", "Note (optional): what you did, how you slept...", &h.note);
  ImGui::EndDisabled();
  ImGui::BeginDisabled(s.session.marks.empty() || !not_saved.empty());
  if (ImGui::Button("Save to journal")) s.Queue(action::SaveToJournal{h.note});
  h.save_at = ItemCentre();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled(!not_saved.empty()         ? "Nothing is saved in this window."
                      : s.session.marks.empty() ? "Mark where it hurts first."
                                                : "Keeps your marks, habits, press tests and findings.");
  ImGui::PopTextWrapPos();
}

const char* RatingWord(model::TreatmentRating r) {
  return r == model::TreatmentRating::Better ? "better" : r == model::TreatmentRating::Same ? "same" : "worse";
}

// better / same / worse buttons for one treatment.
void RatingButtons(AppState& s, std::int64_t id, bool record_target) {
  if (!s.session.journal.not_saved.empty()) return;  // a rating would not be kept
  for (model::TreatmentRating r : {model::TreatmentRating::Better, model::TreatmentRating::Same, model::TreatmentRating::Worse}) {
    SameLineOrWrap(ButtonWidth(RatingWord(r)));
    ImGui::PushID(static_cast<int>(r));
    if (ImGui::SmallButton(RatingWord(r))) s.Queue(action::RateTreatment{id, r});
    if (record_target && r == model::TreatmentRating::Better) s.ui.history.rate_better_at = ItemCentre();
    ImGui::PopID();
  }
}

std::string TreatedName(const AppState& s, const model::Treatment& t) {
  const model::Muscle* m = s.session.model->FindMuscle(t.muscle);
  std::string name = m != nullptr ? m->name : t.muscle;
  if (t.side != model::Side::Midline) name += " (" + std::string(model::ToString(t.side)) + ")";
  return name;
}

void RateLast(AppState& s) {
  s.ui.history.rate_better_at.reset();
  const session::Journal& j = s.session.journal;
  if (j.just_finished == 0) return;
  auto it = std::find_if(j.treatments.begin(), j.treatments.end(),
                         [&](const model::Treatment& t) { return t.id == j.just_finished; });
  if (it == j.treatments.end()) return;
  ImGui::Spacing();
  ImGui::Text("How does %s feel now?", TreatedName(s, *it).c_str());
  ImGui::PushID("rate_last");
  RatingButtons(s, it->id, true);
  ImGui::PopID();
}

// Distinct local days that have entries, ascending.
std::vector<int> EntryDays(const session::Journal& j) {
  std::vector<int> days;
  for (const model::JournalEntry& e : j.entries) {
    const int d = io::LocalDayNumber(static_cast<std::time_t>(e.at));
    if (days.empty() || days.back() != d) days.push_back(d);
  }
  return days;
}

std::string DayLabel(const std::vector<model::JournalEntry>& entries, int day) {
  for (const model::JournalEntry& e : entries) {
    if (io::LocalDayNumber(static_cast<std::time_t>(e.at)) == day) return io::LocalDate(e.at);
  }
  return "";
}

void HeatMapControls(AppState& s, const std::vector<int>& days) {
  HistoryUi& h = s.ui.history;
  bool on = h.heat_map;
  if (WrappedCheckbox("heat_map", "Heat map of all marks on the map", &on)) h.heat_map = on;
  if (!h.heat_map || days.empty()) return;
  // Sliders over the days that have entries; the range is kept as day numbers.
  auto index_of = [&](int day, int fallback) {
    auto it = std::lower_bound(days.begin(), days.end(), day);
    return day == 0 || it == days.end() ? fallback : static_cast<int>(it - days.begin());
  };
  int from = index_of(h.heat_from_day, 0);
  int to = index_of(h.heat_to_day, static_cast<int>(days.size()) - 1);
  const int last = static_cast<int>(days.size()) - 1;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  ImGui::SliderInt("From", &from, 0, last, DayLabel(s.session.journal.entries, days[from]).c_str());
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
  ImGui::SliderInt("To", &to, 0, last, DayLabel(s.session.journal.entries, days[to]).c_str());
  to = std::max(from, to);
  h.heat_from_day = days[from];
  h.heat_to_day = days[to];
}

// Newest day first; each day's entries in time order.
void EntriesByDay(AppState& s) {
  const auto& entries = s.session.journal.entries;
  s.ui.history.entry_at.clear();
  int shown_day = -1;
  bool open = false;
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const int day = io::LocalDayNumber(static_cast<std::time_t>(it->at));
    if (day != shown_day) {
      if (open) ImGui::TreePop();
      shown_day = day;
      ImGui::SetNextItemOpen(true, ImGuiCond_Once);
      open = ImGui::TreeNode(io::LocalDate(it->at).c_str());
    }
    if (!open) continue;
    ImGui::PushID(static_cast<int>(it->id));
    const std::string row = io::LocalDateTime(it->at).substr(11) + "  " + io::EntrySummary(*it);
    if (EllipsizedSelectable(row, "entry")) s.Queue(action::RestoreJournalEntry{it->id});
    s.ui.history.entry_at.emplace_back(it->id, ItemCentre());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\nClick to put these marks back on the map.", row.c_str());
    if (!it->note.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", it->note.c_str());
      ImGui::PopTextWrapPos();
    }
    ImGui::PopID();
  }
  if (open) ImGui::TreePop();
}

void Treatments(AppState& s) {
  const auto& treatments = s.session.journal.treatments;
  if (treatments.empty()) return;
  SectionTitle(s, "Treatments", true);
  for (auto it = treatments.rbegin(); it != treatments.rend(); ++it) {
    ImGui::PushID(static_cast<int>(it->id));
    ImGui::Text("%s  %s, %d s", io::LocalDateTime(it->at).c_str(), TreatedName(s, *it).c_str(), it->seconds);
    if (it->rating) {
      SameLineOrWrap(ImGui::CalcTextSize(RatingWord(*it->rating)).x);
      ImGui::TextDisabled("%s", RatingWord(*it->rating));
    } else {
      RatingButtons(s, it->id, false);
    }
    ImGui::PopID();
  }
}

void WhatHelped(AppState& s) {
  const auto& helped = s.session.journal.helped;
  if (helped.empty()) return;
  SectionTitle(s, "What helped", true);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("How the pain each treated knot explained changed from the entry before a treatment "
                      "to the entry after it.");
  for (const model::HelpedFigure& f : helped) {
    std::string name = f.muscle_name;
    if (f.side != model::Side::Midline) name += " (" + std::string(model::ToString(f.side)) + ")";
    if (!f.trigger_point_name.empty()) name += ", " + f.trigger_point_name;
    BoldText(s, name.c_str());
    if (f.Enough()) {
      ImGui::TextUnformatted(model::HelpedSentence(f).c_str());
    } else {
      ImGui::TextDisabled("%s", model::HelpedSentence(f).c_str());
    }
  }
  ImGui::PopTextWrapPos();
}

}  // namespace

void DrawHistoryPanel(AppState& s) {
  if (!s.session.journal.recorder) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("The journal is not available this time (no data folder), so nothing can be saved.");
    ImGui::PopTextWrapPos();
    return;
  }
  SaveSection(s);
  RateLast(s);
  const auto& entries = s.session.journal.entries;
  if (entries.empty()) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("No entries yet. Save your marks on different days to see how the pain changes.");
    ImGui::PopTextWrapPos();
    return;
  }
  SectionTitle(s, "Pain over time", true);
  DrawHistoryChart(s, 170.0f * s.Scale());
  HeatMapControls(s, EntryDays(s.session.journal));
  SectionTitle(s, "Entries", true);
  EntriesByDay(s);
  Treatments(s);
  WhatHelped(s);
}

}  // namespace knotmap::ui
