// Exercise generation. Distractor plausibility is the overlap of referral patterns computed on a
// coarse grid, after a bounding-box test that rules out most trigger points at once.
#include "model/learn_exercise.hpp"

#include <algorithm>
#include <utility>

#include "model/learn_random.hpp"

namespace knotmap::model {
namespace {

bool HasEssentialZone(const TriggerPoint& tp) {
  return std::any_of(tp.zones.begin(), tp.zones.end(),
                     [](const Zone& z) { return z.kind == ZoneKind::Essential; });
}

bool ZonesMayOverlap(const TriggerPointInstance& a, const TriggerPointInstance& b) {
  for (const Zone& za : a.zones) {
    for (const Zone& zb : b.zones) {
      if (za.view == zb.view && za.shape.bounds.Overlaps(zb.shape.bounds)) return true;
    }
  }
  return false;
}

template <typename T>
void Shuffle(std::vector<T>& v, LearnRng& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Below(i)]);
}

}  // namespace

std::vector<int> LearnableMuscles(const Model& model, std::string_view region) {
  const bool all = region.empty() || region == kMixedRegion;
  std::vector<int> out;
  for (std::size_t i = 0; i < model.muscles.size(); ++i) {
    const Muscle& m = model.muscles[i];
    if (!all && m.region != region) continue;
    if (std::any_of(m.trigger_points.begin(), m.trigger_points.end(), HasEssentialZone)) {
      out.push_back(static_cast<int>(i));
    }
  }
  return out;
}

std::vector<ItemKey> ItemPool(const Model& model, std::string_view region,
                              const std::vector<ExerciseKind>& kinds) {
  std::vector<ItemKey> pool;
  for (int m : LearnableMuscles(model, region)) {
    for (ExerciseKind k : kinds) pool.push_back({model.muscles[m].id, k});
  }
  return pool;
}

float PatternOverlap(const TriggerPointInstance& a, const TriggerPointInstance& b, float cell) {
  double inter = 0.0, uni = 0.0;
  for (View v : kViews) {
    bool any = false;
    Box box{};
    for (const auto* inst : {&a, &b}) {
      for (const Zone& z : inst->zones) {
        if (z.view != v) continue;
        box = any ? Box{glm::min(box.min, z.shape.bounds.min), glm::max(box.max, z.shape.bounds.max)}
                  : z.shape.bounds;
        any = true;
      }
    }
    if (!any) continue;
    const LearnGrid g = GridOver(v, box, cell);
    const std::vector<float> ra = RasterizeZones(g, a.zones);
    const std::vector<float> rb = RasterizeZones(g, b.zones);
    for (std::size_t i = 0; i < ra.size(); ++i) {
      inter += std::min(ra[i], rb[i]);
      uni += std::max(ra[i], rb[i]);
    }
  }
  return uni > 0.0 ? static_cast<float>(inter / uni) : 0.0f;
}

std::vector<int> Distractors(const Model& model, int instance, int count, std::uint64_t seed) {
  std::vector<int> out;
  if (instance < 0 || instance >= static_cast<int>(model.instances.size()) || count <= 0) return out;
  const TriggerPointInstance& shown = model.instances[instance];
  const Muscle& own = model.muscles[shown.muscle];
  LearnRng rng(seed ^ 0xD15EA5Eull);

  // Best overlap per muscle.
  std::vector<float> overlap(model.muscles.size(), 0.0f);
  for (const TriggerPointInstance& other : model.instances) {
    if (other.muscle == shown.muscle || !ZonesMayOverlap(shown, other)) continue;
    overlap[other.muscle] = std::max(overlap[other.muscle], PatternOverlap(shown, other));
  }
  auto usable = [&](int m) {
    return m != shown.muscle && model.muscles[m].name != own.name && overlap[m] < kTooSimilar &&
           std::find(out.begin(), out.end(), m) == out.end();
  };
  std::vector<std::pair<float, int>> ranked;
  for (std::size_t m = 0; m < overlap.size(); ++m) {
    if (overlap[m] > 0.0f && usable(static_cast<int>(m))) ranked.emplace_back(overlap[m], static_cast<int>(m));
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  // A seeded pick among the closest few, so repeated questions do not always offer the same three.
  std::vector<int> close;
  for (std::size_t i = 0; i < ranked.size() && i < static_cast<std::size_t>(count) + 2; ++i) {
    close.push_back(ranked[i].second);
  }
  Shuffle(close, rng);
  for (int m : close) {
    if (static_cast<int>(out.size()) < count) out.push_back(m);
  }
  // Keep the closest first among those picked.
  std::sort(out.begin(), out.end(), [&](int x, int y) { return overlap[x] > overlap[y]; });
  for (int pass = 0; pass < 2 && static_cast<int>(out.size()) < count; ++pass) {
    std::vector<int> rest;
    for (int m : LearnableMuscles(model, pass == 0 ? std::string_view(own.region) : kMixedRegion)) {
      if (usable(m)) rest.push_back(m);
    }
    Shuffle(rest, rng);
    for (int m : rest) {
      if (static_cast<int>(out.size()) < count) out.push_back(m);
    }
  }
  return out;
}

std::optional<Exercise> MakeExercise(const Model& model, const ItemKey& item, std::uint64_t seed) {
  const int mi = model.MuscleIndex(item.muscle);
  if (mi < 0) return std::nullopt;
  const Muscle& muscle = model.muscles[mi];
  LearnRng rng(seed ^ SeededHash(item.Text(), 0x1EA2Bull));

  // Trigger points with an essential zone, common ones twice as likely as the others.
  std::vector<int> tps;
  for (std::size_t t = 0; t < muscle.trigger_points.size(); ++t) {
    const TriggerPoint& tp = muscle.trigger_points[t];
    if (!HasEssentialZone(tp)) continue;
    tps.push_back(static_cast<int>(t));
    if (tp.prevalence == Prevalence::Common) tps.push_back(static_cast<int>(t));
  }
  if (tps.empty()) return std::nullopt;
  const int tp = tps[rng.Below(tps.size())];
  const std::vector<Side> sides = model.SidesOf(muscle);
  const Side side = sides[rng.Below(sides.size())];

  Exercise ex;
  ex.kind = item.kind;
  ex.muscle = mi;
  for (int i : model.InstancesOf(mi, side)) {
    if (model.instances[i].trigger_point == tp) ex.instance = i;
  }
  if (ex.instance < 0) return std::nullopt;
  if (item.kind == ExerciseKind::WhichMuscle) {
    ex.choices = Distractors(model, ex.instance, 3, rng.Next());
    ex.choices.push_back(mi);
    Shuffle(ex.choices, rng);
    ex.answer_choice = static_cast<int>(std::find(ex.choices.begin(), ex.choices.end(), mi) - ex.choices.begin());
  }
  return ex;
}

}  // namespace knotmap::model
