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
constexpr std::array<double, 6> kScales{1.0, 0.94, 0.88, 0.82, 0.77, 0.72};

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

void PdfDocument::Fit(double top, const std::string& continued, const std::function<void(Flow&)>& content) {
  double scale = kScales.back();
  for (double s : kScales) {
    Flow probe(cr_, Body(top), s, false);
    content(probe);
    if (probe.breaks() == 0) {
      scale = s;
      break;
    }
  }
  Flow flow(cr_, Body(top), scale, true, [this, &continued] {
    EndPage();
    return StartPage(continued);
  });
  content(flow);
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
