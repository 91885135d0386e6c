// The query engine: sample each pain mark, find the referral zones under the samples through the
// spatial index, score every trigger point that explains some pain, pick the smallest set that
// explains all the marks, and aggregate the pulling muscles of the top candidates.
#include "model/query.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "model/query_ranking.hpp"

namespace knotmap::model {

std::string_view ToString(MarkZone z) {
  switch (z) {
    case MarkZone::Essential: return "essential";
    case MarkZone::Spillover: return "spillover";
    case MarkZone::Local: return "local";
  }
  return "essential";
}

MarkZone Candidate::BestZone() const {
  MarkZone best = MarkZone::Local;
  for (const auto& e : explains) {
    if (e.zone == MarkZone::Essential) return MarkZone::Essential;
    if (e.zone == MarkZone::Spillover) best = MarkZone::Spillover;
  }
  return best;
}

namespace {

constexpr std::size_t kMaxStrokeSamples = 4096;

bool Finite(Point p) { return std::isfinite(p.x) && std::isfinite(p.y); }

bool Usable(const PainMark& m) {
  return !m.points.empty() && std::isfinite(m.radius) && m.radius >= 0.0f && m.radius < 1e5f &&
         std::all_of(m.points.begin(), m.points.end(), [](Point p) {
           return Finite(p) && std::abs(p.x) < 1e6f && std::abs(p.y) < 1e6f;
         });
}

// Instance -> row of the hit table: open addressing in one flat array (a query touches tens of
// trigger points; a node-based map would allocate for each).
class RowMap {
 public:
  std::size_t FindOrAdd(int key, std::size_t row_if_new) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    std::size_t i = Hash(key);
    while (slots_[i].first != kEmpty) {
      if (slots_[i].first == key) return slots_[i].second;
      i = (i + 1) & (slots_.size() - 1);
    }
    slots_[i] = {key, row_if_new};
    ++size_;
    return row_if_new;
  }

 private:
  static constexpr int kEmpty = -1;
  std::size_t Hash(int key) const {
    return (static_cast<std::size_t>(key) * 0x9E3779B97F4A7C15ull >> 20) & (slots_.size() - 1);
  }
  void Grow() {
    std::vector<std::pair<int, std::size_t>> old = std::move(slots_);
    slots_.assign(old.empty() ? 128 : old.size() * 2, {kEmpty, 0});
    size_ = 0;
    for (const auto& [k, v] : old) {
      if (k != kEmpty) FindOrAdd(k, v);
    }
  }
  std::vector<std::pair<int, std::size_t>> slots_;
  std::size_t size_ = 0;
};

// Runs the zone lookups of one query, with or without the index, and tallies the evidence in a
// flat table (one row per trigger point instance touched, one column per mark).
template <typename ZonesAt, typename PointsNear>
Findings RunQuery(const Model& model, const std::vector<PainMark>& marks, const QueryOptions& options,
                  ZonesAt&& zones_at, PointsNear&& points_near) {
  HitTable table;
  table.mark_count = marks.size();
  RowMap row_of;  // instance -> row
  std::vector<int> sample_count(marks.size(), 0);
  auto cell = [&](int instance, std::size_t mark) -> MarkHits& {
    const std::size_t row = row_of.FindOrAdd(instance, table.instances.size());
    if (row == table.instances.size()) {
      table.instances.push_back(instance);
      table.hits.resize(table.hits.size() + marks.size());
    }
    return table.hits[row * marks.size() + mark];
  };
  std::vector<std::pair<int, bool>> at_sample;  // (instance, essential) under one sample
  for (std::size_t mi = 0; mi < marks.size(); ++mi) {
    const PainMark& mark = marks[mi];
    if (!Usable(mark)) continue;
    const std::vector<Point> samples = SampleMark(mark);
    sample_count[mi] = static_cast<int>(samples.size());
    for (Point p : samples) {
      at_sample.clear();
      zones_at(mark.view, p, [&](int instance, ZoneKind kind) {
        at_sample.emplace_back(instance, kind == ZoneKind::Essential);
      });
      // A sample inside two zones of one trigger point counts once, as essential if either is.
      std::sort(at_sample.begin(), at_sample.end(),
                [](auto a, auto b) { return a.first != b.first ? a.first < b.first : a.second > b.second; });
      for (std::size_t i = 0; i < at_sample.size(); ++i) {
        if (i > 0 && at_sample[i].first == at_sample[i - 1].first) continue;
        MarkHits& h = cell(at_sample[i].first, mi);
        (at_sample[i].second ? h.essential : h.spillover) += 1;
      }
    }
    // Local tenderness: the mark lies on the trigger point itself.
    auto local = [&](int instance) { cell(instance, mi).local = true; };
    if (mark.kind == MarkKind::Spot) {
      points_near(mark.view, mark.points.front(), mark.radius + kLocalReach, local);
    } else {
      for (Point p : samples) points_near(mark.view, p, kLocalReach, local);
    }
  }
  for (std::size_t row = 0; row < table.instances.size(); ++row) {
    for (std::size_t m = 0; m < marks.size(); ++m) table.hits[row * marks.size() + m].samples = sample_count[m];
  }
  return Rank(model, marks, table, options);
}

}  // namespace

