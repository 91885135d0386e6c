// Text laid out down a column of a page with cairo's text API: runs of styled text wrapped at
// spaces, blocks kept together, and page breaks through a hook. The same code measures (draw =
// false) and draws, so a page can be fitted (smaller type) before anything is drawn.
// Units: PDF points (1/72 inch), y down from the top of the page.
#pragma once

#include <cairo.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace knotmap::report {

struct TextStyle {
  double size = 9.5;  // points, before the flow's scale
  bool bold = false;
  bool italic = false;
  std::uint32_t color = 0x212121;  // 0xRRGGBB
};

struct Run {
  std::string text;  // UTF-8
  TextStyle style;
};

struct Column {
  double left = 0.0, top = 0.0, width = 0.0, bottom = 0.0;
};

class Flow {
 public:
  // `page_break` ends the page and starts the next (returning its first usable y); without one
  // the flow only counts the breaks it would need (measuring).
  Flow(cairo_t* cr, Column column, double scale, bool draw, std::function<double()> page_break = {});

  // Wrapped lines, each `indent` points in from the left edge, then `after` points of space.
  void Paragraph(const std::vector<Run>& runs, double indent = 0.0, double after = 0.0);
  void Paragraph(const std::string& text, TextStyle style, double indent = 0.0, double after = 0.0) {
    Paragraph(std::vector<Run>{{text, style}}, indent, after);
  }
  void Space(double points) { y_ += points * scale_; }
  // Starts a new page first when the next `height` points do not fit on this one.
  void KeepTogether(double height);
  // The height `block` takes at this flow's width and scale (nothing is drawn).
  double Measure(const std::function<void(Flow&)>& block, double indent = 0.0) const;
  // Runs `block` on a tinted band with a coloured bar at its left edge, kept on one page.
  void Band(std::uint32_t tint, std::uint32_t bar, const std::function<void(Flow&)>& block);

  double y() const { return y_; }
  void set_y(double y) { y_ = y; }
  int breaks() const { return breaks_; }
  bool drawing() const { return draw_; }
  double scale() const { return scale_; }
  const Column& column() const { return column_; }
  cairo_t* cr() const { return cr_; }

 private:
  struct Piece {
    std::string text;
    TextStyle style;
    bool space_before = false;
    double width = 0.0;
  };
  std::vector<Piece> Pieces(const std::vector<Run>& runs) const;
  void Line(const std::vector<Piece>& line, double indent);
  void NewPageIfPast(double height);
  double Width(const std::string& text, const TextStyle& style) const;
  void Select(const TextStyle& style) const;

  cairo_t* cr_;
  Column column_;
  double scale_;
  bool draw_;
  std::function<double()> page_break_;
  double y_;
  int breaks_ = 0;
};

}  // namespace knotmap::report
