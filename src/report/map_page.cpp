// Page 1: the warning signs for the marked regions first, then the map (front and back, the
// numbered marks, the chosen trigger points' zones and X's) with, beside it, its legend, the marks,
// the findings and their reasons, and the pulling muscles. The warning signs take the largest type
// that leaves room for the map on the same page.
#include <cmath>
#include <functional>
#include <set>

#include "report/cairo_scene.hpp"
#include "report/report_pages.hpp"
#include "session/pipeline.hpp"

namespace knotmap::report {
namespace {

constexpr double kMapWidth = 290.0;  // points
constexpr double kLegendScale = 0.9;  // of the type sizes: the column beside the map is narrow
constexpr std::uint32_t kInk = 0x212121, kGrey = 0x616161, kRed = 0xb71c1c;
constexpr std::size_t kMaxCandidates = 3;  // groups listed: the best explanation, then the next ones
constexpr std::size_t kMaxPulling = 3;
constexpr std::size_t kMaxMarksListed = 8;  // beyond these, the count of the others

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

// "mark 1 in its essential zone (64% of the mark) and mark 2 in its spillover zone (20% of the mark)"
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
  const double w = 13.0, h = 7.0;
  switch (kind) {
    case 0:
    case 1: {
      // A zone as the map above paints it: the scene's own style, on a small rectangle.
      io::Scene swatch;
      io::Primitive r;
      r.points = {{0, 0}, {w, 0}, {w, h}, {0, h}};
      r.closed = true;
      r.style = io::ZoneStyle(kind == 0 ? model::ZoneKind::Essential : model::ZoneKind::Spillover);
      swatch.items.push_back(std::move(r));
      PaintScene(cr, swatch, Placement{.origin_x = x, .origin_y = y, .scale = 1.0, .line_unit = 0.5});
      break;
    }
    case 2:
      SetColor(cr, 0x000000);
      cairo_set_line_width(cr, 1.2);
      cairo_move_to(cr, x + 3.0, y);
      cairo_line_to(cr, x + 10.0, y + h);
      cairo_move_to(cr, x + 3.0, y + h);
      cairo_line_to(cr, x + 10.0, y);
      cairo_stroke(cr);
      break;
    default:
      cairo_arc(cr, x + w / 2, y + h / 2, 3.8, 0.0, 2.0 * M_PI);
      SetColor(cr, 0x1e88e5, 0.3);
      cairo_fill_preserve(cr);
      SetColor(cr, 0x1e88e5);
      cairo_set_line_width(cr, 0.8);
      cairo_stroke(cr);
  }
}

// The pulling muscles by name: the plan says why each one loads the knots, in its release step.
void Pulling(Flow& flow, const model::Model& m, const session::Analysis& a) {
  if (a.findings.pulling.empty()) return;
  flow.Space(5.0);
  flow.Paragraph("What keeps them loaded", Heading(), 0.0, 2.0);
  std::string names;
  const std::size_t shown = std::min(a.findings.pulling.size(), kMaxPulling);
  for (std::size_t k = 0; k < shown; ++k) {
    const model::PullingFinding& p = a.findings.pulling[k];
    names += (k == 0 ? "" : k + 1 == shown ? " and " : ", ") + session::MuscleSideLabel(m, p.muscle, p.side);
  }
  flow.Paragraph({{names, {8.5, true, false, kInk}},
                  {": short, tight muscles that keep the knots under strain. Release them first (the plan "
                   "on the next page says how).",
                   {8.5, false, false, kInk}}},
                 0.0, 2.0);
}

void Candidates(Flow& flow, const model::Model& m, const session::Analysis& a);

// Beside the map: what the colours mean, which number is which mark, what may explain them, and
// the pulling muscles.
void SideColumn(Flow& flow, const ReportInput& in) {
  cairo_t* cr = flow.cr();
  flow.Paragraph("On the map", Heading(), 0.0, 3.0);
  const char* items[] = {"essential zone: where the knot usually sends pain",
                         "spillover zone: where it sometimes spreads", "trigger point (the knot)",
                         "your pain mark, numbered"};
  for (int k = 0; k < 4; ++k) {
    if (flow.drawing()) LegendSwatch(cr, k, flow.column().left, flow.y() + 1.0);
    flow.Paragraph(items[k], {8.0, false, false, kGrey}, 20.0, 1.5);
  }
  flow.Space(5.0);
  flow.Paragraph("Where it hurts", Heading(), 0.0, 3.0);
  const model::Model& m = *in.model;
  std::size_t listed = 0;
  for (std::size_t i = 0; i < in.marks.size() && listed < kMaxMarksListed; ++i) {
    const model::PainMark& mark = in.marks[i];
    if (mark.points.empty()) continue;
    ++listed;
    const std::string region = RegionName(m, m.RegionAt(mark.view, mark.points.front()));
    flow.Paragraph({{std::to_string(i + 1) + "  ", Bold()},
                    {region + " (" + std::string(model::ToString(mark.view)) + "), " +
                         std::to_string(mark.intensity) + "/10" +
                         (mark.kind == model::MarkKind::Stroke ? ", a line of pain" : ""),
                     Body()}},
                   0.0, 2.0);
  }
  if (listed < in.marks.size() && listed == kMaxMarksListed) {
    flow.Paragraph("and " + std::to_string(in.marks.size() - listed) + " more marks, numbered on the map", Note(),
                   0.0, 2.0);
  }
  if (in.marks.empty()) flow.Paragraph("No pain marks were given.", Body());
  flow.Space(5.0);
  Candidates(flow, m, *in.analysis);
  Pulling(flow, m, *in.analysis);
}

// Items in a tinted band of two columns, split where the columns come out most even.
void TwoColumnBand(Flow& flow, std::uint32_t tint, std::uint32_t bar, const std::string& title,
                   const std::vector<std::function<void(Flow&)>>& items) {
  if (items.empty()) return;
  std::vector<double> heights;
  for (const auto& item : items) heights.push_back(flow.Measure(item, flow.column().width / 2.0));
  double total = 0.0;
  for (double h : heights) total += h;
  std::size_t split = 1;
  double first = heights[0], best = std::abs(total - 2.0 * first);
  for (std::size_t k = 1; k + 1 < items.size(); ++k) {
    first += heights[k];
    if (std::abs(total - 2.0 * first) < best) {
      best = std::abs(total - 2.0 * first);
      split = k + 1;
    }
  }
  const auto column = [&](std::size_t from, std::size_t to, bool titled) {
    return [&items, &title, from, to, titled](Flow& f) {
      if (titled && !title.empty()) f.Paragraph(title, Bold(), 0.0, 1.0);
      for (std::size_t k = from; k < to; ++k) items[k](f);
    };
  };
  if (items.size() == 1) {
    flow.Band(tint, bar, {column(0, 1, true)});
  } else {
    flow.Band(tint, bar, {column(0, split, true), column(split, items.size(), false)});
  }
}

void RedFlags(Flow& flow, const session::Analysis& a) {
  if (a.red_flags.empty()) return;
  flow.Paragraph("First rule these out", Heading(kRed), 0.0, 2.0);
  flow.Paragraph("These signs point to something a muscle knot does not explain. If one applies, see a "
                 "doctor before any self-treatment.",
                 Note(), 0.0, 4.0);
  // Two bands of two columns: the signs that need help now, then those that need a doctor soon.
  std::vector<std::function<void(Flow&)>> now, soon;
  for (const model::RedFlag* rf : a.red_flags) {
    if (rf->urgent) {
      now.push_back([rf](Flow& f) {
        f.Paragraph({{"Get help now: ", {9.0, true, false, kRed}}, {rf->title, {9.0, true, false, kInk}}});
        f.Paragraph(rf->text, {9.0, false, false, kInk}, 0.0, 3.0);
      });
    } else {
      soon.push_back([rf](Flow& f) {
        f.Paragraph({{rf->title + ". ", {8.5, true, false, kInk}}, {rf->text, {8.5, false, false, kInk}}}, 0.0, 1.5);
      });
    }
  }
  TwoColumnBand(flow, 0xffebee, 0xc62828, "", now);
  if (!now.empty() && !soon.empty()) flow.Space(4.0);
  TwoColumnBand(flow, 0xfff8e1, 0xf9a825, soon.size() > 1 ? "See a doctor soon if:" : "See a doctor soon if", soon);
  flow.Space(6.0);
}

void Candidates(Flow& flow, const model::Model& m, const session::Analysis& a) {
  const model::Findings& f = a.findings;
  flow.Paragraph("What may explain it", Heading(), 0.0, 2.0);
  if (f.candidates.empty()) {
    flow.Paragraph("No trigger point in Knotmap's model refers pain to these marks.", Body(), 0.0, 4.0);
    return;
  }
  flow.Paragraph("Knots whose referred pain covers your marks, the best explanation first. If pressing one "
                 "reproduces your pain, it is more likely the one.",
                 {8.0, false, false, kGrey}, 0.0, 3.0);
  const std::set<int> best(f.best_explanation.begin(), f.best_explanation.end());
  for (int i : ShownCandidates(a)) {
    const model::Candidate& c = f.candidates[i];
    const model::Muscle& mu = m.muscles[c.muscle];
    const model::TriggerPoint& tp = mu.trigger_points[m.instances[c.instance].trigger_point];
    flow.Paragraph({{session::MuscleSideLabel(m, c.muscle, c.side), Bold()},
                    {": " + tp.name, Body()},
                    {best.count(i) ? "   best explanation" : "", {8.0, true, false, 0x2e7d32}}});
    std::string why = "Explains " + Reasons(c) + ". Score " +
                      std::to_string(static_cast<int>(std::lround(c.score * 100.0f))) + " of 100.";
    if (c.habit_match) why += " One of your ticked habits loads this muscle.";
    flow.Paragraph(why, {8.5, false, false, kInk}, 10.0, 3.0);
  }
  for (int mark : f.unexplained_marks) {
    flow.Paragraph("Mark " + std::to_string(mark + 1) +
                       " is not explained by any trigger point in the model: another cause is more likely there.",
                   {8.5, false, true, kRed}, 0.0, 3.0);
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
  double top = doc.StartPage("Self-care plan");
  const io::Scene scene = MapScene(in);
  const double map_height = kMapWidth * scene.height / scene.width;
  const double side_x = kMargin + kMapWidth + 14.0;
  const Column side{side_x, 0.0, kPageWidth - kMargin - side_x, kPageHeight};
  const double side_height = Flow(doc.cr(), side, kLegendScale, false).Measure([&](Flow& f) { SideColumn(f, in); });
  const double block = std::max(map_height, side_height + 4.0) + 6.0;
  // The warning signs come before any muscle, in the largest type that leaves the map room.
  if (!in.analysis->red_flags.empty()) {
    top = doc.Fit(top, 1, "Self-care plan (continued)", [&](Flow& flow) { RedFlags(flow, *in.analysis); }, block);
    if (top + block > doc.Body(top).bottom) {
      doc.EndPage();
      top = doc.StartPage("Self-care plan (continued)");
    }
  }
  PaintScene(doc.cr(), scene, FitScene(scene, kMargin, top, kMapWidth, map_height));
  Flow column(doc.cr(), Column{side.left, top + 4.0, side.width, kPageHeight}, kLegendScale, true);
  SideColumn(column, in);
  doc.EndPage();
}

}  // namespace knotmap::report
