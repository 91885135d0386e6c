// The one query + plan pipeline: marks and habits in, ranked findings, their groups by muscle and
// side, and the guidance plan out. The window's session and `knotmap query` both call Analyze.
#pragma once

#include <string>
#include <vector>

#include "model/guidance.hpp"
#include "model/query.hpp"

namespace knotmap::session {

// Consecutive candidates of one muscle and side (the query ranks them grouped).
struct CandidateGroup {
  int first = 0;  // index into findings.candidates: the group's best trigger point
  int count = 0;
};

struct Analysis {
  model::Findings findings;
  model::Plan plan;
  std::vector<CandidateGroup> groups;
  std::vector<const model::RedFlag*> red_flags;  // for the marks' regions, urgent first
  std::vector<std::string> mark_regions;         // sorted region ids of the marks
};

struct AnalysisOptions {
  std::vector<std::string> habits;      // ticked habit ids
  std::vector<std::string> causes;      // ticked body-wide cause ids
  std::vector<model::PressTest> press_tests;
  std::size_t max_candidates = 40;
};

Analysis Analyze(const model::Model& model, const model::SpatialIndex& index,
                 const std::vector<model::PainMark>& marks, const AnalysisOptions& options = {});

std::vector<CandidateGroup> GroupCandidates(const model::Findings& findings);

// "Rhomboid major (right)"; midline muscles without a side.
std::string MuscleSideLabel(const model::Model& model, int muscle, model::Side side);

}  // namespace knotmap::session
