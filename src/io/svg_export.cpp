// SVG painter of the atlas scene (io/atlas_scene.hpp): one element per primitive, sizes scaled
// from scene units to SVG pixels, line widths in output units left as they are; a hatched fill is
// a second copy of the path filled with a pattern of lines, defined once per kind of hatching.
#include "io/svg_export.hpp"

#include <cstdio>
#include <sstream>
#include <vector>

#include "io/atlas_scene.hpp"

namespace knotmap::io {
namespace {

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

// "#d32f2f", or the short form "#000" when every channel's two digits repeat.
std::string Hex(std::uint32_t rgb) {
  const unsigned r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
  const auto doubled = [](unsigned c) { return (c >> 4) == (c & 0xF); };
  char buf[8];
  if (doubled(r) && doubled(g) && doubled(b)) {
    std::snprintf(buf, sizeof buf, "#%x%x%x", r & 0xF, g & 0xF, b & 0xF);
  } else {
    std::snprintf(buf, sizeof buf, "#%06x", rgb & 0xFFFFFF);
  }
  return buf;
}

class SvgPainter {
 public:
  explicit SvgPainter(float scale) : scale_(scale) {}

  void Draw(const Primitive& p) {
    switch (p.kind) {
      case PrimitiveKind::Path: return DrawPath(p);
      case PrimitiveKind::Cross: return DrawCross(p);
      case PrimitiveKind::Circle: return DrawCircle(p);
      case PrimitiveKind::Text: return DrawText(p);
    }
  }
  std::ostringstream out;

 private:
  float Size(float size, Units units) const { return units == Units::Scene ? size * scale_ : size; }

  void StyleAttributes(const Style& s, bool with_fill) {
    if (with_fill) {
      out << "fill=\"" << (s.fill == kNoColor ? std::string("none") : Hex(s.fill)) << "\"";
      if (s.fill != kNoColor && s.fill_opacity != 1.0f) out << " fill-opacity=\"" << s.fill_opacity << "\"";
    }
    if (s.stroke == kNoColor) return;
    if (with_fill) out << ' ';
    out << "stroke=\"" << Hex(s.stroke) << "\"";
    if (s.stroke_opacity != 1.0f) out << " stroke-opacity=\"" << s.stroke_opacity << "\"";
    out << " stroke-width=\"" << Size(s.stroke_width, s.stroke_units) << "\"";
    if (!s.dash.empty()) {
      out << " stroke-dasharray=\"";
      for (std::size_t i = 0; i < s.dash.size(); ++i) out << (i ? " " : "") << s.dash[i];
      out << "\"";
    }
    if (s.round) out << " stroke-linecap=\"round\" stroke-linejoin=\"round\"";
  }

  void PathData(const Primitive& p) {
    out << "<path d=\"";
    for (std::size_t i = 0; i < p.points.size(); ++i) {
      out << (i == 0 ? 'M' : 'L') << p.points[i].x * scale_ << ' ' << p.points[i].y * scale_ << ' ';
    }
    if (p.closed) out << 'Z';
    out << "\" ";
  }

  // The id of the pattern for `h`, written before the first path that uses it.
  std::string HatchPattern(const Hatch& h) {
    std::size_t i = 0;
    while (i < hatches_.size() && !(hatches_[i] == h)) ++i;
    const std::string id = "hatch" + std::to_string(i);
    if (i < hatches_.size()) return id;
    hatches_.push_back(h);
    // Vertical lines turned 45 degrees clockwise: rising to the right, as on the map.
    out << "<defs><pattern id=\"" << id << "\" patternUnits=\"userSpaceOnUse\" width=\"" << h.spacing
        << "\" height=\"" << h.spacing << "\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\""
        << h.spacing << "\" stroke=\"" << Hex(h.color) << "\" stroke-opacity=\"" << h.opacity << "\" stroke-width=\""
        << h.width << "\"/></pattern></defs>\n";
    return id;
  }

  void DrawPath(const Primitive& p) {
    if (p.style.hatch.color == kNoColor || !p.closed) {
      PathData(p);
      StyleAttributes(p.style, true);
      out << "/>\n";
      return;
    }
    const std::string pattern = HatchPattern(p.style.hatch);
    Style under = p.style;
    under.stroke = kNoColor;
    PathData(p);
    StyleAttributes(under, true);
    out << "/>\n";
    Style over = p.style;
    over.fill = kNoColor;
    PathData(p);
    out << "fill=\"url(#" << pattern << ")\" ";
    StyleAttributes(over, false);
    out << "/>\n";
  }

  void DrawCross(const Primitive& p) {
    const model::Point c = p.points.front();
    const float s = p.size;
    out << "<path d=\"M" << (c.x - s) * scale_ << ' ' << (c.y - s) * scale_ << " L" << (c.x + s) * scale_
        << ' ' << (c.y + s) * scale_ << " M" << (c.x - s) * scale_ << ' ' << (c.y + s) * scale_ << " L"
        << (c.x + s) * scale_ << ' ' << (c.y - s) * scale_ << "\" ";
    StyleAttributes(p.style, false);
    out << "/>\n";
  }

  void DrawCircle(const Primitive& p) {
    out << "<circle cx=\"" << p.points.front().x * scale_ << "\" cy=\"" << p.points.front().y * scale_
        << "\" r=\"" << Size(p.size, p.size_units) << "\" ";
    StyleAttributes(p.style, true);
    out << "/>\n";
  }

  void DrawText(const Primitive& p) {
    out << "<text x=\"" << p.points.front().x * scale_ << "\" y=\"" << p.points.front().y * scale_
        << "\" font-family=\"sans-serif\" font-size=\"" << p.size * scale_ << "\"";
    if (p.bold) out << " font-weight=\"bold\"";
    if (p.style.fill != kNoColor) out << " fill=\"" << Hex(p.style.fill) << "\"";
    if (p.anchor == TextAnchor::Middle) out << " text-anchor=\"middle\"";
    out << ">" << Escape(p.text) << "</text>\n";
  }

  float scale_;
  std::vector<Hatch> hatches_;  // the patterns defined so far, by index
};

}  // namespace

std::string RenderSvg(const model::Model& m, const SvgOptions& o) {
  SceneOptions so;
  so.views = o.views;
  so.muscles = o.muscles;
  so.outlines = o.outlines;
  so.deep_muscles = o.deep_muscles;
  so.skeleton = o.skeleton;
  so.landmarks = o.landmarks;
  so.labels = o.labels;
  so.rings = o.marks;
  const Scene scene = BuildAtlasScene(m, so);
  SvgPainter painter(o.scale);
  painter.out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << scene.width * o.scale
              << "\" height=\"" << scene.height * o.scale << "\">\n"
              << "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  for (const Primitive& p : scene.items) painter.Draw(p);
  painter.out << "</svg>\n";
  return painter.out.str();
}

}  // namespace knotmap::io
