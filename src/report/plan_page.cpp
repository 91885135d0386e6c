// Page 2: the plan in the order that works (rule out the warning signs, find the cause, release
// the pulling muscles, press the knots, strengthen), each step with its dose and cautions.
#include <set>

#include "report/report_pages.hpp"

namespace knotmap::report {
namespace {

constexpr std::uint32_t kInk = 0x212121, kGrey = 0x616161, kCaution = 0x8e0000;

const char* StageTitle(model::StepKind k) {
  switch (k) {
    case model::StepKind::RedFlag: return "Rule out the warning signs";
    case model::StepKind::Cause: return "Find what keeps it going";
    case model::StepKind::Relax: return "Let the stress go";
    case model::StepKind::Release: return "Release and stretch the pulling muscles";
    case model::StepKind::OpenFront: return "Open the front";
    case model::StepKind::Pressure: return "Press the trigger points";
    case model::StepKind::Strengthen: return "Strengthen, once the pain has eased";
  }
  return "";
}

// The warning signs are told in full on page 1, under the map; here they are named once, in order.
void RedFlagSteps(Flow& flow, const std::vector<const model::PlanStep*>& steps, int first) {
  const int last = first + static_cast<int>(steps.size()) - 1;
  const std::string numbers =
      first == last ? "Step " + std::to_string(first) : "Steps " + std::to_string(first) + " to " + std::to_string(last);
  std::vector<Run> runs{{numbers + ": check the warning signs on page 1 first: ", TextStyle{}}};
  for (std::size_t k = 0; k < steps.size(); ++k) {
    runs.push_back({(k == 0 ? "" : " ") + steps[k]->title + (k + 1 < steps.size() ? ";" : "."),
                    {9.5, steps[k]->urgent, false, steps[k]->urgent ? 0xb71c1c : kInk}});
  }
  flow.Paragraph(runs, 0.0, 3.0);
}

void Step(Flow& flow, const model::PlanStep& step, int number, std::set<std::string>& cautions_said) {
  flow.Paragraph({{std::to_string(number) + ".  ", {9.5, true, false, kInk}},
                  {step.title, {9.5, true, false, step.urgent ? 0xb71c1c : kInk}}},
                 0.0, 1.5);
  if (!step.dose.empty()) {
    flow.Paragraph({{"Dose: ", {9.5, true, false, kInk}}, {step.dose, {9.5, true, false, kInk}}}, 14.0, 1.5);
  }
  for (const std::string& d : step.details) flow.Paragraph(d, TextStyle{}, 14.0, 1.5);
  for (const std::string& c : step.cautions) {
    if (!cautions_said.insert(c).second) continue;  // said in an earlier step
    flow.Paragraph({{"Caution: ", {9.0, true, false, kCaution}}, {c, {9.0, false, false, kCaution}}}, 14.0, 1.5);
  }
}

}  // namespace

void DrawPlanPage(PdfDocument& doc, const ReportInput& in) {
  const double top = doc.StartPage("The plan, step by step");
  doc.Fit(top, 2, "The plan (continued)", [&](Flow& flow) {
    const std::vector<model::PlanStep>& steps = in.analysis->plan.steps;
    if (steps.empty()) {
      flow.Paragraph("No plan: no trigger point in the model explains the marks.", TextStyle{});
      return;
    }
    flow.Paragraph("Work through the steps in this order. Stop and see a doctor if a warning sign applies, if "
                   "the pain gets worse, or if it has not eased after two weeks of this plan.",
                   TextStyle{8.5, false, false, kGrey}, 0.0, 6.0);
    std::set<std::string> cautions_said;
    for (std::size_t i = 0; i < steps.size();) {
      // One block: the warning signs together, any other step alone; a stage title before the first.
      std::vector<const model::PlanStep*> block{&steps[i]};
      while (steps[i].kind == model::StepKind::RedFlag && i + block.size() < steps.size() &&
             steps[i + block.size()].kind == model::StepKind::RedFlag) {
        block.push_back(&steps[i + block.size()]);
      }
      const bool new_stage = i == 0 || steps[i - 1].kind != steps[i].kind;
      const auto draw = [&](Flow& to, std::set<std::string>& cautions) {
        if (new_stage) {
          to.Space(i == 0 ? 0.0 : 5.0);
          to.Paragraph(StageTitle(steps[i].kind), TextStyle{11.0, true, false, 0x37474f}, 0.0, 3.0);
        }
        const int number = static_cast<int>(i) + 1;
        if (steps[i].kind == model::StepKind::RedFlag) RedFlagSteps(to, block, number);
        else Step(to, steps[i], number, cautions);
        to.Space(3.0);
      };
      std::set<std::string> probe_cautions = cautions_said;
      flow.KeepTogether(flow.Measure([&](Flow& probe) { draw(probe, probe_cautions); }));
      draw(flow, cautions_said);
      i += block.size();
    }
  });
  doc.EndPage();
}

}  // namespace knotmap::report
