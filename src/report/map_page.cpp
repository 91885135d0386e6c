// Page 1: the map (front and back, the numbered marks, the chosen trigger points' zones and X's)
// with its legend, the warning signs for the marked regions, then the findings and their reasons.
#include <cmath>
#include <cstdio>
#include <set>

#include "report/cairo_scene.hpp"
#include "report/report_pages.hpp"
#include "session/pipeline.hpp"

namespace knotmap::report {
namespace {

constexpr double kMapWidth = 300.0;  // points
constexpr std::uint32_t kInk = 0x212121, kGrey = 0x616161, kRed = 0xb71c1c;
constexpr std::size_t kMaxCandidates = 5;  // groups listed: the best explanation, then the next ones
constexpr std::size_t kMaxPulling = 3;

TextStyle Body() { return {}; }
TextStyle Bold() { return {9.5, true, false, kInk}; }
TextStyle Note() { return {8.5, false, false, kGrey}; }
TextStyle Heading(std::uint32_t color = kInk) { return {11.5, true, false, color}; }

// The candidates shown: the best explanation first, then the strongest others, one per muscle and side.
std::vector<int> ShownCandidates(const session::Analysis& a) {
  std::vector<int> order(a.findings.best_explanation.begin(), a.findings.best_explanation.end());
  for (const session::CandidateGroup& g : a.groups) order.push_back(g.first);
  std::vector<int> shown;
  std::set<std::pair<int, int>> seen;
  for (int i : order) {
    const model::Candidate& c = a.findings.candidates[i];
    if (!seen.insert({c.muscle, static_cast<int>(c.side)}).second) continue;
    shown.push_back(i);
    if (shown.size() >= kMaxCandidates) break;
  }
  return shown;
}

std::string Percent(float share) { return std::to_string(static_cast<int>(std::lround(share * 100.0f))) + "%"; }

// "mark 1 in the essential zone (64%), mark 2 in the spillover zone (20%)"
std::string Reasons(const model::Candidate& c) {
  std::string text;
  for (std::size_t k = 0; k < c.explains.size(); ++k) {
    const model::MarkExplanation& e = c.explains[k];
    text += k == 0 ? "" : k + 1 == c.explains.size() ? " and " : ", ";
    text += "mark " + std::to_string(e.mark + 1) +
            (e.zone == model::MarkZone::Essential   ? " in its essential zone"
             : e.zone == model::MarkZone::Spillover ? " in its spillover zone"
                                                    : " on the knot itself") +
            " (" + Percent(e.coverage) + " of the mark)";
  }
  return text;
}

void LegendSwatch(cairo_t* cr, int kind, double x, double y) {
  const double w = 14.0, h = 9.0;
  switch (kind) {
    case 0:
      SetColor(cr, 0xd32f2f, 0.85);
      cairo_rectangle(cr, x, y, w, h);
      cairo_fill_preserve(cr);
      SetColor(cr, 0x8e0000);
      cairo_set_line_width(cr, 0.6);
      cairo_stroke(cr);
      break;
    case 1: {
      SetColor(cr, 0xef9a9a, 0.7);
      cairo_rectangle(cr, x, y, w, h);
      cairo_fill_preserve(cr);
      SetColor(cr, 0xc62828);
      cairo_set_line_width(cr, 0.6);
      const double dash[] = {2.0, 1.2};
      cairo_set_dash(cr, dash, 2, 0.0);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0.0);
      break;
    }
    case 2:
      SetColor(cr, 0x000000);
      cairo_set_line_width(cr, 1.2);
      cairo_move_to(cr, x + 3.5, y);
      cairo_line_to(cr, x + 10.5, y + h);
      cairo_move_to(cr, x + 3.5, y + h);
      cairo_line_to(cr, x + 10.5, y);
      cairo_stroke(cr);
      break;
    default:
      cairo_arc(cr, x + w / 2, y + h / 2, 4.5, 0.0, 2.0 * M_PI);
      SetColor(cr, 0x1e88e5, 0.3);
      cairo_fill_preserve(cr);
      SetColor(cr, 0x1e88e5);
      cairo_set_line_width(cr, 0.8);
      cairo_stroke(cr);
  }
}

// Beside the map: what the colours mean and which number is which mark.
double DrawLegend(PdfDocument& doc, const ReportInput& in, double x, double top, double width) {
  Flow flow(doc.cr(), Column{x, top, width, kPageHeight}, 1.0, true);
  flow.Paragraph("On the map", Heading(), 0.0, 3.0);
  const char* items[] = {"essential zone: where this knot usually sends pain",
                         "spillover zone: where the pain sometimes spreads", "trigger point (the knot)",
                         "your pain mark, numbered"};
  for (int k = 0; k < 4; ++k) {
    LegendSwatch(doc.cr(), k, x, flow.y() + 1.5);
    flow.Paragraph(items[k], Note(), 20.0, 2.0);
  }
  flow.Space(6.0);
  flow.Paragraph("Where it hurts", Heading(), 0.0, 3.0);
  const model::Model& m = *in.model;
  for (std::size_t i = 0; i < in.marks.size(); ++i) {
    const model::PainMark& mark = in.marks[i];
    if (mark.points.empty()) continue;
    const std::string region = RegionName(m, m.RegionAt(mark.view, mark.points.front()));
    flow.Paragraph({{"Mark " + std::to_string(i + 1) + "  ", Bold()},
                    {region + " (" + std::string(model::ToString(mark.view)) + "), intensity " +
                         std::to_string(mark.intensity) + "/10" +
                         (mark.kind == model::MarkKind::Stroke ? ", a line of pain" : ""),
                     Body()}},
                   0.0, 2.0);
  }
  if (in.marks.empty()) flow.Paragraph("No pain marks were given.", Body());
  return flow.y();
}

void RedFlags(Flow& flow, const session::Analysis& a) {
  if (a.red_flags.empty()) return;
  flow.Paragraph("First rule these out", Heading(kRed), 0.0, 2.0);
  flow.Paragraph("These signs point to something a muscle knot does not explain. If one applies, see a "
                 "doctor before any self-treatment.",
                 Note(), 0.0, 4.0);
  for (const model::RedFlag* rf : a.red_flags) {
    flow.Band(rf->urgent ? 0xffebee : 0xfff8e1, rf->urgent ? 0xc62828 : 0xf9a825, [rf](Flow& f) {
      f.Paragraph({{rf->urgent ? "Get help now: " : "See a doctor: ", {9.5, true, false, rf->urgent ? kRed : kInk}},
                   {rf->title, Bold()}});
      f.Paragraph(rf->text, Body());
    });
    flow.Space(3.0);
  }
  flow.Space(6.0);
}

void Candidates(Flow& flow, const model::Model& m, const session::Analysis& a) {
  const model::Findings& f = a.findings;
  flow.Paragraph("What may explain it", Heading(), 0.0, 2.0);
  if (f.candidates.empty()) {
    flow.Paragraph("No trigger point in Knotmap's model refers pain to these marks.", Body(), 0.0, 6.0);
    return;
  }
  flow.Paragraph("Muscle knots whose referred pain covers your marks, the best explanation of all marks first. "
                 "Press the knot: if that reproduces your pain, it is likely the one.",
                 Note(), 0.0, 4.0);
  const std::set<int> best(f.best_explanation.begin(), f.best_explanation.end());
  for (int i : ShownCandidates(a)) {
    const model::Candidate& c = f.candidates[i];
    const model::Muscle& mu = m.muscles[c.muscle];
    const model::TriggerPoint& tp = mu.trigger_points[m.instances[c.instance].trigger_point];
    const auto entry = [&](Flow& to) {
      to.Paragraph({{session::MuscleSideLabel(m, c.muscle, c.side), Bold()},
                    {": " + tp.name, Body()},
                    {best.count(i) ? "   best explanation" : "", {8.0, true, false, 0x2e7d32}}});
      std::string why = "Explains " + Reasons(c) + ". Score " +
                        std::to_string(static_cast<int>(std::lround(c.score * 100.0f))) + " of 100.";
      if (c.habit_match) why += " One of your ticked habits loads this muscle.";
      to.Paragraph(why, Body(), 12.0);
      to.Paragraph("Find it: " + tp.location, Note(), 12.0);
      to.Paragraph("Source: " + mu.source, Note(), 12.0, 4.0);
    };
    flow.KeepTogether(flow.Measure(entry));
    entry(flow);
  }
  for (int mark : f.unexplained_marks) {
    flow.Paragraph("Mark " + std::to_string(mark + 1) +
                       " is not explained by any trigger point in the model: another cause is more likely there.",
                   {9.5, false, true, kRed}, 0.0, 4.0);
  }
}

void Pulling(Flow& flow, const model::Model& m, const session::Analysis& a) {
  if (a.findings.pulling.empty()) return;
  flow.Space(4.0);
  flow.Paragraph("What keeps them loaded", Heading(), 0.0, 2.0);
  flow.Paragraph("Short, tight muscles whose pull keeps the knots above under strain: release these first.", Note(),
                 0.0, 3.0);
  for (std::size_t k = 0; k < a.findings.pulling.size() && k < kMaxPulling; ++k) {
    const model::PullingFinding& p = a.findings.pulling[k];
    flow.Paragraph({{session::MuscleSideLabel(m, p.muscle, p.side) + ": ", Bold()}, {p.why, Body()}}, 0.0, 2.0);
  }
}

}  // namespace

