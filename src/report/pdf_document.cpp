// The PDF surface writes into a string through cairo's stream callback, so the file itself is
// written once, atomically, by io::WriteFileAtomic.
#include "report/pdf_document.hpp"

#include <cairo-pdf.h>

#include <array>

#include "report/cairo_scene.hpp"

namespace knotmap::report {
namespace {

constexpr double kFootHeight = 40.0;
constexpr const char* kDisclaimer =
    "Knotmap informs; it does not diagnose. This plan lists muscle knots (myofascial trigger points) that "
    "commonly refer pain to the places marked; it cannot rule out other causes. See a doctor for any warning "
    "sign in this plan, for pain after an injury, or for pain that does not ease within a few weeks.";
// Type sizes tried, largest first, when fitting a section into a page.
constexpr std::array<double, 5> kScales{1.0, 0.95, 0.9, 0.85, 0.8};

}  // namespace

PdfDocument::PdfDocument(std::string generated_on) : generated_on_(std::move(generated_on)) {
  surface_ = cairo_pdf_surface_create_for_stream(AppendToString, &bytes_, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, "Knotmap self-care plan");
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Knotmap " KNOTMAP_VERSION);
  cr_ = cairo_create(surface_);
}

PdfDocument::~PdfDocument() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

double PdfDocument::StartPage(const std::string& title) {
  ++pages_;
  Flow head(cr_, Column{kMargin, kMargin - 14.0, kPageWidth - 2 * kMargin, kPageHeight}, 1.0, true);
  head.Paragraph("Knotmap self-care plan" + (generated_on_.empty() ? "" : " \u00b7 " + generated_on_),
                 TextStyle{7.5, false, false, 0x757575});
  Flow flow(cr_, Column{kMargin, kMargin, kPageWidth - 2 * kMargin, kPageHeight}, 1.0, true);
  flow.Paragraph(title, TextStyle{17.0, true, false, 0x212121}, 0.0, 2.0);
  SetColor(cr_, 0xbdbdbd);
  cairo_rectangle(cr_, kMargin, flow.y(), kPageWidth - 2 * kMargin, 0.6);
  cairo_fill(cr_);
  return flow.y() + 8.0;
}

void PdfDocument::EndPage() {
  const double top = kPageHeight - kMargin - kFootHeight + 12.0;
  SetColor(cr_, 0xbdbdbd);
  cairo_rectangle(cr_, kMargin, top - 4.0, kPageWidth - 2 * kMargin, 0.6);
  cairo_fill(cr_);
  Flow foot(cr_, Column{kMargin, top, kPageWidth - 2 * kMargin - 50.0, kPageHeight}, 1.0, true);
  foot.Paragraph(kDisclaimer, TextStyle{7.0, false, true, 0x616161});
  Flow number(cr_, Column{kPageWidth - kMargin - 40.0, top, 40.0, kPageHeight}, 1.0, true);
  number.Paragraph("Page " + std::to_string(pages_), TextStyle{7.5, false, false, 0x616161});
  cairo_show_page(cr_);
}

Column PdfDocument::Body(double top) const {
  return Column{kMargin, top, kPageWidth - 2 * kMargin, kPageHeight - kMargin - kFootHeight};
}

Column PdfDocument::BodyColumn(double top, int column, int columns) const {
  constexpr double kColumnGap = 16.0;
  Column c = Body(top);
  c.width = (c.width - kColumnGap * (columns - 1)) / columns;
  c.left += column * (c.width + kColumnGap);
  return c;
}

double PdfDocument::Fit(double top, int columns, const std::string& continued,
                        const std::function<void(Flow&)>& content, double reserve) {
  const auto first_page = [&](int column) {
    Column c = BodyColumn(top, column, columns);
    c.bottom -= reserve;
    return c;
  };
  double scale = kScales.back();
  for (double s : kScales) {
    Flow probe(cr_, first_page(0), s, false);
    content(probe);
    if (probe.breaks() < columns) {  // columns of a page are alike: a break per column fills them
      scale = s;
      break;
    }
  }
  int column = 0;
  double page_top = top;
  bool first = true;
  Flow flow(cr_, first_page(0), scale, true, [&] {
    if (++column == columns) {
      EndPage();
      page_top = StartPage(continued);
      column = 0;
      first = false;
    }
    return first ? first_page(column) : BodyColumn(page_top, column, columns);
  });
  content(flow);
  return flow.y();
}

std::string PdfDocument::Finish(std::string& error) {
  cairo_surface_finish(surface_);
  const cairo_status_t status = cairo_surface_status(surface_);
  if (status != CAIRO_STATUS_SUCCESS || cairo_status(cr_) != CAIRO_STATUS_SUCCESS) {
    error = std::string("cairo could not draw the PDF: ") +
            cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : cairo_status(cr_));
    return {};
  }
  return std::move(bytes_);
}

}  // namespace knotmap::report
