// Builds the guidance plan from findings: red flags, causes, release the pullers, press, strengthen.
#include "model/guidance.hpp"

#include <algorithm>
#include <set>

namespace knotmap::model {

std::string_view ToString(StepKind k) {
  switch (k) {
    case StepKind::RedFlag: return "red_flag";
    case StepKind::Cause: return "cause";
    case StepKind::Release: return "release";
    case StepKind::Pressure: return "pressure";
    case StepKind::Strengthen: return "strengthen";
  }
  return "cause";
}

namespace {

std::string SideName(Side s) {
  return s == Side::Midline ? std::string() : " (" + std::string(ToString(s)) + ")";
}

void SetDose(PlanStep& step, const SelfTreatment& st) {
  step.method = st.method;
  step.hold_seconds = st.method == DoseMethod::Hold ? st.hold_seconds : 0;
  step.strokes = st.method == DoseMethod::Strokes ? st.strokes : 0;
  step.sets = st.sets;
  step.frequency = st.frequency;
}

std::string DoseWithFrequency(const SelfTreatment& st) {
  return DoseText(st) + "; " + st.frequency + ".";
}

// Distinct (muscle, side) groups in ranking order, the best explanation first.
std::vector<int> TopGroups(const Findings& f, std::size_t count) {
  std::vector<int> order;
  for (int i : f.best_explanation) order.push_back(i);
  for (int i = 0; i < static_cast<int>(f.candidates.size()); ++i) order.push_back(i);
  std::vector<int> out;
  std::set<std::pair<int, int>> seen;
  for (int i : order) {
    const Candidate& c = f.candidates[i];
    if (!seen.insert({c.muscle, static_cast<int>(c.side)}).second) continue;
    out.push_back(i);
    if (out.size() >= count) break;
  }
  return out;
}

void AddRedFlags(const Model& model, const std::vector<PainMark>& marks, Plan& plan) {
  for (const RedFlag* f : RedFlagsFor(model, marks)) {
    PlanStep step;
    step.kind = StepKind::RedFlag;
    step.title = f->title;
    step.details = {f->text};
    step.urgent = f->urgent;
    plan.steps.push_back(std::move(step));
  }
}

void AddCauses(const Model& model, const Findings& f, const std::vector<int>& top,
               const PlanOptions& o, Plan& plan) {
  bool any = false;
  for (const std::string& id : o.habits) {
    const Habit* h = model.FindHabit(id);
    if (!h) continue;
    PlanStep step;
    step.kind = StepKind::Cause;
    step.title = h->label;
    for (int i : top) {
      const Muscle& m = model.muscles[f.candidates[i].muscle];
      const Side side = f.candidates[i].side;
      const bool this_side = !h->side || side == Side::Midline || side == *h->side;
      if (this_side && std::find(m.habits.begin(), m.habits.end(), id) != m.habits.end()) {
        step.muscle = f.candidates[i].muscle;
        step.side = f.candidates[i].side;
        break;
      }
    }
    if (step.muscle < 0) continue;  // ticked, but none of the likely muscles is loaded by it
    step.details = {h->cause, "Change: " + h->change};
    plan.steps.push_back(std::move(step));
    any = true;
  }
  if (!any && !top.empty()) {
    const Candidate& c = f.candidates[top.front()];
    const Muscle& m = model.muscles[c.muscle];
    PlanStep step;
    step.kind = StepKind::Cause;
    step.title = "Look for what keeps the " + m.name + " loaded";
    step.muscle = c.muscle;
    step.side = c.side;
    step.details = m.perpetuating;
    plan.steps.push_back(std::move(step));
  }
}

}  // namespace

std::vector<std::string> MarkRegions(const Model& model, const std::vector<PainMark>& marks) {
  std::set<std::string> regions;
  for (const PainMark& m : marks) {
    if (!m.points.empty()) regions.insert(model.RegionAt(m.view, m.points.front()));
  }
  return {regions.begin(), regions.end()};
}

std::vector<const RedFlag*> RedFlagsFor(const Model& model, const std::vector<PainMark>& marks) {
  std::vector<const RedFlag*> out;
  if (marks.empty()) return out;
  const std::vector<std::string> list = MarkRegions(model, marks);
  const std::set<std::string> regions(list.begin(), list.end());
  for (bool urgent : {true, false}) {
    for (const RedFlag& f : model.red_flags) {
      if (f.urgent != urgent) continue;
      const bool applies = std::any_of(f.regions.begin(), f.regions.end(), [&](const std::string& r) {
        return r == "any" || regions.count(r) > 0;
      });
      if (applies) out.push_back(&f);
    }
  }
  return out;
}

Plan BuildPlan(const Model& model, const std::vector<PainMark>& marks, const Findings& f,
               const PlanOptions& o) {
  Plan plan;
  AddRedFlags(model, marks, plan);
  const std::vector<int> top = TopGroups(f, std::max(o.pressure_steps, o.strengthen_steps));
  AddCauses(model, f, top, o, plan);

  for (std::size_t i = 0; i < f.pulling.size() && i < o.pulling_steps; ++i) {
    const PullingFinding& p = f.pulling[i];
    const Muscle& m = model.muscles[p.muscle];
    PlanStep step;
    step.kind = StepKind::Release;
    step.title = "Release and stretch the " + m.name + SideName(p.side);
    step.muscle = p.muscle;
    step.side = p.side;
    std::string loads;
    for (int target : p.pulls_on) {
      loads += (loads.empty() ? "" : ", ") + model.muscles[target].name;
    }
    step.details.push_back(p.why + " (It loads: " + loads + ".)");
    const SelfTreatment& st = m.self_treatment;
    step.details.push_back("Release with " + st.tool + ": " + st.position + ". " + st.find);
    step.details.push_back(DoseWithFrequency(st));
    for (const std::string& s : m.stretches) step.details.push_back("Stretch: " + s);
    SetDose(step, st);
    step.cautions = m.cautions;
    plan.steps.push_back(std::move(step));
  }

  for (std::size_t k = 0; k < top.size() && k < o.pressure_steps; ++k) {
    const Candidate& c = f.candidates[top[k]];
    const Muscle& m = model.muscles[c.muscle];
    const TriggerPoint& tp = m.trigger_points[model.instances[c.instance].trigger_point];
    const SelfTreatment& st = m.self_treatment;
    PlanStep step;
    step.kind = StepKind::Pressure;
    step.title = "Press the " + m.name + " trigger point" + SideName(c.side) + ": " + tp.name;
    step.muscle = c.muscle;
    step.side = c.side;
    step.instance = c.instance;
    step.details = {"Where: " + tp.location, "Tool: " + st.tool + ". Position: " + st.position + ".",
                    "Find it: " + st.find, DoseWithFrequency(st)};
    SetDose(step, st);
    step.cautions = m.cautions;
    plan.steps.push_back(std::move(step));
  }

  std::set<std::string> said;
  for (std::size_t k = 0; k < top.size() && k < o.strengthen_steps; ++k) {
    const Candidate& c = f.candidates[top[k]];
    const Muscle& m = model.muscles[c.muscle];
    PlanStep step;
    step.kind = StepKind::Strengthen;
    step.title = "Strengthen the " + m.name;
    step.muscle = c.muscle;
    step.side = c.side;
    for (const std::string& s : m.strengthening) {
      if (said.insert(s).second) step.details.push_back(s);
    }
    if (!step.details.empty()) plan.steps.push_back(std::move(step));
  }
  return plan;
}

}  // namespace knotmap::model