std::vector<Point> SampleMark(const PainMark& mark) {
  std::vector<Point> out;
  if (mark.points.empty()) return out;
  const float r = std::max(mark.radius, 0.0f);
  if (mark.kind == MarkKind::Spot || mark.points.size() == 1) {
    // The centre and a ring of six at two thirds of the radius (the mean distance from the centre
    // of a uniform disc): 7 samples, each standing for an equal share of the spot.
    const Point c = mark.points.front();
    out.push_back(c);
    for (int k = 0; k < 6; ++k) {
      const float a = static_cast<float>(k) * std::numbers::pi_v<float> / 3.0f;
      out.push_back(c + Point{std::cos(a), std::sin(a)} * (r * 2.0f / 3.0f));
    }
    return out;
  }
  // A painted area: about every half brush radius along the polyline, the centre and a point on
  // each side at two thirds of the radius (as a spot's ring), so the brush's width counts.
  const float spacing = std::max(r * 0.5f, 1.0f);
  const float side = r * 2.0f / 3.0f;
  const auto across = [&](Point p, Point a, Point b) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    out.push_back(p);
    if (len <= 0.0f || side <= 0.0f) return;
    const Point normal = Point{a.y - b.y, b.x - a.x} * (side / len);
    out.push_back(p + normal);
    out.push_back(p - normal);
  };
  std::size_t first = 1;
  while (first + 1 < mark.points.size() && mark.points[first] == mark.points[0]) ++first;
  across(mark.points.front(), mark.points.front(), mark.points[first]);
  float carry = 0.0f;
  for (std::size_t i = 1; i < mark.points.size() && out.size() < kMaxStrokeSamples; ++i) {
    const Point a = mark.points[i - 1];
    const Point b = mark.points[i];
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    float t = spacing - carry;
    while (t <= len && out.size() < kMaxStrokeSamples) {
      across(a + (b - a) * (t / len), a, b);
      t += spacing;
    }
    carry = len - (t - spacing);
  }
  return out;
}

PainMark Mirrored(const PainMark& mark, const Model& model) {
  PainMark m = mark;
  const float mid = model.Atlas(mark.view).MidlineX();
  for (Point& p : m.points) p = MirrorX(p, mid);
  return m;
}

Findings Query(const Model& model, const SpatialIndex& index, const std::vector<PainMark>& marks,
               const QueryOptions& options) {
  return RunQuery(
      model, marks, options,
      [&](View v, Point p, auto&& fn) {
        index.ForEachZoneAt(v, p, [&](ZoneRef ref) {
          fn(static_cast<int>(ref.instance), model.instances[ref.instance].zones[ref.zone].kind);
        });
      },
      [&](View v, Point p, float radius, auto&& fn) {
        index.ForEachTriggerPointNear(model, v, p, radius,
                                      [&](std::uint32_t i) { fn(static_cast<int>(i)); });
      });
}

Findings QueryNaive(const Model& model, const std::vector<PainMark>& marks, const QueryOptions& options) {
  return RunQuery(
      model, marks, options,
      [&](View v, Point p, auto&& fn) {
        for (int i = 0; i < static_cast<int>(model.instances.size()); ++i) {
          for (const Zone& z : model.instances[i].zones) {
            if (z.view == v && PointInPolygon(z.shape.polygon, p)) fn(i, z.kind);
          }
        }
      },
      [&](View v, Point p, float radius, auto&& fn) {
        for (int i = 0; i < static_cast<int>(model.instances.size()); ++i) {
          const auto& inst = model.instances[i];
          const Point d = inst.at - p;
          if (inst.view == v && d.x * d.x + d.y * d.y <= radius * radius) fn(i);
        }
      });
}

}  // namespace knotmap::model
