// Building the state dump with nlohmann-json: numbers keep their full precision.
#include "ui/core/state_dump.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace knotmap::ui {

std::string StateDumpJson(const AppState& s) {
  using nlohmann::json;
  const session::Session& ss = s.session;
  json marks = json::array();
  for (const Mark& mk : ss.marks) {
    json points = json::array();
    for (const model::Point& p : mk.mark.points) points.push_back({p.x, p.y});
    marks.push_back({{"id", mk.id},
                     {"view", std::string(model::ToString(mk.mark.view))},
                     {"kind", mk.mark.kind == model::MarkKind::Stroke ? "stroke" : "spot"},
                     {"intensity", mk.mark.intensity},
                     {"radius", mk.mark.radius},
                     {"points", std::move(points)}});
  }
  json top = json::array();
  const std::size_t n = ss.model ? std::min<std::size_t>(10, ss.findings.candidates.size()) : 0;
  for (std::size_t i = 0; i < n; ++i) {
    const model::Candidate& c = ss.findings.candidates[i];
    top.push_back({{"muscle", ss.model->muscles[c.muscle].id},
                   {"side", std::string(model::ToString(c.side))},
                   {"score", c.score},
                   {"zone", std::string(model::ToString(c.BestZone()))}});
  }
  json best = json::array();
  for (int i : ss.findings.best_explanation) best.push_back(session::CandidateKey(ss, i));
  // Where each shown view is on the window, and its atlas-to-screen transform: a script that
  // clicks or reads a screenshot turns atlas points into pixels with it.
  json views = json::array();
  for (const model::View v : model::kViews) {
    const ViewPlacement& p = s.ui.placement[static_cast<int>(v)];
    if (!p.visible) continue;
    views.push_back({{"view", std::string(model::ToString(v))},
                     {"min", {p.min.x, p.min.y}},
                     {"size", {p.size.x, p.size.y}},
                     {"origin", {p.transform.origin.x, p.transform.origin.y}},
                     {"scale", p.transform.scale}});
  }
  const int page = s.ui.muscles.Current();
  const json doc = {
      {"marks", std::move(marks)},
      {"habits", ss.habits},
      {"top", std::move(top)},
      {"best_explanation", std::move(best)},
      {"selected_candidate", session::CandidateKey(ss, ss.selected_candidate)},
      {"panel", std::string(ToString(s.ui.panel))},
      {"muscle_page", ss.model && page >= 0 ? json(ss.model->muscles[page].id) : json(nullptr)},
      {"plan_steps", ss.plan.steps.size()},
      {"timer",
       {{"step", ss.timer.step}, {"running", ss.timer.running}, {"set", ss.timer.set}, {"elapsed", ss.timer.elapsed}}},
      {"theme", s.settings.theme == ThemeKind::Dark ? "dark" : "light"},
      {"views", std::move(views)},
      {"findings_version", ss.findings_version}};
  return doc.dump(2) + "\n";
}

}  // namespace knotmap::ui
