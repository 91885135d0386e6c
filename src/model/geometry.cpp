// Plane geometry for the atlas: spline flattening, point-in-polygon, simplicity, triangulation.
#include "model/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace knotmap::model {
namespace {

float Cross(Point a, Point b) { return a.x * b.y - a.y * b.x; }
float Length(Point v) { return std::sqrt(v.x * v.x + v.y * v.y); }

// One centripetal Catmull-Rom span from p1 to p2 (Barry-Goldman pyramid), appended without p2.
void AppendSpan(Point p0, Point p1, Point p2, Point p3, float max_segment, std::vector<Point>& out) {
  auto knot = [](float t, Point a, Point b) {
    return t + std::max(std::sqrt(Length(b - a)), 1e-3f);  // alpha = 0.5: centripetal
  };
  const float t0 = 0.0f;
  const float t1 = knot(t0, p0, p1);
  const float t2 = knot(t1, p1, p2);
  const float t3 = knot(t2, p2, p3);
  const float chord = Length(p2 - p1);
  const int steps = std::clamp(static_cast<int>(std::ceil(chord / max_segment)), 1, 512);
  for (int i = 0; i < steps; ++i) {
    const float t = t1 + (t2 - t1) * static_cast<float>(i) / static_cast<float>(steps);
    const Point a1 = p0 * ((t1 - t) / (t1 - t0)) + p1 * ((t - t0) / (t1 - t0));
    const Point a2 = p1 * ((t2 - t) / (t2 - t1)) + p2 * ((t - t1) / (t2 - t1));
    const Point a3 = p2 * ((t3 - t) / (t3 - t2)) + p3 * ((t - t2) / (t3 - t2));
    const Point b1 = a1 * ((t2 - t) / (t2 - t0)) + a2 * ((t - t0) / (t2 - t0));
    const Point b2 = a2 * ((t3 - t) / (t3 - t1)) + a3 * ((t - t1) / (t3 - t1));
    out.push_back(b1 * ((t2 - t) / (t2 - t1)) + b2 * ((t - t1) / (t2 - t1)));
  }
}

bool Finite(Point p) { return std::isfinite(p.x) && std::isfinite(p.y); }

}  // namespace

Box BoundsOf(std::span<const Point> points) {
  if (points.empty()) return {};
  Box b{points[0], points[0]};
  for (Point p : points) {
    b.min = glm::min(b.min, p);
    b.max = glm::max(b.max, p);
  }
  return b;
}

std::vector<Point> FlattenClosedSpline(std::span<const Point> control, float max_segment) {
  const std::size_t n = control.size();
  if (n < 3 || !(max_segment > 0.0f) ||
      !std::all_of(control.begin(), control.end(), Finite)) {
    return {control.begin(), control.end()};
  }
  std::vector<Point> out;
  for (std::size_t i = 0; i < n; ++i) {
    AppendSpan(control[(i + n - 1) % n], control[i], control[(i + 1) % n], control[(i + 2) % n],
               max_segment, out);
  }
  return out;
}

std::vector<Point> FlattenOpenSpline(std::span<const Point> control, float max_segment) {
  const std::size_t n = control.size();
  if (n < 2 || !(max_segment > 0.0f) ||
      !std::all_of(control.begin(), control.end(), Finite)) {
    return {control.begin(), control.end()};
  }
  std::vector<Point> out;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // Phantom end points continue the first and last segments in a straight line.
    const Point p0 = i == 0 ? control[0] * 2.0f - control[1] : control[i - 1];
    const Point p3 = i + 2 < n ? control[i + 2] : control[n - 1] * 2.0f - control[n - 2];
    AppendSpan(p0, control[i], control[i + 1], p3, max_segment, out);
  }
  out.push_back(control[n - 1]);
  return out;
}

float SignedArea(std::span<const Point> polygon) {
  double area = 0.0;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Point a = polygon[i];
    const Point b = polygon[(i + 1) % n];
    area += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
  }
  return static_cast<float>(area * 0.5);
}

