// An A4 PDF being drawn in memory: the page chrome (running head, title, the disclaimer and the
// page number at the foot), the body column, and the fitting of a section into what is left of
// a page. Units: PDF points, y down from the top of the page.
#pragma once

#include <cairo.h>

#include <functional>
#include <string>

#include "report/text_flow.hpp"

namespace knotmap::report {

inline constexpr double kPageWidth = 595.276;   // A4, points
inline constexpr double kPageHeight = 841.890;
inline constexpr double kMargin = 42.0;

class PdfDocument {
 public:
  explicit PdfDocument(std::string generated_on);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  cairo_t* cr() const { return cr_; }
  // Draws the running head and `title`; returns the y where the page's content starts.
  double StartPage(const std::string& title);
  void EndPage();  // the foot (disclaimer, page number), then the next page
  Column Body(double top) const;  // the text column from `top` down to the foot
  Column BodyColumn(double top, int column, int columns) const;  // one of `columns` side by side
  int pages() const { return pages_; }

  // Draws `content` from `top` in `columns` columns, in the largest type that fits on this page
  // with `reserve` points left free at its foot; when even the smallest does not fit, it goes on
  // over pages titled `continued` (those without the reserve). Returns where the content ends.
  double Fit(double top, int columns, const std::string& continued, const std::function<void(Flow&)>& content,
             double reserve = 0.0);

  // Finishes the file: its bytes, or "" and `error` set when cairo failed.
  std::string Finish(std::string& error);

 private:
  std::string generated_on_;
  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  int pages_ = 0;
};

}  // namespace knotmap::report
