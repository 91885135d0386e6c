// The atlas as one list of styled primitives (paths, crosses, circles, text) in scene units, built
// from the model; every painter draws it (SVG here, cairo for the printed plan, and the map, which
// builds each view's still art once at load and paints it in its theme's colours), so the pictures
// never drift apart. Scene units are atlas units with each view shifted into place.
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

// Parallel lines over a fill at 45 degrees, rising to the right (the spillover zones, hatched as
// the map hatches them); sizes in output units.
struct Hatch {
  std::uint32_t color = kNoColor;  // kNoColor: no hatching
  float opacity = 1.0f;
  float spacing = 5.0f;  // between the lines
  float width = 0.8f;
  bool operator==(const Hatch&) const = default;
};

struct Style {
  std::uint32_t fill = kNoColor;
  float fill_opacity = 1.0f;
  std::uint32_t stroke = kNoColor;
  float stroke_opacity = 1.0f;
  float stroke_width = 1.0f;
  Units stroke_units = Units::Output;
  std::vector<float> dash;  // on/off lengths in output units; empty: solid
  bool round = false;       // round caps and joins (brush strokes)
  Hatch hatch;              // over the fill, under the stroke
};

enum class PrimitiveKind { Path, Cross, Circle, Text };

// The layer a primitive belongs to, in painting order: a scene lists each view's primitives layer
// by layer, so a painter can paint a range of layers and put its own drawing between them (the map
// draws the zones and trigger points it highlights between the skeleton and the edges).
enum class Layer : std::uint8_t {
  Title, Skin, Muscles, Skeleton, Zones, Edges, Details, Outline, TriggerPoints, Landmarks, Rings, Marks
};
inline constexpr int kLayerCount = static_cast<int>(Layer::Marks) + 1;

// What a primitive shows, so that a painter with its own colours (the map's two themes) can style
// it; Style holds the printed colours.
enum class Role : std::uint8_t {
  Other,
  Skin,             // the body's fill
  MuscleFill,       // a muscle's fill (Primitive::outline says which)
  DeepMuscleFill,
  Fibre,            // one fibre of a muscle (Primitive::part: its number within the muscle)
  DeepFibre,
  MuscleEdge,       // a muscle's outline
  DeepMuscleEdge,
  Bone,             // a closed bone is filled and outlined; an open one is a line
  Detail,           // a detail line of the drawing (clavicle, crease...)
  BodyOutline,      // the silhouette's edge
};
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
  Layer layer = Layer::Title;
  Role role = Role::Other;
  int outline = -1;  // muscle primitives: the index into Model::outlines
  int part = -1;     // fibres: the fibre's index within its outline
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
  // Views side by side under their titles (a picture). Off: the first view alone, in its own atlas
  // units and without a title (the map's still art, placed by the map's own transform).
  bool framed = true;
};

struct Scene {
  float width = 0.0f;   // scene units
  float height = 0.0f;
  std::vector<Primitive> items;  // in painting order
};

Scene BuildAtlasScene(const model::Model& m, const SceneOptions& options);

// How the scene paints a referral zone of `kind` (also the printed legend's swatches).
Style ZoneStyle(model::ZoneKind kind);

}  // namespace knotmap::io
