// Geometric checks on authored shapes: enough area, no self-intersection, inside the view frame,
// and for the skeleton layer: bones under the skin, bony landmarks on their bones.
#pragma once

#include <span>
#include <string_view>

#include "io/toml_reader.hpp"
#include "model/scanline_index.hpp"
#include "model/types.hpp"

namespace knotmap::io {

// Minimum area of a zone or outline, in square atlas units (a 6 x 6 square).
inline constexpr float kMinShapeArea = 36.0f;

// How far (atlas units, about 7 mm) a landmark a bone lists may lie outside that bone. Some bony
// landmarks (the acromion, the greater trochanter) are felt right under the skin, where the bone
// drawn inside the silhouette cannot quite reach them.
inline constexpr float kBoneLandmarkReach = 8.0f;

// Reports a degenerate or self-intersecting smooth shape at the key holding its control points.
void CheckShape(const TomlReader& r, std::string_view key, const model::Shape& shape);

// Reports the first point of `line` (a flattened bone or outline) that leaves the body silhouette,
// given as its scanline index (a few edges per point, so long lines stay cheap): bones and muscles
// are drawn under the skin. A point within `tolerance` atlas units of the silhouette passes (an
// outline that follows the skin may graze it). `what` names the line in the message ("bone
// 'femur'").
void CheckInsideBody(const TomlReader& r, std::string_view key, std::span<const model::Point> line,
                     const model::ScanlineIndex& body, std::string_view what, float tolerance = 0.0f);

// How far (atlas units, under a pixel at fit size) a muscle's smoothed outline may leave the skin.
inline constexpr float kOutlineSkinTolerance = 2.0f;

// Atlas units from `p` to the bone: 0 inside a closed bone, otherwise to its outline or line.
float DistanceToBone(const model::Bone& bone, model::Point p);

// Reports `landmark` when it lies farther than kBoneLandmarkReach from `bone`, at the node that
// names it in the bone's `landmarks` list.
void CheckLandmarkOnBone(const TomlReader& r, const toml::node* at, const model::Bone& bone,
                         const model::Landmark& landmark);

}  // namespace knotmap::io
