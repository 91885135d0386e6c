// Query, plan and grouping in one call, so the window and the CLI cannot drift apart.
#include "session/pipeline.hpp"

namespace knotmap::session {

std::vector<CandidateGroup> GroupCandidates(const model::Findings& findings) {
  std::vector<CandidateGroup> groups;
  for (int i = 0; i < static_cast<int>(findings.candidates.size()); ++i) {
    const model::Candidate& c = findings.candidates[i];
    if (!groups.empty()) {
      const model::Candidate& head = findings.candidates[groups.back().first];
      if (head.muscle == c.muscle && head.side == c.side) {
        ++groups.back().count;
        continue;
      }
    }
    groups.push_back({i, 1});
  }
  return groups;
}

Analysis Analyze(const model::Model& model, const model::SpatialIndex& index,
                 const std::vector<model::PainMark>& marks, const AnalysisOptions& options) {
  Analysis a;
  model::QueryOptions query_options;
  query_options.habits = options.habits;
  query_options.press_tests = options.press_tests;
  query_options.max_candidates = options.max_candidates;
  a.findings = model::Query(model, index, marks, query_options);
  model::PlanOptions plan_options;
  plan_options.habits = options.habits;
  plan_options.causes = options.causes;
  a.plan = model::BuildPlan(model, marks, a.findings, plan_options);
  a.groups = GroupCandidates(a.findings);
  a.red_flags = model::RedFlagsFor(model, marks);
  a.mark_regions = model::MarkRegions(model, marks);
  return a;
}

std::string MuscleSideLabel(const model::Model& model, int muscle, model::Side side) {
  std::string label = model.muscles[muscle].name;
  if (side != model::Side::Midline) label += " (" + std::string(model::ToString(side)) + ")";
  return label;
}

}  // namespace knotmap::session
