// Greedy line breaking at spaces over styled runs; a word wider than the column is cut between
// characters (UTF-8 aware) rather than running off the page.
#include "report/text_flow.hpp"

#include <algorithm>

#include "report/cairo_scene.hpp"

namespace knotmap::report {
namespace {

constexpr double kLineHeight = 1.3;  // of the font size
constexpr double kAscent = 0.95;     // baseline below the line's top, of the font size

bool ContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

Flow::Flow(cairo_t* cr, Column column, double scale, bool draw, std::function<double()> page_break)
    : cr_(cr), column_(column), scale_(scale), draw_(draw), page_break_(std::move(page_break)),
      y_(column.top) {}

void Flow::Select(const TextStyle& style) const {
  cairo_select_font_face(cr_, kFontFamily, style.italic ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL,
                         style.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr_, style.size * scale_);
}

double Flow::Width(const std::string& text, const TextStyle& style) const {
  Select(style);
  cairo_text_extents_t e;
  cairo_text_extents(cr_, text.c_str(), &e);
  return e.x_advance;
}

std::vector<Flow::Piece> Flow::Pieces(const std::vector<Run>& runs) const {
  std::vector<Piece> pieces;
  bool space = false;
  for (const Run& run : runs) {
    std::string word;
    auto flush = [&] {
      if (word.empty()) return;
      pieces.push_back({word, run.style, space, Width(word, run.style)});
      word.clear();
      space = false;
    };
    for (char c : run.text) {
      if (c == ' ' || c == '\n' || c == '\t') {
        flush();
        space = !pieces.empty();
      } else {
        word += c;
      }
    }
    flush();
  }
  return pieces;
}

void Flow::NewPageIfPast(double height) {
  if (y_ + height <= column_.bottom || y_ <= column_.top + 0.5) return;
  ++breaks_;
  y_ = page_break_ ? page_break_() : column_.top;
}

void Flow::KeepTogether(double height) { NewPageIfPast(height); }

void Flow::Line(const std::vector<Piece>& line, double indent) {
  double size = 0.0;
  for (const Piece& p : line) size = std::max(size, p.style.size * scale_);
  NewPageIfPast(size * kLineHeight);
  if (draw_) {
    double x = column_.left + indent;
    const double baseline = y_ + size * kAscent;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (i > 0 && line[i].space_before) x += Width(" ", line[i - 1].style);
      Select(line[i].style);
      SetColor(cr_, line[i].style.color);
      cairo_move_to(cr_, x, baseline);
      cairo_show_text(cr_, line[i].text.c_str());
      x += line[i].width;
    }
    cairo_new_path(cr_);
  }
  y_ += size * kLineHeight;
}

void Flow::Paragraph(const std::vector<Run>& runs, double indent, double after) {
  indent *= scale_;
  const double avail = column_.width - indent;
  std::vector<Piece> pieces = Pieces(runs);
  // Words are pieces joined without a space; cut any piece wider than the column.
  std::vector<Piece> cut;
  for (Piece& p : pieces) {
    if (p.width <= avail) {
      cut.push_back(std::move(p));
      continue;
    }
    std::string chunk;
    bool first = true;
    std::size_t i = 0;
    while (i < p.text.size()) {
      std::size_t end = i + 1;  // one whole UTF-8 character: cairo refuses a broken one
      while (end < p.text.size() && ContinuationByte(p.text[end])) ++end;
      const std::string character = p.text.substr(i, end - i);
      if (!chunk.empty() && Width(chunk + character, p.style) > avail) {
        cut.push_back({chunk, p.style, first ? p.space_before : true, Width(chunk, p.style)});
        chunk.clear();
        first = false;
      }
      chunk += character;
      i = end;
    }
    if (!chunk.empty()) cut.push_back({chunk, p.style, first ? p.space_before : true, Width(chunk, p.style)});
  }
  std::vector<Piece> line;
  double width = 0.0;
  std::size_t i = 0;
  while (i < cut.size()) {
    std::size_t j = i + 1;  // the word is cut[i, j)
    double word = cut[i].width;
    while (j < cut.size() && !cut[j].space_before) word += cut[j++].width;
    const double space = line.empty() ? 0.0 : Width(" ", line.back().style);
    if (!line.empty() && width + space + word > avail) {
      Line(line, indent);
      line.clear();
      width = 0.0;
      continue;
    }
    width += space + word;
    for (std::size_t k = i; k < j; ++k) line.push_back(cut[k]);
    i = j;
  }
  if (!line.empty()) Line(line, indent);
  y_ += after * scale_;
}

double Flow::Measure(const std::function<void(Flow&)>& block, double indent) const {
  Flow probe(cr_, Column{column_.left + indent, 0.0, column_.width - indent, 1e9}, scale_, false);
  block(probe);
  return probe.y();
}

void Flow::Band(std::uint32_t tint, std::uint32_t bar, const std::function<void(Flow&)>& block) {
  const double pad = 4.0 * scale_;
  const double inset = 3.0 * pad;
  const double height = Measure(block, inset + pad) + 2.0 * pad;
  KeepTogether(height);
  if (draw_) {
    SetColor(cr_, tint);
    cairo_rectangle(cr_, column_.left, y_, column_.width, height);
    cairo_fill(cr_);
    SetColor(cr_, bar);
    cairo_rectangle(cr_, column_.left, y_, 3.0 * scale_, height);
    cairo_fill(cr_);
  }
  Flow inner(cr_, Column{column_.left + inset, y_ + pad, column_.width - inset - pad, column_.bottom}, scale_,
             draw_);
  block(inner);
  y_ = y_ + height;
}

}  // namespace knotmap::report
