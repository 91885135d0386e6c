// The heat map overlay: every journal mark of the chosen days on this view, drawn translucent so
// places marked often and strongly build up the deepest colour.
#include <algorithm>

#include "io/progress_store.hpp"
#include "ui/canvas/canvas_layers.hpp"

namespace knotmap::ui {

void DrawHeatMap(AppState& s, Painter& p, model::View view, float px) {
  const HistoryUi& h = s.ui.history;
  if (!h.heat_map) return;
  const ImU32 base = ImGui::ColorConvertFloat4ToU32(PaletteFor(s.settings.theme).danger);
  ImDrawList* dl = p.DrawList();
  const ViewTransform& t = p.Transform();
  std::vector<ImVec2> pts;
  for (const model::JournalEntry& e : s.session.journal.entries) {
    const int day = io::LocalDayNumber(static_cast<std::time_t>(e.at));
    if (h.heat_from_day != 0 && (day < h.heat_from_day || day > h.heat_to_day)) continue;
    for (const model::JournalMark& jm : e.marks) {
      const model::PainMark& m = jm.mark;
      if (m.view != view || m.points.empty()) continue;
      // Intensity 1 is barely there; 10 is a strong wash. Overlaps add up.
      const ImU32 colour = WithAlpha(base, 0.05f + 0.03f * static_cast<float>(std::clamp(m.intensity, 1, 10)));
      const float r = std::max(t.ToScreenLength(m.radius), 3.0f * px);
      if (m.kind == model::MarkKind::Spot || m.points.size() == 1) {
        dl->AddCircleFilled(t.ToScreen(m.points.front()), r, colour, 0);
        continue;
      }
      pts.clear();
      for (const model::Point& q : m.points) pts.push_back(t.ToScreen(q));
      dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, ImDrawFlags_None, 2.0f * r);
    }
  }
}

}  // namespace knotmap::ui
