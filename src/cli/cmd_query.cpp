// `knotmap query`: where it hurts -> ranked trigger points, pulling muscles and a plan.
#include <iomanip>
#include <memory>
#include <ostream>

#include "cli/checked.hpp"
#include "cli/common.hpp"
#include "cli/mark_options.hpp"
#include "io/findings_json.hpp"
#include "model/guidance.hpp"
#include "session/pipeline.hpp"

namespace knotmap::cli {
namespace {

struct Opts {
  MarkOptions marks;
  std::string model;
  std::size_t top = 10;
  bool json = false;
};

// The body-wide causes that apply (every one when the marks span several regions, else the
// ticked ones), for the text output and the JSON.
void PrintBodyCauses(std::ostream& out, const std::vector<const model::BodyCause*>& causes) {
  if (causes.empty()) return;
  out << "\nBody-wide causes (they act on every muscle):\n";
  for (const model::BodyCause* c : causes) out << "  - " << c->label << ": " << c->advice << "\n";
}

nlohmann::ordered_json BodyCausesJson(const std::vector<const model::BodyCause*>& causes) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const model::BodyCause* c : causes) {
    list.push_back({{"id", c->id}, {"label", c->label}, {"cause", c->cause}, {"advice", c->advice},
                    {"source", c->source}});
  }
  return list;
}

void PrintHuman(std::ostream& out, const model::Model& m, const std::vector<model::PainMark>& marks,
                const model::Findings& f, const model::Plan& plan, std::size_t top,
                const std::vector<const model::BodyCause*>& causes) {
  out << std::fixed << std::setprecision(2);
  out << "Pain marks on the " << model::ToString(marks.front().view) << " view:\n";
  for (std::size_t i = 0; i < marks.size(); ++i) {
    out << "  [" << i << "] (" << marks[i].points.front().x << ", " << marks[i].points.front().y
        << "), radius " << marks[i].radius << "\n";
  }
  // Urgent red flags come before any muscle: chest pain may be the heart, not a knot.
  bool urgent = false;
  for (const model::RedFlag* rf : model::RedFlagsFor(m, marks)) {
    if (!rf->urgent) continue;
    if (!urgent) out << "\nURGENT: first rule these out (get help now if one applies):\n";
    urgent = true;
    out << "  ! " << rf->title << "\n    " << rf->text << "\n";
  }
  if (urgent) out << "If none of these applies, the muscles below may explain the pain.\n";
  auto name = [&](const model::Candidate& c) {
    const auto& mu = m.muscles[c.muscle];
    return mu.name + " (" + std::string(model::ToString(c.side)) + "), " +
           mu.trigger_points[m.instances[c.instance].trigger_point].name;
  };
  if (f.candidates.empty()) {
    out << "\nNo trigger point in the model refers pain to these marks.\n";
  }
  if (!f.best_explanation.empty()) {
    out << "\nBest explanation:";
    for (std::size_t k = 0; k < f.best_explanation.size(); ++k) {
      out << (k == 0 ? " " : "; ") << name(f.candidates[f.best_explanation[k]]);
    }
    out << "\n";
  }
  if (!f.unexplained_marks.empty()) {
    out << "Not explained by any trigger point: marks";
    for (int i : f.unexplained_marks) out << " [" << i << "]";
    out << "\n";
  }
  if (!f.candidates.empty()) out << "\nLikely trigger points:\n";
  for (std::size_t i = 0; i < f.candidates.size() && i < top; ++i) {
    const auto& c = f.candidates[i];
    out << "  " << std::setw(2) << i + 1 << ". " << name(c) << "  score " << c.score << "  ";
    for (const auto& e : c.explains) out << "[" << e.mark << "] " << model::ToString(e.zone) << " ";
    out << "\n";
  }
  if (!f.pulling.empty()) out << "\nPulling muscles (release these first):\n";
  for (std::size_t i = 0; i < f.pulling.size() && i < top; ++i) {
    const auto& p = f.pulling[i];
    out << "  - " << m.muscles[p.muscle].name << " (" << model::ToString(p.side) << ")  " << p.score
        << "  " << p.why << "\n";
  }
  out << "\nPlan:\n";
  int n = 1;
  for (const auto& s : plan.steps) {
    out << "  " << n++ << ". [" << model::ToString(s.kind) << (s.urgent ? ", urgent" : "") << "] "
        << s.title << (s.dose.empty() ? "" : "  -  " + s.dose) << "\n";
    for (const auto& d : s.details) out << "       " << d << "\n";
    for (const auto& c : s.cautions) out << "       Caution: " << c << "\n";
  }
  PrintBodyCauses(out, causes);
  out << "\nKnotmap informs; it does not diagnose. See a doctor for the red flags above.\n";
}

}  // namespace

Command AddQuery(CLI::App& app) {
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand("query", "Which trigger points refer pain to these spots");
  AddMarkOptions(sub, o->marks);
  sub->add_option("--top", o->top, "How many candidates and pulling muscles to print")
      ->check(WholeNumberIn(1, 1000));
  sub->add_flag("--json", o->json, "Print JSON (shape in the README)");
  AddModelOption(sub, o->model);
  return {sub, [o](Streams s) {
            if (const std::string error = CheckMarkOptions(o->marks); !error.empty()) {
              s.err << "knotmap query: " << error << "\n";
              return 2;
            }
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            const auto parsed = ParseMarks(o->marks, *m, "query", s.err);
            if (!parsed) return 2;
            const std::vector<model::PainMark>& marks = *parsed;
            const auto causes = model::BodyCausesFor(*m, marks, o->marks.causes);
            const session::Analysis analysis = AnalyzeMarks(*m, marks, o->marks);
            const model::Findings& f = analysis.findings;
            const model::Plan& plan = analysis.plan;
            if (o->json) {
              auto j = io::FindingsToJson(*m, marks, f, plan);
              if (j["candidates"].size() > o->top) {
                j["candidates"].erase(j["candidates"].begin() + static_cast<std::ptrdiff_t>(o->top),
                                      j["candidates"].end());
              }
              j["body_wide_causes"] = BodyCausesJson(causes);
              s.out << j.dump(2) << "\n";
            } else {
              PrintHuman(s.out, *m, marks, f, plan, o->top, causes);
            }
            return 0;
          }};
}

}  // namespace knotmap::cli
