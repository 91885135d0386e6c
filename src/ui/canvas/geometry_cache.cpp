// Builds the cached drawing geometry: Douglas-Peucker levels of detail, ear-clipped fills (the
// body, muscles and zones are concave, ImGui 1.86 only fills convex polygons) and clipped hatch
// lines.
#include "ui/canvas/geometry_cache.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

#include "model/geometry.hpp"

namespace knotmap::ui {
namespace {

using model::Point;

void SimplifyRange(const std::vector<Point>& pts, std::size_t first, std::size_t last,
                   float tolerance, std::vector<char>& keep) {
  // Iterative to stay safe on long lines.
  std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
  while (!stack.empty()) {
    const auto [a, b] = stack.back();
    stack.pop_back();
    if (b <= a + 1) continue;
    float worst = -1.0f;
    std::size_t worst_i = a;
    for (std::size_t i = a + 1; i < b; ++i) {
      const float d = model::DistanceToSegment(pts[i], pts[a], pts[b]);
      if (d > worst) {
        worst = d;
        worst_i = i;
      }
    }
    if (worst > tolerance) {
      keep[worst_i] = 1;
      stack.push_back({a, worst_i});
      stack.push_back({worst_i, b});
    }
  }
}

Fill Triangulated(const std::vector<Point>& polygon) {
  Fill f;
  f.points = polygon;
  for (const auto& tri : model::Triangulate(polygon)) {
    f.indices.insert(f.indices.end(), tri.begin(), tri.end());
  }
  return f;
}

LodPolygon MakeLod(const std::vector<Point>& points, bool closed) {
  LodPolygon lod;
  lod.levels[0] = points;
  for (int level = 1; level < kLodLevels; ++level) {
    lod.levels[level] = Simplify(points, kLodTolerance[level], closed);
  }
  return lod;
}

// `outlines` (parallel to Model::outlines) already holds each muscle's levels of detail and fill.
ArtItem Prepare(const io::Primitive& p, const std::vector<OutlineGeometry>& outlines) {
  ArtItem a;
  a.layer = p.layer;
  a.role = p.role;
  a.outline = p.outline;
  a.part = p.part;
  a.closed = p.closed;
  a.bounds = model::BoundsOf(p.points);
  const bool filled = p.closed && p.style.fill != io::kNoColor;
  const bool muscle = p.outline >= 0 && p.outline < static_cast<int>(outlines.size());
  switch (p.role) {
    case io::Role::MuscleFill:
    case io::Role::DeepMuscleFill:
      a.fills.push_back(muscle ? outlines[p.outline].fill : Triangulated(Simplify(p.points, kLodTolerance[1], true)));
      return a;
    case io::Role::MuscleEdge:
    case io::Role::DeepMuscleEdge:
      if (muscle) {
        a.lines.assign(outlines[p.outline].outline.levels.begin(), outlines[p.outline].outline.levels.end());
        return a;
      }
      break;
    case io::Role::Fibre:
    case io::Role::DeepFibre:
      a.lines.push_back(p.points);
      return a;
    default:
      break;
  }
  LodPolygon lod = MakeLod(p.points, p.closed);
  for (int level = 0; filled && level < kLodLevels; ++level) a.fills.push_back(Triangulated(lod.levels[level]));
  if (p.style.stroke != io::kNoColor) {
    for (auto& line : lod.levels) a.lines.push_back(std::move(line));
  }
  return a;
}

// The still art of one view: the unframed atlas scene of that view, every muscle layer in it.
ViewArt BuildArt(const model::Model& model, model::View v, const std::vector<OutlineGeometry>& outlines) {
  io::SceneOptions o;
  o.views = {v};
  o.framed = false;
  o.deep_muscles = true;
  const io::Scene scene = io::BuildAtlasScene(model, o);
  ViewArt art;
  for (const io::Primitive& p : scene.items) {
    if (p.kind != io::PrimitiveKind::Path || p.points.empty()) continue;
    auto& range = art.layers[static_cast<int>(p.layer)];
    if (range.first == range.second) range = {art.items.size(), art.items.size()};
    art.items.push_back(Prepare(p, outlines));
    range.second = art.items.size();
  }
  return art;
}

}  // namespace

const std::vector<Point>& ArtItem::LineAt(int level) const {
  static const std::vector<Point> kNone;
  if (lines.empty()) return kNone;
  return lines[std::min(static_cast<std::size_t>(std::max(level, 0)), lines.size() - 1)];
}

const Fill* ArtItem::FillAt(int level) const {
  if (fills.empty()) return nullptr;
  return &fills[std::min(static_cast<std::size_t>(std::max(level, 0)), fills.size() - 1)];
}

int LodLevelFor(float pixels_per_unit) {
  int level = 0;
  for (int i = 1; i < kLodLevels; ++i) {
    if (kLodTolerance[i] * pixels_per_unit <= 0.5f) level = i;
  }
  return level;
}

std::vector<Point> Simplify(const std::vector<Point>& points, float tolerance, bool closed) {
  if (points.size() < 4 || tolerance <= 0.0f) return points;
  if (!closed) {
    std::vector<char> keep(points.size(), 0);
    keep.front() = keep.back() = 1;
    SimplifyRange(points, 0, points.size() - 1, tolerance, keep);
    std::vector<Point> out;
    for (std::size_t i = 0; i < points.size(); ++i) {
      if (keep[i]) out.push_back(points[i]);
    }
    return out;
  }
  // Closed: split at the vertex farthest from the first, simplify both halves.
  std::size_t far = 0;
  float far_d = -1.0f;
  for (std::size_t i = 1; i < points.size(); ++i) {
    const Point d = points[i] - points[0];
    const float dd = d.x * d.x + d.y * d.y;
    if (dd > far_d) {
      far_d = dd;
      far = i;
    }
  }
  std::vector<Point> ring(points);
  ring.push_back(points[0]);
  std::vector<char> keep(ring.size(), 0);
  keep[0] = keep[far] = keep.back() = 1;
  SimplifyRange(ring, 0, far, tolerance, keep);
  SimplifyRange(ring, far, ring.size() - 1, tolerance, keep);
  std::vector<Point> out;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
    if (keep[i]) out.push_back(ring[i]);
  }
  if (out.size() < 3) return points;
  return out;
}

