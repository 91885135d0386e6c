// Page 2: the plan in the order that works (rule out the warning signs, find the cause, release
// the pulling muscles, press the knots, strengthen), each step with its dose and cautions.
#include "report/report_pages.hpp"

namespace knotmap::report {
namespace {

constexpr std::uint32_t kInk = 0x212121, kGrey = 0x616161, kCaution = 0x8e0000;

const char* StageTitle(model::StepKind k) {
  switch (k) {
    case model::StepKind::RedFlag: return "Rule out the warning signs (page 1)";
    case model::StepKind::Cause: return "Find what keeps it going";
    case model::StepKind::Release: return "Release and stretch the pulling muscles";
    case model::StepKind::Pressure: return "Press the trigger points";
    case model::StepKind::Strengthen: return "Strengthen, once the pain has eased";
  }
  return "";
}

// The step's dose in words, as model::DoseText says it ("" for steps without one).
std::string Dose(const model::PlanStep& step) {
  if (step.kind != model::StepKind::Pressure && step.kind != model::StepKind::Release) return {};
  if (step.hold_seconds <= 0 && step.strokes <= 0) return {};
  model::SelfTreatment st;
  st.method = step.method;
  st.hold_seconds = step.hold_seconds;
  st.strokes = step.strokes;
  st.sets = step.sets;
  return model::DoseText(st);
}

void Step(Flow& flow, const model::PlanStep& step, int number) {
  const std::string dose = Dose(step);
  flow.Paragraph({{std::to_string(number) + ".  ", {9.5, true, false, kInk}},
                  {step.title, {9.5, true, false, step.urgent ? 0xb71c1c : kInk}}},
                 0.0, 1.5);
  if (step.kind == model::StepKind::RedFlag) return;  // its text is on page 1, beside the map
  for (const std::string& d : step.details) {
    // The dose line reads "Hold 60 seconds, 3 times; once or twice a day.": set it in bold.
    const bool is_dose = !dose.empty() && d.rfind(dose, 0) == 0;
    if (is_dose) {
      flow.Paragraph({{"Dose: ", {9.5, true, false, kInk}}, {d, {9.5, true, false, kInk}}}, 14.0, 1.5);
    } else {
      flow.Paragraph(d, TextStyle{}, 14.0, 1.5);
    }
  }
  for (const std::string& c : step.cautions) {
    flow.Paragraph({{"Caution: ", {9.0, true, false, kCaution}}, {c, {9.0, false, false, kCaution}}}, 14.0, 1.5);
  }
}

}  // namespace

void DrawPlanPage(PdfDocument& doc, const ReportInput& in) {
  const double top = doc.StartPage("The plan, step by step");
  doc.Fit(top, "The plan (continued)", [&](Flow& flow) {
    const std::vector<model::PlanStep>& steps = in.analysis->plan.steps;
    if (steps.empty()) {
      flow.Paragraph("No plan: no trigger point in the model explains the marks.", TextStyle{});
      return;
    }
    flow.Paragraph("Work through the steps in this order. Stop and see a doctor if a warning sign applies, if "
                   "the pain gets worse, or if it has not eased after two weeks of this plan.",
                   TextStyle{8.5, false, false, kGrey}, 0.0, 6.0);
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const model::PlanStep& step = steps[i];
      const bool new_stage = i == 0 || steps[i - 1].kind != step.kind;
      const auto block = [&](Flow& to) {
        if (new_stage) {
          to.Space(i == 0 ? 0.0 : 5.0);
          to.Paragraph(std::string(StageTitle(step.kind)), TextStyle{11.0, true, false, 0x37474f}, 0.0, 3.0);
        }
        Step(to, step, static_cast<int>(i) + 1);
        to.Space(3.0);
      };
      flow.KeepTogether(flow.Measure(block));
      block(flow);
    }
  });
  doc.EndPage();
}

}  // namespace knotmap::report
