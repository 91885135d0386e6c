// Page 2: the plan in the order that works (rule out the warning signs, find the cause, release
// the pulling muscles, press the knots, strengthen), each step with its dose and cautions, then
// the sources. Printed shorter than the window shows it, to fit one page: the warning signs are
// named on page 1, each muscle's habits run on in one paragraph, a release step keeps its first
// stretch, and a pressure step says how to find the knot (the window also gives the anatomy).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>

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

// The warning signs are told in full on page 1; here the steps point there.
void RedFlagSteps(Flow& flow, const std::vector<const model::PlanStep*>& steps, int first) {
  const int last = first + static_cast<int>(steps.size()) - 1;
  const bool urgent = std::any_of(steps.begin(), steps.end(), [](const model::PlanStep* s) { return s->urgent; });
  const std::string numbers =
      first == last ? "Step " + std::to_string(first) : "Steps " + std::to_string(first) + " to " + std::to_string(last);
  flow.Paragraph({{numbers + ": ", {9.5, true, false, kInk}},
                  {"the warning signs on page 1. If one applies, see a doctor before any step below" +
                       std::string(urgent ? "; the red ones need help now." : "."),
                   {9.5, false, false, urgent ? 0xb71c1cu : kInk}}},
                 0.0, 3.0);
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The details printed for a step (see the file comment for what is left to the window).
std::vector<std::string> PrintedDetails(const model::Model& m, const model::PlanStep& step) {
  const std::vector<std::string>& d = step.details;
  std::vector<std::string> out;
  switch (step.kind) {
    case model::StepKind::Cause: {
      // "Trapezius: a", "Trapezius: b" -> "Trapezius: a; b."
      std::string muscle;
      for (const std::string& line : d) {
        const auto colon = line.find(": ");
        const std::string name = colon == std::string::npos ? "" : line.substr(0, colon);
        const bool is_muscle = !name.empty() && std::any_of(m.muscles.begin(), m.muscles.end(),
                                                            [&](const model::Muscle& mu) { return mu.name == name; });
        if (is_muscle && name == muscle && !out.empty()) {
          std::string more = line.substr(colon + 2);
          // "A screen too low" runs on as "a screen too low"; "TV" and the like keep their capitals.
          if (more.size() > 1 && std::isupper(static_cast<unsigned char>(more[0])) &&
              !std::isupper(static_cast<unsigned char>(more[1]))) {
            more[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(more[0])));
          }
          out.back() += "; " + more;
        } else {
          out.push_back(line);
        }
        muscle = is_muscle ? name : "";
      }
      break;
    }
    case model::StepKind::Release: {
      bool stretch_said = false;
      for (const std::string& line : d) {
        const bool stretch = StartsWith(line, "Stretch: ");
        if (stretch && stretch_said) continue;
        stretch_said = stretch_said || stretch;
        out.push_back(line);
      }
      break;
    }
    case model::StepKind::Pressure: {
      const bool finds = std::any_of(d.begin(), d.end(), [](const std::string& l) { return StartsWith(l, "Find it: "); });
      for (const std::string& line : d) {
        if (!(finds && StartsWith(line, "Where: "))) out.push_back(line);
      }
      break;
    }
    default: out = d;
  }
  return out;
}

void Step(Flow& flow, const model::Model& m, const model::PlanStep& step, int number,
          std::set<std::string>& cautions_said) {
  flow.Paragraph({{std::to_string(number) + ".  ", {9.5, true, false, kInk}},
                  {step.title, {9.5, true, false, step.urgent ? 0xb71c1c : kInk}}},
                 0.0, 1.5);
  if (!step.dose.empty()) {
    flow.Paragraph({{"Dose: ", {9.5, true, false, kInk}}, {step.dose, {9.5, true, false, kInk}}}, 14.0, 1.5);
  }
  for (const std::string& d : PrintedDetails(m, step)) flow.Paragraph(d, TextStyle{}, 14.0, 1.5);
  for (const std::string& c : step.cautions) {
    if (!cautions_said.insert(c).second) continue;  // said in an earlier step
    flow.Paragraph({{"Caution: ", {9.0, true, false, kCaution}}, {c, {9.0, false, false, kCaution}}}, 14.0, 1.5);
  }
}

// The sources of the plan's muscles and of the best explanation, each once, with its muscles.
void Sources(Flow& flow, const model::Model& m, const session::Analysis& a) {
  std::map<std::string, std::vector<std::string>> by_source;
  std::set<int> seen;
  const auto add = [&](int muscle) {
    if (muscle < 0 || !seen.insert(muscle).second) return;
    by_source[m.muscles[muscle].source].push_back(m.muscles[muscle].name);
  };
  for (int i : a.findings.best_explanation) add(a.findings.candidates[i].muscle);
  for (const model::PlanStep& s : a.plan.steps) add(s.muscle);
  if (by_source.empty()) return;
  flow.Space(6.0);
  flow.Paragraph("Sources", TextStyle{9.0, true, false, kGrey}, 0.0, 1.5);
  for (const auto& [source, names] : by_source) {
    std::string list;
    for (std::size_t k = 0; k < names.size(); ++k) list += (k == 0 ? "" : ", ") + names[k];
    flow.Paragraph({{list + ": ", {7.5, true, false, kGrey}}, {source, {7.5, false, false, kGrey}}}, 0.0, 1.0);
  }
}

}  // namespace

void DrawPlanPage(PdfDocument& doc, const ReportInput& in) {
  const double top = doc.StartPage("The plan, step by step");
  doc.Fit(top, 2, "The plan (continued)", [&](Flow& flow) {
    const std::vector<model::PlanStep>& steps = in.analysis->plan.steps;
    if (steps.empty()) {
      flow.Paragraph("No plan: no trigger point in the model explains the marks.", TextStyle{});
      HistorySection(flow, in);
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
        else Step(to, *in.model, steps[i], number, cautions);
        to.Space(3.0);
      };
      std::set<std::string> probe_cautions = cautions_said;
      flow.KeepTogether(flow.Measure([&](Flow& probe) { draw(probe, probe_cautions); }));
      draw(flow, cautions_said);
      i += block.size();
    }
    HistorySection(flow, in);
    Sources(flow, *in.model, *in.analysis);
  });
  doc.EndPage();
}

}  // namespace knotmap::report
