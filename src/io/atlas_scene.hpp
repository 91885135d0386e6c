// The atlas as one list of styled primitives (paths, crosses, circles, text) in scene units, built
// from the model once per picture; every painter (SVG here, cairo for the printed plan) draws it,
// so the pictures never drift apart. Scene units are atlas units with each view shifted into place.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/model.hpp"
#include "model/query.hpp"

namespace knotmap::io {

// 0xRRGGBB; kNoColor leaves the fill or the stroke out (for text: the painter's default ink).
inline constexpr std::uint32_t kNoColor = 0xFFFFFFFFu;

// Whether a size is in scene (atlas) units, scaling with the picture, or in output units (SVG
// pixels, PDF points), so that hairlines stay hairlines at any scale.
enum class Units { Scene, Output };

struct Style {
  std::uint32_t fill = kNoColor;
  float fill_opacity = 1.0f;
  std::uint32_t stroke = kNoColor;
  float stroke_opacity = 1.0f;
  float stroke_width = 1.0f;
  Units stroke_units = Units::Output;
  std::vector<float> dash;  // on/off lengths in output units; empty: solid
  bool round = false;       // round caps and joins (brush strokes)
};

enum class PrimitiveKind { Path, Cross, Circle, Text };
enum class TextAnchor { Start, Middle };

struct Primitive {
  PrimitiveKind kind = PrimitiveKind::Path;
  Style style;
  std::vector<model::Point> points;  // Path: the vertices; Cross, Circle, Text: the one anchor point
  bool closed = false;               // Path
  float size = 0.0f;                 // Cross: half size (scene); Circle: radius; Text: font size (scene)
  Units size_units = Units::Scene;   // Circle radius
  std::string text;                  // Text, UTF-8
  TextAnchor anchor = TextAnchor::Start;
  bool bold = false;
};

struct SceneOptions {
  std::vector<model::View> views{model::View::Front, model::View::Back};  // side by side
  std::vector<std::string> muscles;  // muscles whose trigger points and zones are drawn (both sides)
  std::vector<int> instances;        // single trigger point instances drawn as well (Model::instances)
  bool outlines = true;              // the muscles: filled, with their fibres and edges
  bool deep_muscles = false;         // deep muscles too, beneath the superficial ones
  bool skeleton = true;              // the bones, faint (skeleton_scene.cpp)
  bool landmarks = false;
  bool labels = false;               // landmark names
  std::vector<std::pair<model::View, model::Point>> rings;  // pain spots as small rings (content review)
  std::vector<model::PainMark> marks;  // pain marks drawn in their own shape, numbered from 1
};

struct Scene {
  float width = 0.0f;   // scene units
  float height = 0.0f;
  std::vector<Primitive> items;  // in painting order
};

Scene BuildAtlasScene(const model::Model& m, const SceneOptions& options);

}  // namespace knotmap::io
