// The guidance plan built from findings, in the order that works: rule out red flags, find the
// cause (habits and body-wide causes), let go of stress, release and stretch the short front
// (pulling) muscles, open the front on a rolled towel, press the trigger points, then strengthen.
// Deterministic: the same findings and habits always give the same plan.
#pragma once

#include <string>
#include <vector>

#include "model/query.hpp"

namespace knotmap::model {

enum class StepKind { RedFlag, Cause, Relax, Release, OpenFront, Pressure, Strengthen };
std::string_view ToString(StepKind k);

struct PlanStep {
  StepKind kind = StepKind::Cause;
  std::string title;                 // one line
  std::string dose;                  // "hold 60 s, 3 times, once a day": said once, here only
  std::vector<std::string> details;  // what to do, in order (shown on expand)
  int muscle = -1;                   // muscle index, or -1
  Side side = Side::Right;
  int instance = -1;                 // trigger point instance for Pressure steps, or -1
  bool urgent = false;               // RedFlag that means "get help now"
  // Dose for Pressure and Release steps that have one (0 when not timed).
  DoseMethod method = DoseMethod::Hold;
  int hold_seconds = 0;
  int strokes = 0;
  int sets = 0;
  std::string frequency;
  std::vector<std::string> cautions;  // the muscle's, on its first step in the plan only
};

struct Plan {
  std::vector<PlanStep> steps;  // in the order to follow
};

struct PlanOptions {
  std::vector<std::string> habits;  // ticked habit ids
  std::vector<std::string> causes;  // ticked body-wide cause ids
  std::size_t cause_muscles = 3;    // top muscles whose own perpetuating factors are listed
  std::size_t pulling_steps = 3;
  std::size_t pressure_steps = 3;
  std::size_t strengthen_steps = 3;
};

// The regions of the marks (the region of each mark's first point), sorted, without repeats.
std::vector<std::string> MarkRegions(const Model& model, const std::vector<PainMark>& marks);

// The red flags of the marks' regions (and those for "any" region), urgent ones first, each
// group in content order. Empty when there are no marks.
std::vector<const RedFlag*> RedFlagsFor(const Model& model, const std::vector<PainMark>& marks);

// The body-wide causes that apply: every one when the marks span the content's `min_regions`
// regions or more, else the ticked ones; in content order.
std::vector<const BodyCause*> BodyCausesFor(const Model& model, const std::vector<PainMark>& marks,
                                            const std::vector<std::string>& ticked);

// "hold 60 s, 3 times, once or twice a day": the dose in the flow of a sentence.
std::string DoseLine(const SelfTreatment& st);

Plan BuildPlan(const Model& model, const std::vector<PainMark>& marks, const Findings& findings,
               const PlanOptions& options = {});

}  // namespace knotmap::model
