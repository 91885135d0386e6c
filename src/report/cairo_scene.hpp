// Paints the atlas scene (io/atlas_scene.hpp) with cairo, on any surface (PDF page, PNG image).
#pragma once

#include <cairo.h>

#include <string>

#include "io/atlas_scene.hpp"

namespace knotmap::report {

// Where the scene goes on the surface: device = origin + scene point * scale. `line_unit` is the
// device length of one output unit (line widths, dashes, landmark dots), so a printed map can keep
// the SVG's proportions (scale / 0.5) or thinner lines.
struct Placement {
  double origin_x = 0.0, origin_y = 0.0;  // device units (PDF points or pixels)
  double scale = 1.0;                     // device units per scene unit
  double line_unit = 1.0;                 // device units per output unit
};

// The scene's text uses this family (DejaVu ships with fontconfig on Debian; cairo falls back
// to another sans-serif font when it is missing).
inline constexpr const char* kFontFamily = "DejaVu Sans";

// A cairo write callback that appends to the std::string `closure` (PDF and PNG go to memory first).
cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length);

void SetColor(cairo_t* cr, std::uint32_t rgb, double alpha = 1.0);  // 0xRRGGBB

void PaintScene(cairo_t* cr, const io::Scene& scene, const Placement& at);

// The placement that fits the whole scene into a box (device units), centred, keeping its shape.
Placement FitScene(const io::Scene& scene, double x, double y, double width, double height);

}  // namespace knotmap::report
