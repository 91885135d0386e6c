// Query engine benchmarks: single-spot and painted-area queries on the shipped model and on a
// synthetic model with 10x the trigger points, each beside the naive scan-every-polygon baseline,
// plus loading + validating + indexing the shipped content. Per-query p50/p99 are printed as
// counters (microseconds) because the targets are about tail latency, not the mean.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "io/model_loader.hpp"
#include "model/query.hpp"
#include "model/spatial_index.hpp"

namespace km = knotmap::model;

namespace {

const km::Model& Shipped() {
  static const km::Model m = [] {
    auto r = knotmap::io::LoadModel(std::filesystem::path(KNOTMAP_ASSETS) / "model");
    if (!r.model) {
      std::fprintf(stderr, "the shipped model does not load; run knotmap validate\n");
      std::exit(1);
    }
    return std::move(*r.model);
  }();
  return m;
}

// The shipped content replicated into nine more tiles of the same size beside the body, each copy
// with every vertex jittered by up to 3 atlas units: 10x the trigger points and zones at the same
// density per area, which is how a bigger atlas (more views, finer content) grows.
const km::Model& Synthetic10x() {
  static const km::Model m = [] {
    km::Model big = Shipped();
    std::mt19937 rng(42);
    std::uniform_real_distribution<float> jitter(-3.0f, 3.0f);
    const std::size_t base = big.instances.size();
    for (int tile = 1; tile < 10; ++tile) {
      const km::Point offset{static_cast<float>(tile % 5) * 1100.0f, static_cast<float>(tile / 5) * 2100.0f};
      for (std::size_t i = 0; i < base; ++i) {
        km::TriggerPointInstance copy = big.instances[i];
        copy.at += offset;
        for (auto& z : copy.zones) {
          for (auto& p : z.shape.polygon) p += offset + km::Point{jitter(rng), jitter(rng)};
          z.shape.bounds = km::BoundsOf(z.shape.polygon);
        }
        big.instances.push_back(std::move(copy));
      }
    }
    return big;
  }();
  return m;
}

std::vector<km::PainMark> Spots(const km::Model& m, int count) {
  std::mt19937 rng(7);
  std::vector<km::PainMark> spots;
  while (static_cast<int>(spots.size()) < count) {
    const km::View v = rng() % 2 ? km::View::Back : km::View::Front;
    std::uniform_real_distribution<float> x(0.0f, 1000.0f), y(0.0f, 2000.0f);
    const km::Point p{x(rng), y(rng)};
    if (m.InsideBody(v, p)) spots.push_back({v, km::MarkKind::Spot, {p}, 30.0f, 5});
  }
  return spots;
}

// A zig-zag brush stroke over the back and shoulders, 500 stations along its line; each station
// samples the centre and one point on each side (1500 samples in all).
km::PainMark Stroke500() {
  km::PainMark stroke{km::View::Back, km::MarkKind::Stroke, {}, 20.0f, 5};
  // Stations every radius/2 = 10 units: 499 steps of 10 units = 4990 units of polyline.
  float remaining = 4990.0f;
  bool right = true;
  float y = 380.0f;
  stroke.points.push_back({380.0f, y});
  while (remaining > 0.0f) {
    const float run = std::min(remaining, 240.0f);
    stroke.points.push_back({right ? 380.0f + run : 620.0f - run, y});
    remaining -= run;
    if (remaining <= 0.0f) break;
    const float step = std::min(remaining, 10.0f);
    y += step;
    stroke.points.push_back({right ? 620.0f : 380.0f, y});
    remaining -= step;
    right = !right;
  }
  return stroke;
}

template <typename Fn>
void TimeEach(benchmark::State& state, Fn&& one_query) {
  std::vector<double> us;
  us.reserve(1 << 16);
  std::size_t i = 0;
  for (auto _ : state) {
    const auto t0 = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(one_query(i++));
    const auto t1 = std::chrono::steady_clock::now();
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(us.begin(), us.end());
  if (!us.empty()) {
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
  }
}

void SpotQuery(benchmark::State& state, const km::Model& m, bool indexed) {
  const km::SpatialIndex index(m);
  const auto spots = Spots(Shipped(), 1024);
  TimeEach(state, [&](std::size_t i) {
    const std::vector<km::PainMark> marks{spots[i % spots.size()]};
    return indexed ? km::Query(m, index, marks).candidates.size()
                   : km::QueryNaive(m, marks).candidates.size();
  });
}

void StrokeQuery(benchmark::State& state, const km::Model& m, bool indexed) {
  const km::SpatialIndex index(m);
  const std::vector<km::PainMark> marks{Stroke500()};
  state.counters["samples"] = static_cast<double>(km::SampleMark(marks[0]).size());
  TimeEach(state, [&](std::size_t) {
    return indexed ? km::Query(m, index, marks).candidates.size()
                   : km::QueryNaive(m, marks).candidates.size();
  });
}

void BM_Spot_Shipped_Indexed(benchmark::State& s) { SpotQuery(s, Shipped(), true); }
void BM_Spot_Shipped_Naive(benchmark::State& s) { SpotQuery(s, Shipped(), false); }
void BM_Spot_10x_Indexed(benchmark::State& s) { SpotQuery(s, Synthetic10x(), true); }
void BM_Spot_10x_Naive(benchmark::State& s) { SpotQuery(s, Synthetic10x(), false); }
void BM_Stroke500_Shipped_Indexed(benchmark::State& s) { StrokeQuery(s, Shipped(), true); }
void BM_Stroke500_Shipped_Naive(benchmark::State& s) { StrokeQuery(s, Shipped(), false); }
void BM_Stroke500_10x_Indexed(benchmark::State& s) { StrokeQuery(s, Synthetic10x(), true); }
void BM_Stroke500_10x_Naive(benchmark::State& s) { StrokeQuery(s, Synthetic10x(), false); }

void BM_LoadValidateIndex_Shipped(benchmark::State& state) {
  const auto dir = std::filesystem::path(KNOTMAP_ASSETS) / "model";
  for (auto _ : state) {
    auto r = knotmap::io::LoadModel(dir);
    const km::SpatialIndex index(*r.model);
    benchmark::DoNotOptimize(index.EntryCount());
  }
  state.counters["muscles"] = static_cast<double>(Shipped().muscles.size());
  state.counters["zones_indexed"] = static_cast<double>(km::SpatialIndex(Shipped()).EntryCount());
}

}  // namespace

BENCHMARK(BM_Spot_Shipped_Indexed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Spot_Shipped_Naive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Spot_10x_Indexed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Spot_10x_Naive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Stroke500_Shipped_Indexed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Stroke500_Shipped_Naive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Stroke500_10x_Indexed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Stroke500_10x_Naive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadValidateIndex_Shipped)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
