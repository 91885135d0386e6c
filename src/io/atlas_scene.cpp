// The atlas scene, drawn the classic way: muscles in a muscle tone with their fibres, X marks for
// trigger points, essential zones solid red, spillover zones lighter red, hatched, with a dashed
// edge, pain marks in blue on top.
#include "io/atlas_scene.hpp"

#include <algorithm>
#include <cmath>

#include "io/skeleton_scene.hpp"

namespace knotmap::io {
namespace {

// Scene layout: views side by side, each framed by half a gap left and right, a title band above.
constexpr float kGap = 80.0f;
constexpr float kTop = 40.0f;
constexpr float kBottom = 20.0f;

Style Outline(std::uint32_t fill, std::uint32_t stroke, float width) {
  Style s;
  s.fill = fill;
  s.stroke = stroke;
  s.stroke_width = width;
  return s;
}

// What a path is: its layer and role, and for a muscle's paths the outline and the fibre's number.
struct Tag {
  Layer layer;
  Role role = Role::Other;
  int outline = -1;
  int part = -1;
};

void AddPath(Scene& scene, const std::vector<model::Point>& pts, model::Point offset, bool closed,
             Style style, Tag tag) {
  if (pts.empty()) return;
  Primitive p;
  p.kind = PrimitiveKind::Path;
  p.style = std::move(style);
  p.closed = closed;
  p.layer = tag.layer;
  p.role = tag.role;
  p.outline = tag.outline;
  p.part = tag.part;
  p.points.reserve(pts.size());
  for (model::Point q : pts) p.points.push_back({q.x + offset.x, q.y + offset.y});
  scene.items.push_back(std::move(p));
}

void AddText(Scene& scene, Layer layer, model::Point at, float size, std::string text, TextAnchor anchor,
             std::uint32_t fill, bool bold = false) {
  Primitive p;
  p.kind = PrimitiveKind::Text;
  p.layer = layer;
  p.points = {at};
  p.size = size;
  p.text = std::move(text);
  p.anchor = anchor;
  p.style.fill = fill;
  p.bold = bold;
  scene.items.push_back(std::move(p));
}

void AddCircle(Scene& scene, Layer layer, model::Point at, float radius, Units units, Style style) {
  Primitive p;
  p.kind = PrimitiveKind::Circle;
  p.layer = layer;
  p.points = {at};
  p.size = radius;
  p.size_units = units;
  p.style = std::move(style);
  scene.items.push_back(std::move(p));
}

bool Drawn(const SceneOptions& o, const model::Model& m, int instance) {
  const std::string& id = m.muscles[m.instances[instance].muscle].id;
  return std::find(o.muscles.begin(), o.muscles.end(), id) != o.muscles.end() ||
         std::find(o.instances.begin(), o.instances.end(), instance) != o.instances.end();
}

void AddZones(Scene& scene, const model::TriggerPointInstance& inst, model::View v, model::Point off,
              model::ZoneKind kind) {
  {
    for (const auto& z : inst.zones) {
      if (z.view != v || z.kind != kind) continue;
      AddPath(scene, z.shape.polygon, off, true, ZoneStyle(kind), {Layer::Zones});
    }
  }
}

void AddCross(Scene& scene, const model::TriggerPointInstance& inst, model::View v, model::Point off) {
  if (inst.view != v) return;
  Primitive x;
  x.kind = PrimitiveKind::Cross;
  x.layer = Layer::TriggerPoints;
  x.points = {inst.at + off};
  x.size = 9.0f;
  x.style = Outline(kNoColor, 0x000000, 2.5f);
  scene.items.push_back(std::move(x));
}

// Outlines shown on view `v`, largest first: the painting order of fills, so a small muscle over a
// large one stays visible (the map's order too).
// Outlines shown on view `v` (indexes into Model::outlines), largest first: the painting order of
// fills, so a small muscle over a large one stays visible.
std::vector<int> ShownOutlines(const model::Model& m, const SceneOptions& o, model::View v) {
  std::vector<std::pair<float, int>> shown;
  for (std::size_t i = 0; i < m.outlines.size(); ++i) {
    const model::OutlineInstance& ol = m.outlines[i];
    if (ol.view == v && (!ol.deep || o.deep_muscles)) {
      shown.emplace_back(std::abs(model::SignedArea(ol.shape.polygon)), static_cast<int>(i));
    }
  }
  std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<int> out;
  for (const auto& [area, i] : shown) out.push_back(i);
  return out;
}

void AddMuscles(Scene& scene, const model::Model& m, const std::vector<int>& shown, const SceneOptions& o,
                model::Point off) {
  for (const bool deep : {true, false}) {
    for (const int i : shown) {
      const model::OutlineInstance& ol = m.outlines[i];
      if (ol.deep != deep) continue;
      Style fill = Outline(deep ? 0xecd6ce : 0xecc4b6, kNoColor, 0.0f);
      if (!deep && o.deep_muscles) fill.fill_opacity = 0.6f;
      AddPath(scene, ol.shape.polygon, off, true, std::move(fill),
              {Layer::Muscles, deep ? Role::DeepMuscleFill : Role::MuscleFill, i});
      Style fibre = Outline(kNoColor, deep ? 0xaa8282 : 0xbe8070, 0.6f);
      fibre.stroke_opacity = deep ? 0.3f : 0.4f;
      for (std::size_t f = 0; f < ol.fibres.size(); ++f) {
        AddPath(scene, ol.fibres[f], off, false, fibre,
                {Layer::Muscles, deep ? Role::DeepFibre : Role::Fibre, i, static_cast<int>(f)});
      }
    }
  }
}

void AddMuscleEdges(Scene& scene, const model::Model& m, const std::vector<int>& shown, model::Point off) {
  for (const int i : shown) {
    const model::OutlineInstance& ol = m.outlines[i];
    Style s = Outline(kNoColor, ol.deep ? 0x786e96 : 0x966459, 0.8f);
    s.stroke_opacity = 0.5f;
    if (ol.deep) s.dash = {4.0f, 3.0f};
    AddPath(scene, ol.shape.polygon, off, true, std::move(s),
            {Layer::Edges, ol.deep ? Role::DeepMuscleEdge : Role::MuscleEdge, i});
  }
}

void AddPainMark(Scene& scene, const model::PainMark& mark, int number, model::Point off) {
  if (mark.points.empty()) return;
  constexpr std::uint32_t kBlue = 0x1e88e5;
  if (mark.kind == model::MarkKind::Spot || mark.points.size() == 1) {
    Style s = Outline(kBlue, kBlue, 1.5f);
    s.fill_opacity = 0.3f;
    AddCircle(scene, Layer::Marks, mark.points.front() + off, mark.radius, Units::Scene, std::move(s));
  } else {
    Style s = Outline(kNoColor, kBlue, 2.0f * mark.radius);
    s.stroke_units = Units::Scene;
    s.stroke_opacity = 0.45f;
    s.round = true;
    AddPath(scene, mark.points, off, false, std::move(s), {Layer::Marks});
  }
  // The number the findings refer to ("mark 1"), beside the mark's first point.
  const model::Point at = mark.points.front() + off + model::Point{mark.radius * 0.8f, -mark.radius * 0.8f};
  AddText(scene, Layer::Marks, at, 40.0f, std::to_string(number), TextAnchor::Start, 0x0d47a1, true);
}

void AddView(Scene& scene, const model::Model& m, const SceneOptions& o, model::View v, model::Point off) {
  const model::ViewAtlas& atlas = m.Atlas(v);
  if (o.framed) {
    AddText(scene, Layer::Title, {off.x + atlas.width * 0.5f, 30.0f}, 36.0f, v == model::View::Front ? "Front" : "Back",
            TextAnchor::Middle, kNoColor);
  }
  // As the map paints it: skin, muscles with their fibres, the faint skeleton, zones (spillover under essential, so
  // essential zones sit on top where they overlap), muscle edges, detail lines, the silhouette's
  // edge, then the trigger points' X marks.
  AddPath(scene, atlas.body.polygon, off, true, Outline(0xf6e3d4, kNoColor, 0.0f), {Layer::Skin, Role::Skin});
  const auto shown = o.outlines ? ShownOutlines(m, o, v) : std::vector<int>{};
  AddMuscles(scene, m, shown, o, off);
  if (o.skeleton) AddSkeleton(scene, atlas, off);
  for (model::ZoneKind kind : {model::ZoneKind::Spillover, model::ZoneKind::Essential}) {
    for (std::size_t i = 0; i < m.instances.size(); ++i) {
      if (Drawn(o, m, static_cast<int>(i))) AddZones(scene, m.instances[i], v, off, kind);
    }
  }
  AddMuscleEdges(scene, m, shown, off);
  for (const auto& d : atlas.details) {
    AddPath(scene, d.points, off, false, Outline(kNoColor, 0x8d6e63, 0.9f), {Layer::Details, Role::Detail});
  }
  AddPath(scene, atlas.body.polygon, off, true, Outline(kNoColor, 0x5d4037, 1.6f), {Layer::Outline, Role::BodyOutline});
  for (std::size_t i = 0; i < m.instances.size(); ++i) {
    if (Drawn(o, m, static_cast<int>(i))) AddCross(scene, m.instances[i], v, off);
  }
  if (o.landmarks) {
    for (const auto& l : atlas.landmarks) {
      AddCircle(scene, Layer::Landmarks, l.at + off, 2.0f, Units::Output, Outline(0x1565c0, kNoColor, 1.0f));
      if (o.labels) {
        AddText(scene, Layer::Landmarks, {l.at.x + off.x + 5, l.at.y + off.y + 3}, 22.0f, l.name, TextAnchor::Start,
                0x1565c0);
      }
    }
  }
  for (const auto& [mv, p] : o.rings) {
    if (mv == v) AddCircle(scene, Layer::Rings, p + off, 12.0f, Units::Scene, Outline(kNoColor, 0x1e88e5, 2.0f));
  }
  for (std::size_t i = 0; i < o.marks.size(); ++i) {
    if (o.marks[i].view == v) AddPainMark(scene, o.marks[i], static_cast<int>(i) + 1, off);
  }
}

}  // namespace

Style ZoneStyle(model::ZoneKind kind) {
  Style s;
  if (kind == model::ZoneKind::Essential) {
    s = Outline(0xd32f2f, 0x8e0000, 1.0f);
    s.fill_opacity = 0.85f;
  } else {
    // Lighter, hatched and with a dashed edge, as the map draws it.
    s = Outline(0xef9a9a, 0xc62828, 1.0f);
    s.fill_opacity = 0.45f;
    s.dash = {5.0f, 3.0f};
    s.hatch = {.color = 0xc62828, .opacity = 0.8f, .spacing = 4.0f, .width = 0.7f};
  }
  return s;
}

Scene BuildAtlasScene(const model::Model& m, const SceneOptions& o) {
  Scene scene;
  if (!o.framed) {
    if (o.views.empty()) return scene;
    scene.width = m.Atlas(o.views.front()).width;
    scene.height = m.Atlas(o.views.front()).height;
    AddView(scene, m, o, o.views.front(), {0.0f, 0.0f});
    return scene;
  }
  float total_h = 0.0f;
  for (model::View v : o.views) {
    scene.width += m.Atlas(v).width + kGap;
    total_h = std::max(total_h, m.Atlas(v).height);
  }
  scene.height = total_h + (kTop + kBottom);
  float x = kGap * 0.5f;
  for (model::View v : o.views) {
    AddView(scene, m, o, v, {x, kTop});
    x += m.Atlas(v).width + kGap;
  }
  return scene;
}

}  // namespace knotmap::io
