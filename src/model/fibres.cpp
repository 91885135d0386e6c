// Fibre generation: every fibre is a quadratic curve, from attachment to attachment or along the
// outline's principal axis (from its area moments), clipped to the outline by point-in-polygon
// tests (on a scanline index of its edges) refined by bisection.
#include "model/fibres.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "model/coverage.hpp"

namespace knotmap::model {
namespace {

float Length(std::span<const Point> line) {
  float len = 0.0f;
  for (std::size_t i = 1; i < line.size(); ++i) len += glm::length(line[i] - line[i - 1]);
  return len;
}

float PieceLength(const Fibre& f) { return Length(f); }

int FibreCount(float width, float spacing) {
  const float n = std::round(width / spacing);
  if (!(n >= 1.0f)) return 1;  // also NaN
  return static_cast<int>(std::min(n, static_cast<float>(kMaxFibres)));
}

// The quadratic curve from `a` through `mid` (at its half-way point) to `b`, sampled a little
// beyond both ends so that clipping to the outline finds its edge when the attachments lie inside.
void CurveThrough(Point a, Point mid, Point b, float from, float to, Fibre& out) {
  constexpr int kSamples = 24;
  const Point c = mid * 2.0f - (a + b) * 0.5f;
  out.resize(kSamples + 1);
  for (int i = 0; i <= kSamples; ++i) {
    const float t = from + (to - from) * static_cast<float>(i) / kSamples;
    out[i] = a * ((1 - t) * (1 - t)) + c * (2 * t * (1 - t)) + b * (t * t);
  }
}

// The pieces of `line` inside the polygon that `index` was built from.
std::vector<Fibre> ClipToIndex(std::span<const Point> line, const ScanlineIndex& index) {
  std::vector<Fibre> out;
  if (line.size() < 2) return out;
  // The even-odd test of PointInPolygon, on only the edges near the point's height.
  std::vector<float> xs;
  const auto inside = [&](Point p) {
    index.CrossingsAt(p.y, xs);
    const auto right = xs.end() - std::upper_bound(xs.begin(), xs.end(), p.x);
    return right % 2 == 1;
  };
  // The boundary between an inside point and an outside one, by bisection.
  const auto edge = [&](Point in, Point outside) {
    for (int i = 0; i < 12 && glm::length(outside - in) > 0.05f; ++i) {
      const Point mid = (in + outside) * 0.5f;
      (inside(mid) ? in : outside) = mid;
    }
    return in;
  };
  Fibre run;
  bool was_in = inside(line[0]);
  if (was_in) run.push_back(line[0]);
  for (std::size_t i = 1; i < line.size(); ++i) {
    const bool in = inside(line[i]);
    if (in && !was_in) {
      run.push_back(edge(line[i], line[i - 1]));
    } else if (!in && was_in) {
      run.push_back(edge(line[i - 1], line[i]));
      out.push_back(std::move(run));
      run.clear();
    }
    if (in) run.push_back(line[i]);
    was_in = in;
  }
  if (run.size() >= 2) out.push_back(std::move(run));
  return out;
}

// The longest piece of `curve` inside the outline, if it is at least `spacing` long.
void KeepLongest(const ScanlineIndex& outline, const Fibre& curve, float spacing, std::vector<Fibre>& out) {
  std::vector<Fibre> pieces = ClipToIndex(curve, outline);
  auto best = std::max_element(pieces.begin(), pieces.end(),
                               [](const Fibre& x, const Fibre& y) { return PieceLength(x) < PieceLength(y); });
  if (best != pieces.end() && PieceLength(*best) >= spacing) out.push_back(std::move(*best));
}

struct Axes {
  Point centre{};
  Point u{1.0f, 0.0f};  // principal (long) axis
  Point v{0.0f, 1.0f};  // across it
};

// Principal axes of the polygon's area (second moments about the centroid).
std::optional<Axes> PrincipalAxes(std::span<const Point> polygon) {
  double a = 0, cx = 0, cy = 0, xx = 0, yy = 0, xy = 0;
  const Point o = polygon.front();  // work relative to a vertex for precision
  for (std::size_t i = 0; i < polygon.size(); ++i) {
    const Point p = polygon[i] - o;
    const Point q = polygon[(i + 1) % polygon.size()] - o;
    const double cross = static_cast<double>(p.x) * q.y - static_cast<double>(q.x) * p.y;
    a += cross;
    cx += (p.x + q.x) * cross;
    cy += (p.y + q.y) * cross;
    xx += (p.x * p.x + p.x * q.x + q.x * q.x) * cross;
    yy += (p.y * p.y + p.y * q.y + q.y * q.y) * cross;
    xy += (p.x * q.y + 2.0 * p.x * p.y + 2.0 * q.x * q.y + q.x * p.y) * cross;
  }
  a *= 0.5;
  if (!(std::abs(a) > 1e-6)) return std::nullopt;
  cx /= 6.0 * a;
  cy /= 6.0 * a;
  const double sxx = xx / (12.0 * a) - cx * cx;
  const double syy = yy / (12.0 * a) - cy * cy;
  const double sxy = xy / (24.0 * a) - cx * cy;
  const double angle = 0.5 * std::atan2(2.0 * sxy, sxx - syy);
  Axes axes;
  axes.centre = o + Point{static_cast<float>(cx), static_cast<float>(cy)};
  axes.u = {static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle))};
  axes.v = {-axes.u.y, axes.u.x};
  if (!std::isfinite(axes.centre.x) || !std::isfinite(axes.centre.y) || !std::isfinite(axes.u.x)) {
    return std::nullopt;
  }
  return axes;
}

