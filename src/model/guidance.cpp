// Builds the guidance plan from findings: red flags, causes (habits, the top muscles' own
// perpetuating factors, body-wide causes), relaxation, release the pullers, open the front,
// press, strengthen. Each step carries its dose once and each muscle's cautions once.
#include "model/guidance.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace knotmap::model {

std::string_view ToString(StepKind k) {
  switch (k) {
    case StepKind::RedFlag: return "red_flag";
    case StepKind::Cause: return "cause";
    case StepKind::Relax: return "relax";
    case StepKind::Release: return "release";
    case StepKind::OpenFront: return "open_front";
    case StepKind::Pressure: return "pressure";
    case StepKind::Strengthen: return "strengthen";
  }
  return "cause";
}

std::string DoseLine(const SelfTreatment& st) {
  std::string dose = st.method == DoseMethod::Hold ? "hold " + std::to_string(st.hold_seconds) + " s"
                                                   : std::to_string(st.strokes) + " slow strokes";
  if (st.sets > 1) dose += ", " + std::to_string(st.sets) + " times";
  if (!st.frequency.empty()) {
    std::string often = st.frequency;
    often[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(often[0])));
    dose += ", " + often;
  }
  return dose;
}

namespace {

std::string SideName(Side s) {
  return s == Side::Midline ? std::string() : " (" + std::string(ToString(s)) + ")";
}

bool Contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

void SetDose(PlanStep& step, const SelfTreatment& st) {
  step.method = st.method;
  step.hold_seconds = st.method == DoseMethod::Hold ? st.hold_seconds : 0;
  step.strokes = st.method == DoseMethod::Strokes ? st.strokes : 0;
  step.sets = st.sets;
  step.frequency = st.frequency;
  step.dose = DoseLine(st);
}

// "2 min" or "2 min 30 s".
std::string MinutesText(int seconds) {
  const std::string minutes = std::to_string(seconds / 60) + " min";
  return seconds % 60 == 0 ? minutes : minutes + " " + std::to_string(seconds % 60) + " s";
}

// A step of the method content with its own single timed hold.
PlanStep GuidedPlanStep(StepKind kind, const GuidedStep& g) {
  PlanStep step;
  step.kind = kind;
  step.title = g.title;
  step.details = g.details;
  step.method = DoseMethod::Hold;
  step.hold_seconds = g.seconds;
  step.sets = 1;
  step.dose = MinutesText(g.seconds);
  return step;
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

// One step per ticked habit that loads one of the top muscles (on its side). Returns the muscles
// those habits explain.
std::set<int> AddHabitCauses(const Model& model, const Findings& f, const std::vector<int>& top,
                             const PlanOptions& o, Plan& plan) {
  std::set<int> covered;
  for (const std::string& id : o.habits) {
    const Habit* h = model.FindHabit(id);
    if (!h) continue;
    PlanStep step;
    step.kind = StepKind::Cause;
    step.title = h->label;
    for (int i : top) {
      const Candidate& c = f.candidates[i];
      const bool this_side = !h->side || c.side == Side::Midline || c.side == *h->side;
      if (!this_side || !Contains(model.muscles[c.muscle].habits, id)) continue;
      if (step.muscle < 0) {
        step.muscle = c.muscle;
        step.side = c.side;
      }
      covered.insert(c.muscle);
    }
    if (step.muscle < 0) continue;  // ticked, but none of the likely muscles is loaded by it
    step.details = {h->cause, "Change: " + h->change};
    plan.steps.push_back(std::move(step));
  }
  return covered;
}

// What keeps the top muscles loaded, from all of them (not only the first), each line once.
void AddMuscleCauses(const Model& model, const Findings& f, const std::vector<int>& top,
                     const std::set<int>& covered, const PlanOptions& o, Plan& plan) {
  PlanStep step;
  step.kind = StepKind::Cause;
  std::vector<std::string> names;
  std::set<std::string> said;
  std::set<int> muscles;
  for (int i : top) {
    const int mi = f.candidates[i].muscle;
    if (covered.count(mi) || !muscles.insert(mi).second || names.size() >= o.cause_muscles) continue;
    const Muscle& m = model.muscles[mi];
    names.push_back(m.name);
    if (step.muscle < 0) {
      step.muscle = mi;
      step.side = f.candidates[i].side;
    }
    for (const std::string& line : m.perpetuating) {
      if (said.insert(line).second) step.details.push_back(m.name + ": " + line);
    }
  }
  if (names.empty()) return;
  std::string list;
  for (std::size_t k = 0; k < names.size(); ++k) {
    list += (k == 0 ? "" : k + 1 == names.size() ? " and " : ", ") + names[k];
  }
  step.title = "Look for what keeps the " + list + " loaded";
  plan.steps.push_back(std::move(step));
}

void AddBodyCauses(const Model& model, const std::vector<PainMark>& marks, const PlanOptions& o, Plan& plan) {
  for (const BodyCause* c : BodyCausesFor(model, marks, o.causes)) {
    PlanStep step;
    step.kind = StepKind::Cause;
    step.title = "Body-wide: " + c->label;
    step.details = {c->cause, c->advice};
    plan.steps.push_back(std::move(step));
  }
}

void AddRelaxation(const Model& model, const PlanOptions& o, Plan& plan) {
  const Relaxation& r = model.method.relaxation;
  const bool ticked = std::any_of(r.habits.begin(), r.habits.end(),
                                  [&](const std::string& h) { return Contains(o.habits, h); });
  if (ticked && r.seconds > 0) plan.steps.push_back(GuidedPlanStep(StepKind::Relax, r));
}

// Gives each muscle's cautions to its first step only, so they are said once.
void GroupCautions(const Model& model, Plan& plan) {
  std::set<int> cautioned;
  for (PlanStep& step : plan.steps) {
    if (step.kind != StepKind::Release && step.kind != StepKind::Pressure) continue;
    if (step.muscle < 0 || !cautioned.insert(step.muscle).second) continue;
    step.cautions = model.muscles[step.muscle].cautions;
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

std::vector<const BodyCause*> BodyCausesFor(const Model& model, const std::vector<PainMark>& marks,
                                            const std::vector<std::string>& ticked) {
  const bool spread = static_cast<int>(MarkRegions(model, marks).size()) >= model.causes.min_regions;
  std::vector<const BodyCause*> out;
  for (const BodyCause& c : model.causes.list) {
    if (spread || Contains(ticked, c.id)) out.push_back(&c);
  }
  return out;
}

Plan BuildPlan(const Model& model, const std::vector<PainMark>& marks, const Findings& f,
               const PlanOptions& o) {
  Plan plan;
  AddRedFlags(model, marks, plan);
  const std::vector<int> top = TopGroups(f, std::max(o.pressure_steps, o.strengthen_steps));
  const std::set<int> covered = AddHabitCauses(model, f, top, o, plan);
  AddMuscleCauses(model, f, top, covered, o, plan);
  AddBodyCauses(model, marks, o, plan);
  AddRelaxation(model, o, plan);

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
    for (const std::string& s : m.stretches) step.details.push_back("Stretch: " + s);
    SetDose(step, st);
    plan.steps.push_back(std::move(step));
  }

  const FrontRelease& open = model.method.front_release;
  const bool back_to_open = std::any_of(top.begin(), top.begin() + std::min(top.size(), o.pressure_steps), [&](int i) {
    return Contains(open.regions, model.muscles[f.candidates[i].muscle].region);
  });
  if (back_to_open && open.seconds > 0) plan.steps.push_back(GuidedPlanStep(StepKind::OpenFront, open));

  for (std::size_t k = 0; k < top.size() && k < o.pressure_steps; ++k) {
    const Candidate& c = f.candidates[top[k]];
    const Muscle& m = model.muscles[c.muscle];
    const TriggerPoint& tp = m.trigger_points[model.instances[c.instance].trigger_point];
    const SelfTreatment& st = m.self_treatment;
    PlanStep step;
    step.kind = StepKind::Pressure;
    step.title = "Press the " + m.name + SideName(c.side) + ": " + tp.name;
    step.muscle = c.muscle;
    step.side = c.side;
    step.instance = c.instance;
    step.details = {"Where: " + tp.location, "Tool: " + st.tool + ". Position: " + st.position + ".",
                    "Find it: " + st.find};
    SetDose(step, st);
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
  GroupCautions(model, plan);
  return plan;
}

}  // namespace knotmap::model
