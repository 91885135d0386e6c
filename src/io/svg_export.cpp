// SVG rendering of the atlas, drawn the classic way: X marks for trigger points, essential zones
// solid red, spillover zones lighter red with a dashed edge.
#include "io/svg_export.hpp"

#include <algorithm>
#include <sstream>

namespace knotmap::io {
namespace {

void Path(std::ostringstream& out, const std::vector<model::Point>& pts, model::Point offset,
          float scale, bool closed, const std::string& style) {
  if (pts.empty()) return;
  out << "<path d=\"";
  for (std::size_t i = 0; i < pts.size(); ++i) {
    out << (i == 0 ? 'M' : 'L') << (pts[i].x + offset.x) * scale << ' ' << (pts[i].y + offset.y) * scale
        << ' ';
  }
  if (closed) out << 'Z';
  out << "\" " << style << "/>\n";
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

}  // namespace

std::string RenderSvg(const model::Model& m, const SvgOptions& o) {
  std::ostringstream out;
  const float gap = 80.0f;
  float total_w = 0.0f, total_h = 0.0f;
  for (model::View v : o.views) {
    total_w += m.Atlas(v).width + gap;
    total_h = std::max(total_h, m.Atlas(v).height);
  }
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << total_w * o.scale << "\" height=\""
      << (total_h + 60) * o.scale << "\">\n"
      << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  float x = gap * 0.5f;
  for (model::View v : o.views) {
    const model::ViewAtlas& atlas = m.Atlas(v);
    const model::Point off{x, 40.0f};
    out << "<text x=\"" << (x + atlas.width * 0.5f) * o.scale << "\" y=\"" << 30 * o.scale
        << "\" font-family=\"sans-serif\" font-size=\"" << 36 * o.scale
        << "\" text-anchor=\"middle\">" << (v == model::View::Front ? "Front" : "Back") << "</text>\n";
    Path(out, atlas.body.polygon, off, o.scale, true, "fill=\"#f6e3d4\" stroke=\"#5d4037\" stroke-width=\"1.6\"");
    if (o.outlines) {
      for (const auto& ol : m.outlines) {
        if (ol.view != v) continue;
        Path(out, ol.shape.polygon, off, o.scale, true,
             std::string("fill=\"none\" stroke=\"#a1887f\" stroke-width=\"0.8\"") +
                 (ol.deep ? " stroke-dasharray=\"4 3\"" : ""));
      }
    }
    for (const auto& d : atlas.details) {
      Path(out, d.points, off, o.scale, false, "fill=\"none\" stroke=\"#8d6e63\" stroke-width=\"0.9\"");
    }
    for (const auto& inst : m.instances) {
      const model::Muscle& mu = m.muscles[inst.muscle];
      if (std::find(o.muscles.begin(), o.muscles.end(), mu.id) == o.muscles.end()) continue;
      for (model::ZoneKind kind : {model::ZoneKind::Spillover, model::ZoneKind::Essential}) {
        for (const auto& z : inst.zones) {
          if (z.view != v || z.kind != kind) continue;
          Path(out, z.shape.polygon, off, o.scale, true,
               kind == model::ZoneKind::Essential
                   ? "fill=\"#d32f2f\" fill-opacity=\"0.85\" stroke=\"#8e0000\" stroke-width=\"1\""
                   : "fill=\"#ef9a9a\" fill-opacity=\"0.7\" stroke=\"#c62828\" stroke-width=\"1\" stroke-dasharray=\"5 3\"");
        }
      }
      if (inst.view == v) {
        const float s = 9.0f;
        const model::Point c = inst.at + off;
        out << "<path d=\"M" << (c.x - s) * o.scale << ' ' << (c.y - s) * o.scale << " L"
            << (c.x + s) * o.scale << ' ' << (c.y + s) * o.scale << " M" << (c.x - s) * o.scale << ' '
            << (c.y + s) * o.scale << " L" << (c.x + s) * o.scale << ' ' << (c.y - s) * o.scale
            << "\" stroke=\"#000\" stroke-width=\"2.5\"/>\n";
      }
    }
    if (o.landmarks) {
      for (const auto& l : atlas.landmarks) {
        out << "<circle cx=\"" << (l.at.x + off.x) * o.scale << "\" cy=\"" << (l.at.y + off.y) * o.scale
            << "\" r=\"2\" fill=\"#1565c0\"/>\n";
        if (o.labels) {
          out << "<text x=\"" << (l.at.x + off.x + 5) * o.scale << "\" y=\"" << (l.at.y + off.y + 3) * o.scale
              << "\" font-family=\"sans-serif\" font-size=\"" << 11 * o.scale * 2
              << "\" fill=\"#1565c0\">" << Escape(l.name) << "</text>\n";
        }
      }
    }
    for (const auto& [mv, p] : o.marks) {
      if (mv != v) continue;
      out << "<circle cx=\"" << (p.x + off.x) * o.scale << "\" cy=\"" << (p.y + off.y) * o.scale
          << "\" r=\"" << 12 * o.scale << "\" fill=\"none\" stroke=\"#1e88e5\" stroke-width=\"2\"/>\n";
    }
    x += atlas.width + gap;
  }
  out << "</svg>\n";
  return out.str();
}

}  // namespace knotmap::io
