// The History tab's chart: pain intensity (0..10) over time, one line per body region (the worst
// mark in that region at each entry), drawn with the ImGui draw list: axes, dates, hover values.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "io/time_text.hpp"
#include "ui/panels/panels.hpp"

namespace knotmap::ui {
namespace {

struct Sample {
  std::int64_t at = 0;
  int intensity = 0;
};

struct Series {
  std::string name;
  std::vector<Sample> samples;  // in time order
};

// Distinct hues that read on the light and the dark theme.
constexpr ImU32 kSeriesColours[] = {IM_COL32(214, 69, 65, 255),  IM_COL32(52, 120, 198, 255),
                                    IM_COL32(46, 160, 90, 255),  IM_COL32(230, 140, 30, 255),
                                    IM_COL32(142, 84, 186, 255), IM_COL32(30, 160, 170, 255),
                                    IM_COL32(200, 90, 150, 255), IM_COL32(120, 120, 120, 255)};

std::vector<Series> BuildSeries(const AppState& s) {
  std::map<std::string, std::size_t> slot;  // region id -> series
  std::vector<Series> out;
  for (const model::JournalEntry& e : s.session.journal.entries) {
    std::map<std::string, int> worst;  // region -> worst intensity in this entry
    for (const model::JournalMark& m : e.marks) {
      int& w = worst[m.region.empty() ? std::string("other") : m.region];
      w = std::max(w, m.mark.intensity);
    }
    for (const auto& [region, intensity] : worst) {
      auto [it, added] = slot.try_emplace(region, out.size());
      if (added) {
        const model::Region* r = nullptr;
        for (const model::Region& candidate : s.session.model->regions) {
          if (candidate.id == region) r = &candidate;
        }
        out.push_back({r != nullptr ? r->name : region, {}});
      }
      out[it->second].samples.push_back({e.at, intensity});
    }
  }
  return out;
}

}  // namespace

void DrawHistoryChart(AppState& s, float height) {
  const std::vector<Series> series = BuildSeries(s);
  const auto& entries = s.session.journal.entries;
  if (series.empty() || entries.empty()) return;
  const float px = s.Scale();
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, 120.0f * px);
  ImGui::InvisibleButton("##history_chart", ImVec2(width, height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 axis = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator, 0.5f);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);

  // Plot area inside the axes labels (screen pixels).
  const ImVec2 lo(origin.x + ImGui::CalcTextSize("10").x + 8.0f * px, origin.y + line * 0.5f);
  const ImVec2 hi(origin.x + width - 6.0f * px, origin.y + height - line - 6.0f * px);
  std::int64_t t0 = entries.front().at, t1 = entries.back().at;
  if (t1 - t0 < 3600) {  // one moment: centre it in a day
    t0 -= 43200;
    t1 += 43200;
  }
  auto x_of = [&](std::int64_t t) {
    return lo.x + (hi.x - lo.x) * static_cast<float>(static_cast<double>(t - t0) / static_cast<double>(t1 - t0));
  };
  auto y_of = [&](int v) { return hi.y - (hi.y - lo.y) * static_cast<float>(v) / 10.0f; };

  for (int v = 0; v <= 10; v += 5) {
    dl->AddLine(ImVec2(lo.x, y_of(v)), ImVec2(hi.x, y_of(v)), grid, 1.0f * px);
    char label[8];
    std::snprintf(label, sizeof label, "%d", v);
    const ImVec2 ts = ImGui::CalcTextSize(label);
    dl->AddText(ImVec2(lo.x - ts.x - 4.0f * px, y_of(v) - ts.y * 0.5f), axis, label);
  }
  dl->AddLine(ImVec2(lo.x, lo.y), ImVec2(lo.x, hi.y), axis, 1.0f * px);
  dl->AddLine(ImVec2(lo.x, hi.y), ImVec2(hi.x, hi.y), axis, 1.0f * px);
  // Dates: the first and the last, and the middle when there is room.
  std::vector<std::int64_t> ticks{t0, t1};
  if (width > 320.0f * px) ticks.insert(ticks.begin() + 1, t0 + (t1 - t0) / 2);
  for (std::size_t i = 0; i < ticks.size(); ++i) {
    const std::string date = io::LocalDate(ticks[i]);
    const ImVec2 ts = ImGui::CalcTextSize(date.c_str());
    const float x = i == 0 ? lo.x : i + 1 == ticks.size() ? hi.x - ts.x : x_of(ticks[i]) - ts.x * 0.5f;
    dl->AddLine(ImVec2(x_of(ticks[i]), hi.y), ImVec2(x_of(ticks[i]), hi.y + 3.0f * px), axis, 1.0f * px);
    dl->AddText(ImVec2(x, hi.y + 4.0f * px), axis, date.c_str());
  }

  // The lines, and the sample nearest the mouse (within a few pixels) for the hover value.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  float best = (10.0f * px) * (10.0f * px);
  const Series* hit_series = nullptr;
  const Sample* hit = nullptr;
  std::vector<ImVec2>& pts = s.render.draw_scratch;
  for (std::size_t k = 0; k < series.size(); ++k) {
    const ImU32 colour = kSeriesColours[k % std::size(kSeriesColours)];
    pts.clear();
    for (const Sample& smp : series[k].samples) pts.emplace_back(x_of(smp.at), y_of(smp.intensity));
    if (pts.size() > 1) dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_None, 2.0f * px);
    for (std::size_t i = 0; i < pts.size(); ++i) {
      dl->AddCircleFilled(pts[i], 3.0f * px, colour);
      const float dx = pts[i].x - mouse.x, dy = pts[i].y - mouse.y;
      if (hovered && dx * dx + dy * dy < best) {
        best = dx * dx + dy * dy;
        hit_series = &series[k];
        hit = &series[k].samples[i];
      }
    }
  }
  if (hit != nullptr) {
    dl->AddCircle(ImVec2(x_of(hit->at), y_of(hit->intensity)), 6.0f * px, text, 0, 1.5f * px);
    ImGui::SetTooltip("%s\n%s: %d/10", io::LocalDateTime(hit->at).c_str(), hit_series->name.c_str(), hit->intensity);
  }

  // Legend: a swatch and the region's name, wrapping to the panel's width.
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  for (std::size_t k = 0; k < series.size(); ++k) {
    const float item_w = line + ImGui::CalcTextSize(series[k].name.c_str()).x + 12.0f * px;
    if (k > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + item_w > right) ImGui::NewLine();
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(p.x, p.y + line * 0.25f), ImVec2(p.x + line * 0.5f, p.y + line * 0.75f),
                      kSeriesColours[k % std::size(kSeriesColours)]);
    ImGui::Dummy(ImVec2(line * 0.6f, line));
    ImGui::SameLine(0.0f, 2.0f * px);
    ImGui::TextUnformatted(series[k].name.c_str());
  }
}

}  // namespace knotmap::ui