bool PointInPolygon(std::span<const Point> polygon, Point p) {
  // Even-odd crossing test.
  bool inside = false;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Point a = polygon[i];
    const Point b = polygon[j];
    if ((a.y > p.y) != (b.y > p.y)) {
      const float x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
      if (p.x < x) inside = !inside;
    }
  }
  return inside;
}

float DistanceToSegment(Point p, Point a, Point b) {
  const Point ab = b - a;
  const float len2 = ab.x * ab.x + ab.y * ab.y;
  float t = len2 > 0.0f ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2 : 0.0f;
  t = std::clamp(t, 0.0f, 1.0f);
  return Length(p - (a + ab * t));
}

float DistanceToPolygonEdge(std::span<const Point> polygon, Point p) {
  float best = std::numeric_limits<float>::infinity();
  const std::size_t n = polygon.size();
  for (std::size_t i = 0; i < n; ++i) {
    best = std::min(best, DistanceToSegment(p, polygon[i], polygon[(i + 1) % n]));
  }
  return best;
}

Point Centroid(std::span<const Point> polygon) {
  const std::size_t n = polygon.size();
  if (n == 0) return {};
  double cx = 0.0, cy = 0.0, a = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    const Point p = polygon[i];
    const Point q = polygon[(i + 1) % n];
    const double c = static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    a += c;
    cx += (p.x + q.x) * c;
    cy += (p.y + q.y) * c;
  }
  if (std::abs(a) < 1e-9) {
    Point sum{};
    for (Point p : polygon) sum += p;
    return sum / static_cast<float>(n);
  }
  return {static_cast<float>(cx / (3.0 * a)), static_cast<float>(cy / (3.0 * a))};
}

namespace {
bool SegmentsCross(Point a, Point b, Point c, Point d, Point& at) {
  const Point r = b - a;
  const Point s = d - c;
  const float denom = Cross(r, s);
  if (std::abs(denom) < 1e-12f) return false;  // parallel (collinear overlaps count as touching)
  const float t = Cross(c - a, s) / denom;
  const float u = Cross(c - a, r) / denom;
  if (t < 0.0f || t > 1.0f || u < 0.0f || u > 1.0f) return false;
  at = a + r * t;
  return true;
}
}  // namespace

std::optional<Crossing> FindSelfIntersection(std::span<const Point> polygon) {
  const std::size_t n = polygon.size();
  if (n < 4) return std::nullopt;
  // Sweep by x: edges sorted by their left end; only edges whose x ranges overlap are compared.
  struct Edge {
    float lo, hi;
    std::size_t index;
  };
  std::vector<Edge> edges(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Point a = polygon[i];
    const Point b = polygon[(i + 1) % n];
    edges[i] = {std::min(a.x, b.x), std::max(a.x, b.x), i};
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) { return l.lo < r.lo; });
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n && edges[j].lo <= edges[i].hi; ++j) {
      const std::size_t ea = edges[i].index;
      const std::size_t eb = edges[j].index;
      const std::size_t diff = ea > eb ? ea - eb : eb - ea;
      if (diff <= 1 || diff == n - 1) continue;  // neighbours share a vertex
      Point at;
      if (SegmentsCross(polygon[ea], polygon[(ea + 1) % n], polygon[eb], polygon[(eb + 1) % n],
                        at)) {
        return Crossing{std::min(ea, eb), std::max(ea, eb), at};
      }
    }
  }
  return std::nullopt;
}