std::string RegionName(const model::Model& m, const std::string& region) {
  const model::Region* r = m.FindRegion(region);
  return r ? r->name : region;
}

io::Scene MapScene(const ReportInput& in) {
  io::SceneOptions o;
  const model::Findings& f = in.analysis->findings;
  for (int i : f.best_explanation) o.instances.push_back(f.candidates[i].instance);
  if (o.instances.empty() && !f.candidates.empty()) o.instances.push_back(f.candidates.front().instance);
  o.marks = in.marks;
  return io::BuildAtlasScene(*in.model, o);
}

void DrawMapPage(PdfDocument& doc, const ReportInput& in) {
  const double top = doc.StartPage("Self-care plan");
  const io::Scene scene = MapScene(in);
  const double map_height = kMapWidth * scene.height / scene.width;
  PaintScene(doc.cr(), scene, FitScene(scene, kMargin, top, kMapWidth, map_height));
  const double legend_x = kMargin + kMapWidth + 14.0;
  const double legend_bottom = DrawLegend(doc, in, legend_x, top + 4.0, kPageWidth - kMargin - legend_x);
  const double body_top = std::max(top + map_height, legend_bottom) + 10.0;
  doc.Fit(body_top, "Self-care plan (continued)", [&](Flow& flow) {
    RedFlags(flow, *in.analysis);
    Candidates(flow, *in.model, *in.analysis);
    Pulling(flow, *in.model, *in.analysis);
  });
  doc.EndPage();
}

}  // namespace knotmap::report
