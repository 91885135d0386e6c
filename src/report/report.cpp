// The report's two files. Cairo draws into memory; the bytes then go to disk in one atomic write
// (io::WriteFileAtomic), so a full disk or a missing folder never leaves a partial file.
#include "report/report.hpp"

#include <cairo.h>

#include <cmath>

#include "io/file_io.hpp"
#include "report/cairo_scene.hpp"
#include "report/pdf_document.hpp"
#include "report/report_pages.hpp"

namespace knotmap::report {
namespace {

constexpr int kMinPngWidth = 64, kMaxPngWidth = 8192;

std::string CheckInput(const ReportInput& in) {
  if (in.model == nullptr) return "no content model was given";
  if (in.analysis == nullptr) return "no analysis of the marks was given";
  return {};
}

}  // namespace

std::string WritePlanPdf(const ReportInput& in, const std::filesystem::path& out) {
  if (std::string error = CheckInput(in); !error.empty()) return error;
  PdfDocument doc(in.generated_on);
  DrawMapPage(doc, in);
  DrawPlanPage(doc, in);
  std::string error;
  const std::string bytes = doc.Finish(error);
  if (!error.empty()) return error;
  return io::WriteFileAtomic(out, bytes);
}

std::string WriteMapPng(const ReportInput& in, const std::filesystem::path& out, int width_px) {
  if (std::string error = CheckInput(in); !error.empty()) return error;
  if (width_px < kMinPngWidth || width_px > kMaxPngWidth) {
    return "the width must be " + std::to_string(kMinPngWidth) + " to " + std::to_string(kMaxPngWidth) +
           " pixels, not " + std::to_string(width_px);
  }
  const io::Scene scene = MapScene(in);
  const double scale = width_px / static_cast<double>(scene.width);
  const int height_px = static_cast<int>(std::ceil(scene.height * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1.0, 1.0, 1.0);
  cairo_paint(cr);
  Placement at;
  at.scale = scale;
  at.line_unit = std::max(scale / 0.5, 0.5);  // the SVG's proportions at its default 0.5 px/unit
  PaintScene(cr, scene, at);
  std::string bytes;
  cairo_status_t status = cairo_status(cr);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_write_to_png_stream(surface, AppendToString, &bytes);
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return std::string("cairo could not draw the PNG: ") + cairo_status_to_string(status);
  return io::WriteFileAtomic(out, bytes);
}

}  // namespace knotmap::report
