// Cairo painter of the atlas scene: paths, trigger point crosses, circles and text, with the same
// colours, opacities, dashes and hatching as the SVG painter.
#include "report/cairo_scene.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace knotmap::report {

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void SetColor(cairo_t* cr, std::uint32_t rgb, double alpha) {
  cairo_set_source_rgba(cr, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0,
                        alpha);
}

namespace {

class CairoPainter {
 public:
  CairoPainter(cairo_t* cr, const Placement& at) : cr_(cr), at_(at) {}

  void Draw(const io::Primitive& p) {
    switch (p.kind) {
      case io::PrimitiveKind::Path: return DrawPath(p);
      case io::PrimitiveKind::Cross: return DrawCross(p);
      case io::PrimitiveKind::Circle: return DrawCircle(p);
      case io::PrimitiveKind::Text: return DrawText(p);
    }
  }

 private:
  double X(model::Point p) const { return at_.origin_x + p.x * at_.scale; }
  double Y(model::Point p) const { return at_.origin_y + p.y * at_.scale; }
  double Size(float size, io::Units units) const {
    return units == io::Units::Scene ? size * at_.scale : size * at_.line_unit;
  }

  // Lines at 45 degrees, rising to the right, over the current path's area; the path is kept.
  void Hatch(const io::Hatch& h) {
    cairo_path_t* path = cairo_copy_path(cr_);
    double x0, y0, x1, y1;
    cairo_fill_extents(cr_, &x0, &y0, &x1, &y1);
    cairo_save(cr_);
    cairo_clip(cr_);
    const double spacing = std::max(h.spacing * at_.line_unit, 0.5);
    // Lines x + y = c, spaced `spacing` apart across the box (phase anchored at the origin).
    const double step = spacing * std::sqrt(2.0);
    for (double c = std::floor((x0 + y0) / step) * step; c <= x1 + y1; c += step) {
      cairo_move_to(cr_, c - y1, y1);
      cairo_line_to(cr_, c - y0, y0);
    }
    SetColor(cr_, h.color, h.opacity);
    cairo_set_line_width(cr_, h.width * at_.line_unit);
    cairo_set_dash(cr_, nullptr, 0, 0.0);
    cairo_stroke(cr_);
    cairo_restore(cr_);
    cairo_append_path(cr_, path);
    cairo_path_destroy(path);
  }

  // Fills, hatches and strokes the current path with the style, then clears it.
  void FillAndStroke(const io::Style& s) {
    if (s.fill != io::kNoColor) {
      SetColor(cr_, s.fill, s.fill_opacity);
      cairo_fill_preserve(cr_);
    }
    if (s.hatch.color != io::kNoColor) Hatch(s.hatch);
    if (s.stroke != io::kNoColor) {
      SetColor(cr_, s.stroke, s.stroke_opacity);
      cairo_set_line_width(cr_, Size(s.stroke_width, s.stroke_units));
      std::vector<double> dash;
      for (float d : s.dash) dash.push_back(d * at_.line_unit);
      cairo_set_dash(cr_, dash.data(), static_cast<int>(dash.size()), 0.0);
      cairo_set_line_cap(cr_, s.round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_set_line_join(cr_, s.round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER);
      cairo_stroke_preserve(cr_);
    }
    cairo_new_path(cr_);
  }

  void DrawPath(const io::Primitive& p) {
    if (p.points.empty()) return;
    cairo_move_to(cr_, X(p.points.front()), Y(p.points.front()));
    for (std::size_t i = 1; i < p.points.size(); ++i) cairo_line_to(cr_, X(p.points[i]), Y(p.points[i]));
    if (p.closed) cairo_close_path(cr_);
    FillAndStroke(p.style);
  }

  void DrawCross(const io::Primitive& p) {
    const double cx = X(p.points.front()), cy = Y(p.points.front()), s = p.size * at_.scale;
    cairo_move_to(cr_, cx - s, cy - s);
    cairo_line_to(cr_, cx + s, cy + s);
    cairo_move_to(cr_, cx - s, cy + s);
    cairo_line_to(cr_, cx + s, cy - s);
    io::Style stroke_only = p.style;
    stroke_only.fill = io::kNoColor;
    FillAndStroke(stroke_only);
  }

  void DrawCircle(const io::Primitive& p) {
    cairo_new_sub_path(cr_);
    cairo_arc(cr_, X(p.points.front()), Y(p.points.front()), Size(p.size, p.size_units), 0.0, 2.0 * M_PI);
    FillAndStroke(p.style);
  }

  void DrawText(const io::Primitive& p) {
    cairo_select_font_face(cr_, kFontFamily, CAIRO_FONT_SLANT_NORMAL,
                           p.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, p.size * at_.scale);
    double x = X(p.points.front());
    if (p.anchor == io::TextAnchor::Middle) {
      cairo_text_extents_t e;
      cairo_text_extents(cr_, p.text.c_str(), &e);
      x -= e.x_advance * 0.5;
    }
    SetColor(cr_, p.style.fill == io::kNoColor ? 0x000000 : p.style.fill, 1.0);
    cairo_move_to(cr_, x, Y(p.points.front()));
    cairo_show_text(cr_, p.text.c_str());
    cairo_new_path(cr_);
  }

  cairo_t* cr_;
  Placement at_;
};

}  // namespace

void PaintScene(cairo_t* cr, const io::Scene& scene, const Placement& at) {
  cairo_save(cr);
  CairoPainter painter(cr, at);
  for (const io::Primitive& p : scene.items) painter.Draw(p);
  cairo_restore(cr);
}

Placement FitScene(const io::Scene& scene, double x, double y, double width, double height) {
  Placement at;
  if (scene.width <= 0.0f || scene.height <= 0.0f) return at;
  at.scale = std::min(width / scene.width, height / scene.height);
  at.origin_x = x + (width - scene.width * at.scale) * 0.5;
  at.origin_y = y + (height - scene.height * at.scale) * 0.5;
  at.line_unit = std::max(at.scale / 0.5, 0.35);  // the SVG's proportions at its default 0.5 px/unit
  return at;
}

}  // namespace knotmap::report
