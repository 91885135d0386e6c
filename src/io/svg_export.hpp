// Renders the atlas to SVG (no window needed): the body, muscle outlines, a muscle's trigger points
// and referral zones, landmarks and pain marks. Used by `knotmap render` and for content review.
#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"

namespace knotmap::io {

struct SvgOptions {
  std::vector<model::View> views{model::View::Front, model::View::Back};  // side by side
  std::vector<std::string> muscles;  // muscles whose trigger points and zones are drawn
  bool outlines = true;              // the muscles (filled, with fibres and edges)
  bool deep_muscles = false;         // the deep muscles as well
  bool skeleton = true;              // the bones, faint
  bool landmarks = false;
  bool labels = false;               // landmark names
  std::vector<std::pair<model::View, model::Point>> marks;  // pain spots
  float scale = 0.5f;                // SVG pixels per atlas unit
};

std::string RenderSvg(const model::Model& m, const SvgOptions& options);

}  // namespace knotmap::io