std::vector<Fibre> AttachmentFibres(std::span<const Point> outline, const Attachments& at, float spacing) {
  const int n = std::max(3, FibreCount(std::max(Length(at.origin), Length(at.insertion)), spacing));
  const ScanlineIndex index(outline);
  std::vector<Fibre> out;
  Fibre curve;
  for (int k = 0; k < n; ++k) {
    const float t = (static_cast<float>(k) + 0.5f) / static_cast<float>(n);
    const Point a = AlongPolyline(at.origin, t);
    const Point b = AlongPolyline(at.insertion, t);
    if (glm::length(b - a) < 1e-3f) continue;
    const Point mid = at.via.empty() ? (a + b) * 0.5f : AlongPolyline(at.via, t);
    CurveThrough(a, mid, b, -0.25f, 1.25f, curve);
    KeepLongest(index, curve, spacing, out);
  }
  return out;
}

std::vector<Fibre> SpindleFibres(std::span<const Point> outline, float spacing) {
  const auto axes = PrincipalAxes(outline);
  if (!axes) return {};
  float u0 = 1e30f, u1 = -1e30f, v0 = 1e30f, v1 = -1e30f;
  for (Point p : outline) {
    const Point d = p - axes->centre;
    u0 = std::min(u0, glm::dot(d, axes->u));
    u1 = std::max(u1, glm::dot(d, axes->u));
    v0 = std::min(v0, glm::dot(d, axes->v));
    v1 = std::max(v1, glm::dot(d, axes->v));
  }
  const auto at = [&](float u, float v) { return axes->centre + axes->u * u + axes->v * v; };
  const float reach = 0.1f * (u1 - u0);  // start and end outside, so clipping finds the edge
  const float vmid = 0.5f * (v0 + v1);
  const int n = std::max(2, FibreCount(v1 - v0, spacing));
  const ScanlineIndex index(outline);
  std::vector<Fibre> out;
  Fibre curve;
  for (int k = 0; k < n; ++k) {
    const float s = v0 + (v1 - v0) * (static_cast<float>(k) + 0.5f) / static_cast<float>(n) - vmid;
    // Ends drawn together towards the tendons; the middle of the curve at the fibre's offset.
    CurveThrough(at(u0 - reach, vmid + 0.35f * s), at(0.5f * (u0 + u1), vmid + s), at(u1 + reach, vmid + 0.35f * s),
                 0.0f, 1.0f, curve);
    KeepLongest(index, curve, spacing, out);
  }
  return out;
}

}  // namespace

Point AlongPolyline(std::span<const Point> line, float t) {
  if (line.empty()) return {};
  const float target = std::clamp(t, 0.0f, 1.0f) * Length(line);
  float walked = 0.0f;
  for (std::size_t i = 1; i < line.size(); ++i) {
    const float seg = glm::length(line[i] - line[i - 1]);
    if (walked + seg >= target && seg > 0.0f) {
      return line[i - 1] + (line[i] - line[i - 1]) * ((target - walked) / seg);
    }
    walked += seg;
  }
  return line.back();
}

std::vector<Fibre> ClipToPolygon(std::span<const Point> line, std::span<const Point> polygon) {
  if (line.size() < 2 || polygon.size() < 3) return {};
  return ClipToIndex(line, ScanlineIndex(polygon));
}

std::vector<Fibre> MuscleFibres(std::span<const Point> outline, const Attachments& attachments, float spacing) {
  if (outline.size() < 3 || !(spacing > 0.0f)) return {};
  return attachments.Empty() ? SpindleFibres(outline, spacing) : AttachmentFibres(outline, attachments, spacing);
}

}  // namespace knotmap::model
