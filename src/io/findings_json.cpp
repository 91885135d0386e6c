// JSON for findings and plans. Field names are part of the CLI's stable interface (README).
#include "io/findings_json.hpp"

#include <cmath>

namespace knotmap::io {
namespace {

using ordered_json = nlohmann::ordered_json;

// Divides by the inverse step so results print as short decimals (0.47, not 0.47000000000000003).
double Round(double v, double step) {
  const double inv = std::round(1.0 / step);
  return std::round(v * inv) / inv;
}

ordered_json CandidateRef(const model::Model& m, const model::Candidate& c) {
  const model::Muscle& mu = m.muscles[c.muscle];
  const auto& tp = mu.trigger_points[m.instances[c.instance].trigger_point];
  ordered_json explains = ordered_json::array();
  ordered_json detail = ordered_json::array();
  for (const auto& e : c.explains) {
    explains.push_back(e.mark);
    detail.push_back({{"mark", e.mark}, {"zone", model::ToString(e.zone)}, {"coverage", Round(e.coverage, 0.01)}});
  }
  return {{"muscle", mu.id},
          {"name", mu.name},
          {"side", model::ToString(c.side)},
          {"trigger_point", tp.id},
          {"trigger_point_name", tp.name},
          {"score", Round(c.score, 0.001)},
          {"zone", model::ToString(c.BestZone())},
          {"explains", explains},
          {"explanation", detail},
          {"pain_explained", Round(c.pain_explained, 0.001)},
          {"prevalence", model::ToString(tp.prevalence)},
          {"habit_match", c.habit_match},
          {"at", PointToJson(m.instances[c.instance].at)},
          {"view", model::ToString(m.instances[c.instance].view)}};
}

}  // namespace

ordered_json PointToJson(model::Point p) {
  return ordered_json::array({Round(p.x, 0.1), Round(p.y, 0.1)});
}

ordered_json MarkToJson(const model::PainMark& mark) {
  ordered_json pts = ordered_json::array();
  for (model::Point p : mark.points) pts.push_back(PointToJson(p));
  return {{"view", model::ToString(mark.view)},
          {"kind", mark.kind == model::MarkKind::Spot ? "spot" : "stroke"},
          {"points", pts},
          {"radius", Round(mark.radius, 0.1)},
          {"intensity", mark.intensity}};
}

ordered_json FindingsToJson(const model::Model& m, const std::vector<model::PainMark>& marks,
                            const model::Findings& f, const model::Plan& plan) {
  ordered_json j;
  j["view"] = marks.empty() ? "back" : std::string(model::ToString(marks.front().view));
  j["marks"] = ordered_json::array();
  for (const auto& mark : marks) j["marks"].push_back(MarkToJson(mark));
  // Red flags of the marks' regions, urgent first: a reader must see these before the muscles.
  j["red_flags"] = ordered_json::array();
  for (const model::RedFlag* rf : model::RedFlagsFor(m, marks)) {
    j["red_flags"].push_back({{"id", rf->id},
                              {"title", rf->title},
                              {"text", rf->text},
                              {"urgent", rf->urgent},
                              {"regions", rf->regions}});
  }
  j["candidates"] = ordered_json::array();
  for (const auto& c : f.candidates) j["candidates"].push_back(CandidateRef(m, c));
  j["best_explanation"] = ordered_json::array();
  for (int i : f.best_explanation) j["best_explanation"].push_back(CandidateRef(m, f.candidates[i]));
  j["unexplained_marks"] = f.unexplained_marks;
  j["pulling"] = ordered_json::array();
  for (const auto& p : f.pulling) {
    ordered_json on = ordered_json::array();
    for (int t : p.pulls_on) on.push_back(m.muscles[t].id);
    j["pulling"].push_back({{"muscle", m.muscles[p.muscle].id},
                            {"name", m.muscles[p.muscle].name},
                            {"side", model::ToString(p.side)},
                            {"score", Round(p.score, 0.001)},
                            {"why", p.why},
                            {"pulls_on", on}});
  }
  j["plan"] = ordered_json::array();
  for (const auto& s : plan.steps) {
    ordered_json step{{"kind", model::ToString(s.kind)}, {"title", s.title}, {"details", s.details}};
    if (s.kind == model::StepKind::RedFlag) step["urgent"] = s.urgent;
    if (s.muscle >= 0) {
      step["muscle"] = m.muscles[s.muscle].id;
      step["side"] = model::ToString(s.side);
    }
    if (s.sets > 0) {
      step["dose"] = {{"method", model::ToString(s.method)},
                      {"hold_seconds", s.hold_seconds},
                      {"strokes", s.strokes},
                      {"sets", s.sets},
                      {"frequency", s.frequency}};
    }
    if (!s.cautions.empty()) step["cautions"] = s.cautions;
    j["plan"].push_back(std::move(step));
  }
  return j;
}

}  // namespace knotmap::io
