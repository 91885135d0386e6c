// `knotmap coverage`: how much of the body answers a click. Samples each view's silhouette, asks
// the query engine about a small spot at every sample, prints the share answered and the holes by
// region and nearest landmark; --svg draws the holes over the silhouette for content authors.
#include <cmath>
#include <fstream>
#include <iomanip>
#include <memory>
#include <ostream>
#include <sstream>

#include "cli/common.hpp"
#include "model/coverage.hpp"

namespace knotmap::cli {
namespace {

struct Opts {
  std::string view = "both", svg, model;
  float radius = 10.0f;
  float step = 10.0f;
};

// Holes as small red squares (one per sample) over the silhouette; views side by side, 0.5 px per
// atlas unit.
std::string HolesSvg(const model::Model& m, const std::vector<model::ViewCoverage>& views, float step) {
  constexpr float kScale = 0.5f;
  constexpr float kGap = 80.0f;
  float total_w = 0.0f, total_h = 0.0f;
  for (const auto& vc : views) {
    total_w += m.Atlas(vc.view).width + kGap;
    total_h = std::max(total_h, m.Atlas(vc.view).height);
  }
  std::ostringstream out;
  out << std::fixed << std::setprecision(1);
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << total_w * kScale << "\" height=\""
      << (total_h + 60.0f) * kScale << "\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  float x = kGap * 0.5f;
  for (const auto& vc : views) {
    const model::ViewAtlas& atlas = m.Atlas(vc.view);
    const model::Point off{x, 40.0f};
    auto px = [&](model::Point p) { return (p + off) * kScale; };
    std::ostringstream share;
    share << std::fixed << std::setprecision(1) << vc.Share() * 100.0;
    out << "<text x=\"" << px({atlas.width * 0.5f, 0}).x << "\" y=\"" << 30 * kScale
        << "\" font-family=\"sans-serif\" font-size=\"18\" text-anchor=\"middle\">"
        << model::ToString(vc.view) << ": " << share.str() << " % answered</text>\n<path d=\"";
    for (std::size_t i = 0; i < atlas.body.polygon.size(); ++i) {
      const model::Point p = px(atlas.body.polygon[i]);
      out << (i == 0 ? 'M' : 'L') << p.x << ' ' << p.y << ' ';
    }
    out << "Z\" fill=\"#f6e3d4\" stroke=\"#5d4037\" stroke-width=\"1.2\"/>\n";
    for (const auto& d : atlas.details) {
      out << "<path d=\"";
      for (std::size_t i = 0; i < d.points.size(); ++i) {
        const model::Point p = px(d.points[i]);
        out << (i == 0 ? 'M' : 'L') << p.x << ' ' << p.y << ' ';
      }
      out << "\" fill=\"none\" stroke=\"#8d6e63\" stroke-width=\"0.6\"/>\n";
    }
    out << "<g fill=\"#d32f2f\">\n";
    for (model::Point h : vc.holes) {
      const model::Point p = px(h - model::Point{step * 0.5f, step * 0.5f});
      out << "<rect x=\"" << p.x << "\" y=\"" << p.y << "\" width=\"" << step * kScale << "\" height=\""
          << step * kScale << "\"/>\n";
    }
    out << "</g>\n";
    for (const auto& g : vc.groups) {
      const model::Point p = px(g.example);
      out << "<text x=\"" << p.x + 4 << "\" y=\"" << p.y << "\" font-family=\"sans-serif\" font-size=\"7\""
          << " fill=\"#0d47a1\">" << g.landmark << " (" << g.count << ")</text>\n";
    }
    x += atlas.width + kGap;
  }
  out << "</svg>\n";
  return out.str();
}

void PrintView(std::ostream& out, const model::Model& m, const model::ViewCoverage& vc, float step) {
  out << model::ToString(vc.view) << " view: " << vc.explained << " of " << vc.samples
      << " samples answered (" << std::setprecision(1) << vc.Share() * 100.0 << " %)";
  if (vc.holes.empty()) {
    out << ", no holes\n";
    return;
  }
  const double area = static_cast<double>(step) * step;
  out << ", " << vc.holes.size() << " holes (about " << std::setprecision(0)
      << static_cast<double>(vc.holes.size()) * area << " square units)\n";
  out << "  holes by region and nearest landmark (samples, a spot to try, extent):\n";
  for (const auto& g : vc.groups) {
    const model::Region* r = m.FindRegion(g.region);
    out << "    " << std::left << std::setw(25) << (r ? r->name : g.region) << ' ' << std::setw(30) << g.landmark
        << std::right << std::setw(5) << g.count << "  --at " << std::setprecision(0) << g.example.x
        << "," << g.example.y << "  x " << g.bounds.min.x << "-" << g.bounds.max.x << ", y "
        << g.bounds.min.y << "-" << g.bounds.max.y << "\n";
  }
}

}  // namespace

Command AddCoverage(CLI::App& app) {
  auto o = std::make_shared<Opts>();
  CLI::App* sub = app.add_subcommand(
      "coverage", "How much of the body a click answers: the share explained and the holes");
  sub->add_option("--view", o->view, "front, back or both (default both)")
      ->check(CLI::IsMember({"front", "back", "both"}));
  sub->add_option("--radius", o->radius, "Spot radius at each sample, atlas units (default 10)")
      ->check(CLI::Range(1.0, 300.0));
  sub->add_option("--step", o->step, "Grid spacing of the samples, atlas units (default 10)")
      ->check(CLI::Range(2.0, 200.0));
  sub->add_option("--svg", o->svg, "Also draw the holes over the silhouette to this .svg file");
  AddModelOption(sub, o->model);
  sub->footer("Exit status: 0 when every sample is answered, 1 when there are holes.");
  return {sub, [o](Streams s) {
            // CLI::Range lets NaN through: refuse anything not finite.
            if (!std::isfinite(o->radius) || !std::isfinite(o->step)) {
              s.err << "knotmap coverage: --radius and --step must be numbers\n";
              return 2;
            }
            auto m = LoadOrReport(o->model, s);
            if (!m) return 2;
            const model::SpatialIndex index(*m);
            std::vector<model::ViewCoverage> views;
            for (model::View v : model::kViews) {
              if (o->view != "both" && model::ToString(v) != o->view) continue;
              views.push_back(model::MeasureCoverage(*m, index, v, {o->radius, o->step}));
            }
            s.out << std::fixed << "Coverage: a spot of radius " << std::setprecision(1) << o->radius
                  << " every " << o->step << " units inside the silhouette\n";
            bool holes = false;
            for (const auto& vc : views) {
              PrintView(s.out, *m, vc, o->step);
              holes = holes || !vc.holes.empty();
            }
            if (!o->svg.empty()) {
              std::ofstream file(o->svg, std::ios::binary);
              if (!(file << HolesSvg(*m, views, o->step)) || !file.flush()) {
                s.err << "knotmap coverage: cannot write " << o->svg << "\n";
                return 1;
              }
            }
            return holes ? 1 : 0;
          }};
}

}  // namespace knotmap::cli