std::vector<Segment> HatchLines(const std::vector<Point>& polygon, float spacing) {
  std::vector<Segment> out;
  if (polygon.size() < 3 || spacing <= 0.0f) return out;
  const model::Box box = model::BoundsOf(polygon);
  // Lines x - (-y) = c, i.e. direction (1, -1): rising to the right on a y-down screen.
  const Point dir{1.0f, -1.0f};
  const float c_min = box.min.x + box.min.y;
  const float c_max = box.max.x + box.max.y;
  // Anchor the phase to the atlas grid so hatching does not crawl while panning; the odd offset
  // keeps lines off the integer vertices content is authored on (a line grazing a vertex can
  // report an odd number of crossings).
  const float phase = 0.3819f * spacing;
  const float first = std::ceil((c_min - phase) / spacing) * spacing + phase;
  for (float c = first; c <= c_max; c += spacing) {
    // Start on the box's left edge: x = box.min.x, y = c - x.
    const Point p0{box.min.x, c - box.min.x};
    const std::vector<float> t = model::LineCrossings(polygon, p0, dir);
    if (t.size() % 2 != 0) continue;  // grazing a vertex: skip rather than fill outside
    for (std::size_t i = 0; i + 1 < t.size(); i += 2) {
      out.push_back({p0 + dir * t[i], p0 + dir * t[i + 1]});
    }
  }
  return out;
}

void GeometryCache::Clear() {
  *this = GeometryCache();
}

void GeometryCache::Build(const model::Model& model) {
  static std::atomic<std::uint64_t> builds{0};  // a build may run on the content loader's thread
  Clear();
  generation_ = ++builds;
  outlines_.reserve(model.outlines.size());
  for (const model::OutlineInstance& o : model.outlines) {
    OutlineGeometry g;
    g.outline = MakeLod(o.shape.polygon, true);
    g.fill = Triangulated(g.outline.At(1));
    g.area = std::abs(model::SignedArea(o.shape.polygon));
    outlines_.push_back(std::move(g));
  }
  for (model::View v : model::kViews) art_[static_cast<int>(v)] = BuildArt(model, v, outlines_);
  zone_offset_.reserve(model.instances.size() + 1);
  for (const model::TriggerPointInstance& inst : model.instances) {
    zone_offset_.push_back(static_cast<std::uint32_t>(zone_fills_.size()));
    for (const model::Zone& z : inst.zones) zone_fills_.push_back(Triangulated(z.shape.polygon));
  }
  zone_offset_.push_back(static_cast<std::uint32_t>(zone_fills_.size()));
  built_ = true;
}

const Fill& GeometryCache::ZoneFill(int instance, int zone) const {
  return zone_fills_[zone_offset_[instance] + static_cast<std::uint32_t>(zone)];
}

const std::vector<Segment>& GeometryCache::ZoneHatch(const model::Model& model, int instance,
                                                     int zone, float spacing) {
  // Quantise the spacing to quarter octaves so zooming reuses a handful of entries.
  const float bucket_f = std::round(std::log2(std::max(spacing, 0.01f)) * 4.0f);
  const auto bucket = static_cast<std::int64_t>(bucket_f) + 1024;
  const std::uint64_t key = (static_cast<std::uint64_t>(instance) << 24) |
                            (static_cast<std::uint64_t>(zone) << 12) |
                            static_cast<std::uint64_t>(bucket & 0xFFF);
  if (auto it = hatch_.find(key); it != hatch_.end()) return it->second;
  if (hatch_.size() > 512) hatch_.clear();  // bounded: a long zooming session cannot grow it
  const float quantised = std::exp2(bucket_f / 4.0f);
  const auto& polygon = model.instances[instance].zones[zone].shape.polygon;
  return hatch_.emplace(key, HatchLines(polygon, quantised)).first->second;
}

}  // namespace knotmap::ui
