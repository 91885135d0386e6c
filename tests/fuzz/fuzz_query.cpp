// Fuzz target: the query engine and the plan fed with arbitrary marks (any floats, NaN and
// infinities included) on the shipped model. The index must agree with a naive scan.
//
// The naive oracle: Query and QueryNaive differ only in their two lookups (the zones holding a
// sample, the trigger points near a point), so the target asks both lookups directly, for the
// same points Query asks about, and needs the same answer: the index's zones against every zone
// of the view tested with its whole outline, the index's trigger points against every instance
// on the view. Calling QueryNaive instead tested every zone's outline for every sample (about
// 1 ms a spot under the sanitizers, 60 % of the time with only a quarter of the one-spot inputs
// asked). Here a zone's outline is only tested when the point lies within its bounds widened by
// a margin far beyond float rounding (an outline cannot hold a point outside its bounds), which
// makes the scan cheap enough for every input, and the check stricter: the same zones, not just
// the same number of candidates.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "io/model_loader.hpp"
#include "model/guidance.hpp"
#include "model/query.hpp"
#include "model/query_ranking.hpp"

using namespace knotmap;

namespace {
// Atlas units added around a zone's bounds before the naive scan skips it.
constexpr float kBoundsMargin = 1.0f;
// Points asked of both lookups per input, spread over the marks' samples (a stroke can have
// thousands; the query itself still sees them all).
constexpr std::size_t kOracleSamples = 32;

struct NaiveZone {
  model::Box bounds;  // widened by kBoundsMargin
  std::uint32_t instance = 0;
  std::uint32_t zone = 0;
};

struct Loaded {
  model::Model model;
  model::SpatialIndex index;
  std::array<std::vector<NaiveZone>, 2> zones;          // by view
  std::array<std::vector<std::uint32_t>, 2> instances;  // by view
};

const Loaded& Shipped() {
  static const Loaded* loaded = [] {
    auto r = io::LoadModel(std::filesystem::path(KNOTMAP_ASSETS) / "model");
    if (!r.model) std::abort();
    auto* l = new Loaded{std::move(*r.model), {}, {}, {}};
    l->index = model::SpatialIndex(l->model);
    for (std::uint32_t i = 0; i < l->model.instances.size(); ++i) {
      l->instances[static_cast<int>(l->model.instances[i].view)].push_back(i);
      const auto& zones = l->model.instances[i].zones;
      for (std::uint32_t z = 0; z < zones.size(); ++z) {
        model::Box b = zones[z].shape.bounds;
        b.min -= model::Point{kBoundsMargin, kBoundsMargin};
        b.max += model::Point{kBoundsMargin, kBoundsMargin};
        l->zones[static_cast<int>(zones[z].view)].push_back({b, i, z});
      }
    }
    return l;
  }();
  return *loaded;
}

template <typename T>
bool Take(const std::uint8_t*& data, std::size_t& size, T& out) {
  if (size < sizeof(T)) return false;
  std::memcpy(&out, data, sizeof(T));
  data += sizeof(T);
  size -= sizeof(T);
  return true;
}

// The marks Query looks up (the others it skips), with the same bounds.
bool Usable(const model::PainMark& m) {
  return !m.points.empty() && std::isfinite(m.radius) && m.radius >= 0.0f && m.radius < 1e5f &&
         std::all_of(m.points.begin(), m.points.end(), [](model::Point p) {
           return std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) < 1e6f &&
                  std::abs(p.y) < 1e6f;
         });
}

// The oracle's loops are not instrumented for coverage: they run over every zone or trigger point
// whatever the input, so their edges and comparisons say nothing about it (and tracing them took a
// sixth of the time).
#define KNOTMAP_NO_COVERAGE __attribute__((no_sanitize("coverage")))

KNOTMAP_NO_COVERAGE void CheckZonesAt(const Loaded& s, model::View view, model::Point p) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> indexed, naive;
  s.index.ForEachZoneAt(view, p,
                        [&](model::ZoneRef ref) { indexed.emplace_back(ref.instance, ref.zone); });
  for (const NaiveZone& z : s.zones[static_cast<int>(view)]) {
    if (!z.bounds.Contains(p)) continue;
    if (model::PointInPolygon(s.model.instances[z.instance].zones[z.zone].shape.polygon, p)) {
      naive.emplace_back(z.instance, z.zone);
    }
  }
  std::sort(indexed.begin(), indexed.end());
  if (indexed != naive) std::abort();  // naive is in index order already
}

KNOTMAP_NO_COVERAGE void CheckPointsNear(const Loaded& s, model::View view, model::Point p, float radius) {
  std::vector<std::uint32_t> indexed, naive;
  s.index.ForEachTriggerPointNear(s.model, view, p, radius,
                                  [&](std::uint32_t i) { indexed.push_back(i); });
  for (std::uint32_t i : s.instances[static_cast<int>(view)]) {
    const model::Point d = s.model.instances[i].at - p;
    if (d.x * d.x + d.y * d.y <= radius * radius) naive.push_back(i);
  }
  std::sort(indexed.begin(), indexed.end());
  if (indexed != naive) std::abort();
}
}  // namespace

// Loaded before the first input, so it never counts against an input's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)Shipped();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Loaded& s = Shipped();
  std::vector<model::PainMark> marks;
  std::uint8_t header = 0;
  while (marks.size() < 12 && Take(data, size, header)) {
    model::PainMark m;
    m.view = header & 1 ? model::View::Front : model::View::Back;
    m.kind = header & 2 ? model::MarkKind::Stroke : model::MarkKind::Spot;
    m.intensity = static_cast<int>(header >> 2) - 8;
    if (!Take(data, size, m.radius)) break;
    const int points = m.kind == model::MarkKind::Spot ? 1 : 1 + (header >> 4);
    for (int i = 0; i < points; ++i) {
      model::Point p;
      if (!Take(data, size, p.x) || !Take(data, size, p.y)) break;
      m.points.push_back(p);
    }
    marks.push_back(std::move(m));
  }
  model::QueryOptions o;
  o.max_candidates = 100000;
  const model::Findings f = model::Query(s.model, s.index, marks, o);
  for (const auto& c : f.candidates) {
    if (!(c.score >= 0.0f && c.score <= 1.0f)) std::abort();
  }

  // The lookups Query made, as RunQuery makes them: each sample's zones; the spot's centre
  // within its radius and the reach, or each stroke sample within the reach.
  struct Ask {
    model::View view;
    model::Point p;
    float near_radius;
  };
  std::vector<Ask> asks;
  for (const model::PainMark& m : marks) {
    if (!Usable(m)) continue;
    const std::vector<model::Point> samples = model::SampleMark(m);
    for (std::size_t i = 0; i < samples.size(); ++i) {
      const bool spot = m.kind == model::MarkKind::Spot;
      asks.push_back({m.view, samples[i], spot ? -1.0f : model::kLocalReach});
      if (spot && i == 0) asks.push_back({m.view, m.points.front(), m.radius + model::kLocalReach});
    }
  }
  const std::size_t stride =
      std::max<std::size_t>(1, (asks.size() + kOracleSamples - 1) / kOracleSamples);
  for (std::size_t i = 0; i < asks.size(); i += stride) {
    CheckZonesAt(s, asks[i].view, asks[i].p);
    if (asks[i].near_radius >= 0.0f) {
      CheckPointsNear(s, asks[i].view, asks[i].p, asks[i].near_radius);
    }
  }
  (void)model::BuildPlan(s.model, marks, f);
  return 0;
}