std::vector<std::array<std::uint32_t, 3>> Triangulate(std::span<const Point> polygon) {
  std::vector<std::array<std::uint32_t, 3>> triangles;
  const std::size_t n = polygon.size();
  if (n < 3) return triangles;
  std::vector<std::uint32_t> idx(n);
  for (std::size_t i = 0; i < n; ++i) idx[i] = static_cast<std::uint32_t>(i);
  const float orientation = SignedArea(polygon) >= 0.0f ? 1.0f : -1.0f;
  auto is_convex = [&](Point a, Point b, Point c) { return Cross(b - a, c - b) * orientation > 0.0f; };
  auto inside_triangle = [](Point p, Point a, Point b, Point c) {
    const float d1 = Cross(b - a, p - a);
    const float d2 = Cross(c - b, p - b);
    const float d3 = Cross(a - c, p - c);
    const bool neg = d1 < 0 || d2 < 0 || d3 < 0;
    const bool pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(neg && pos);
  };
  // Only a vertex that is not convex can lie inside a candidate ear of a simple polygon, so only
  // those are tested: the polygon's not-convex vertices, each dropped once it turns convex or is
  // clipped (a clip only ever makes its neighbours more convex).
  std::vector<char> concave(n, 0);
  std::vector<std::uint32_t> concave_list;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_convex(polygon[(i + n - 1) % n], polygon[i], polygon[(i + 1) % n])) {
      concave[i] = 1;
      concave_list.push_back(static_cast<std::uint32_t>(i));
    }
  }
  triangles.reserve(n - 2);
  std::size_t i = 0;
  std::size_t failures = 0;  // consecutive vertices that were not ears
  while (idx.size() > 3) {
    const std::size_t m = idx.size();
    const std::size_t ip = (i + m - 1) % m;
    const std::size_t in = (i + 1) % m;
    const Point a = polygon[idx[ip]];
    const Point b = polygon[idx[i]];
    const Point c = polygon[idx[in]];
    bool ear = is_convex(a, b, c);
    if (ear) {
      const Point lo = glm::min(a, glm::min(b, c)), hi = glm::max(a, glm::max(b, c));
      for (const std::uint32_t k : concave_list) {
        if (!concave[k] || k == idx[ip] || k == idx[i] || k == idx[in]) continue;
        const Point p = polygon[k];
        if (p.x < lo.x || p.y < lo.y || p.x > hi.x || p.y > hi.y) continue;
        if (p != a && p != b && p != c && inside_triangle(p, a, b, c)) {
          ear = false;
          break;
        }
      }
    }
    // After a full pass without an ear (degenerate or self-touching input, which the validator
    // refuses for content) clip anyway, so the loop always ends and the shape still fills.
    if (ear || failures >= m) {
      triangles.push_back({idx[ip], idx[i], idx[in]});
      concave[idx[i]] = 0;
      idx.erase(idx.begin() + static_cast<std::ptrdiff_t>(i));
      if (i >= idx.size()) i = 0;
      failures = 0;
      // The clipped vertex's neighbours, now next to each other, may have turned convex.
      const std::size_t k = idx.size();
      for (const std::size_t j : {(i + k - 1) % k, i}) {
        const std::uint32_t v = idx[j];
        if (concave[v] && is_convex(polygon[idx[(j + k - 1) % k]], polygon[v], polygon[idx[(j + 1) % k]])) {
          concave[v] = 0;
        }
      }
    } else {
      i = (i + 1) % m;
      ++failures;
    }
  }
  if (idx.size() == 3) triangles.push_back({idx[0], idx[1], idx[2]});
  return triangles;
}

std::vector<float> LineCrossings(std::span<const Point> polygon, Point p0, Point dir) {
  // An edge crosses the line when its ends lie strictly on different sides, with "on the line"
  // counted as one side (the same half-open rule as PointInPolygon): a line through a vertex
  // counts it once or not at all, so the crossings always pair up.
  std::vector<float> ts;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Point a = polygon[i];
    const Point b = polygon[(i + 1) % n];
    const bool side_a = Cross(dir, a - p0) > 0.0f;
    const bool side_b = Cross(dir, b - p0) > 0.0f;
    if (side_a == side_b) continue;
    const Point e = b - a;
    const float denom = Cross(dir, e);
    if (denom == 0.0f) continue;
    ts.push_back(Cross(a - p0, e) / denom);
  }
  std::sort(ts.begin(), ts.end());
  return ts;
}

std::vector<Point> MirrorPolygon(std::span<const Point> polygon, float mirror_x) {
  std::vector<Point> out;
  out.reserve(polygon.size());
  // Reverse so the mirrored polygon keeps the same winding.
  for (auto it = polygon.rbegin(); it != polygon.rend(); ++it) out.push_back(MirrorX(*it, mirror_x));
  return out;
}

}  // namespace knotmap::model
