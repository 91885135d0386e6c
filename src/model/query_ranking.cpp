// Scoring, grouping, best explanation and pulling muscles.
#include "model/query_ranking.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace knotmap::model {
namespace {

int SideOrder(Side s) { return s == Side::Right ? 0 : s == Side::Left ? 1 : 2; }

// Explanation of one mark by one trigger point; strength 0 when it explains nothing.
MarkExplanation Explain(int mark, const MarkHits& h, float& strength) {
  const float n = static_cast<float>(std::max(h.samples, 1));
  const float ess = static_cast<float>(h.essential) / n;
  const float spill = static_cast<float>(h.spillover) / n;
  const float zone_strength = ess + kSpilloverWeight * spill;
  const float local_strength = h.local ? kLocalWeight : 0.0f;
  // Tenderness on the point and pain in its zone are separate evidence: combine them like
  // independent chances, so a mark that is both scores above either alone.
  strength = std::min(1.0f, 1.0f - (1.0f - std::min(zone_strength, 1.0f)) * (1.0f - local_strength));
  if (local_strength > zone_strength) return {mark, MarkZone::Local, 1.0f};
  if (ess >= kSpilloverWeight * spill) return {mark, MarkZone::Essential, ess + spill};
  return {mark, MarkZone::Spillover, spill};
}

bool HabitMatches(const Muscle& m, const std::vector<std::string>& ticked) {
  return std::any_of(m.habits.begin(), m.habits.end(), [&](const std::string& h) {
    return std::find(ticked.begin(), ticked.end(), h) != ticked.end();
  });
}

std::vector<PullingFinding> Pulling(const Model& model, const std::vector<Candidate>& ranked,
                                    std::size_t from_top) {
  struct Acc {
    float score = 0.0f;
    float best = -1.0f;
    std::string why;
    std::vector<int> pulls_on;
  };
  std::map<std::pair<int, int>, Acc> acc;  // (muscle, side order) -> accumulated
  std::vector<std::pair<int, Side>> groups;
  float total = 0.0f;
  for (const Candidate& c : ranked) {
    if (groups.size() >= from_top) break;
    if (std::find(groups.begin(), groups.end(), std::make_pair(c.muscle, c.side)) != groups.end()) continue;
    groups.emplace_back(c.muscle, c.side);
    total += c.score;
    for (const PullingMuscle& p : model.muscles[c.muscle].pulling) {
      const int pm = model.MuscleIndex(p.muscle);
      if (pm < 0) continue;
      const Side side = model.muscles[pm].midline ? Side::Midline : c.side;
      Acc& a = acc[{pm, SideOrder(side)}];
      a.score += c.score;
      if (c.score > a.best) {
        a.best = c.score;
        a.why = p.why;
      }
      if (std::find(a.pulls_on.begin(), a.pulls_on.end(), c.muscle) == a.pulls_on.end()) {
        a.pulls_on.push_back(c.muscle);
      }
    }
  }
  std::vector<PullingFinding> out;
  for (auto& [key, a] : acc) {
    const Side side = key.second == 0 ? Side::Right : key.second == 1 ? Side::Left : Side::Midline;
    out.push_back({key.first, side, total > 0.0f ? std::min(1.0f, a.score / total) : 0.0f,
                   std::move(a.pulls_on), std::move(a.why)});
  }
  std::sort(out.begin(), out.end(), [&](const PullingFinding& a, const PullingFinding& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.pulls_on.size() != b.pulls_on.size()) return a.pulls_on.size() > b.pulls_on.size();
    const auto& ia = model.muscles[a.muscle].id;
    const auto& ib = model.muscles[b.muscle].id;
    return std::tie(ia, a.side) < std::tie(ib, b.side);
  });
  return out;
}

}  // namespace

std::vector<int> BestExplanation(const std::vector<Candidate>& candidates, std::size_t mark_count) {
  if (candidates.empty() || mark_count == 0) return {};
  if (mark_count > 62) mark_count = 62;  // masks are 64-bit; beyond this the greedy pass decides
  auto mask_of = [&](const Candidate& c) {
    std::uint64_t m = 0;
    for (const auto& e : c.explains) {
      if (e.mark < static_cast<int>(mark_count)) m |= std::uint64_t{1} << e.mark;
    }
    return m;
  };
  // Keep, per distinct mark set, the best candidate (candidates are ranked), and drop sets that
  // another set strictly contains: they are never needed in a smallest cover.
  std::vector<std::pair<std::uint64_t, int>> options;
  std::uint64_t coverable = 0;
  for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
    const std::uint64_t m = mask_of(candidates[i]);
    coverable |= m;
    if (m == 0) continue;
    const bool seen = std::any_of(options.begin(), options.end(), [&](auto& o) { return o.first == m; });
    if (!seen) options.emplace_back(m, i);
  }
  std::vector<std::pair<std::uint64_t, int>> kept;
  for (const auto& o : options) {
    const bool dominated = std::any_of(options.begin(), options.end(), [&](auto& p) {
      return p.first != o.first && (p.first & o.first) == o.first;
    });
    if (!dominated) kept.push_back(o);
  }
  auto score_of = [&](const std::vector<int>& set) {
    float s = 0.0f;
    for (int i : set) s += candidates[i].score;
    return s;
  };
  // Exact search over sets of up to four when the choice is small; greedy otherwise.
  if (kept.size() <= 40) {
    for (std::size_t k = 1; k <= 4 && k <= kept.size(); ++k) {
      std::vector<int> best;
      float best_score = -1.0f;
      std::vector<std::size_t> pick(k);
      for (std::size_t i = 0; i < k; ++i) pick[i] = i;
      while (true) {
        std::uint64_t m = 0;
        for (std::size_t i : pick) m |= kept[i].first;
        if (m == coverable) {
          std::vector<int> set;
          for (std::size_t i : pick) set.push_back(kept[i].second);
          const float s = score_of(set);
          if (s > best_score) {
            best_score = s;
            best = set;
          }
        }
        // Next combination in lexicographic order.
        std::size_t j = k;
        while (j > 0 && pick[j - 1] == kept.size() - k + j - 1) --j;
        if (j == 0) break;
        ++pick[j - 1];
        for (std::size_t i = j; i < k; ++i) pick[i] = pick[i - 1] + 1;
      }
      if (!best.empty()) {
        std::sort(best.begin(), best.end());
        return best;
      }
    }
  }
  std::vector<int> set;
  std::uint64_t covered = 0;
  while (covered != coverable) {
    int best = -1;
    int best_gain = 0;
    for (const auto& [m, idx] : kept) {
      const int gain = __builtin_popcountll(m & ~covered);
      if (gain > best_gain) {
        best_gain = gain;
        best = idx;
      }
    }
    if (best < 0) break;
    set.push_back(best);
    covered |= mask_of(candidates[best]);
  }
  std::sort(set.begin(), set.end());
  return set;
}

Findings Rank(const Model& model, const std::vector<PainMark>& marks,
              const std::unordered_map<int, std::vector<MarkHits>>& hits, const QueryOptions& options) {
  float total_weight = 0.0f;
  for (const PainMark& m : marks) total_weight += static_cast<float>(std::clamp(m.intensity, 1, 10));
  std::vector<Candidate> all;
  for (const auto& [instance, per_mark] : hits) {
    const TriggerPointInstance& inst = model.instances[instance];
    const Muscle& muscle = model.muscles[inst.muscle];
    Candidate c;
    c.instance = instance;
    c.muscle = inst.muscle;
    c.side = inst.side;
    float explained = 0.0f;
    for (int mi = 0; mi < static_cast<int>(per_mark.size()); ++mi) {
      if (per_mark[mi].samples == 0 && !per_mark[mi].local) continue;
      float strength = 0.0f;
      MarkExplanation e = Explain(mi, per_mark[mi], strength);
      if (strength < kExplainThreshold) continue;
      explained += strength * static_cast<float>(std::clamp(marks[mi].intensity, 1, 10));
      c.explains.push_back(e);
    }
    if (c.explains.empty() || total_weight <= 0.0f) continue;
    c.pain_explained = explained / total_weight;
    const float prevalence = Weight(muscle.trigger_points[inst.trigger_point].prevalence);
    c.score = c.pain_explained * (0.7f + 0.3f * prevalence);
    c.habit_match = HabitMatches(muscle, options.habits);
    if (c.habit_match) c.score = std::min(1.0f, c.score * 1.1f);
    all.push_back(std::move(c));
  }
  // Group by muscle and side: groups ordered by their best trigger point, members by score.
  std::map<std::pair<int, int>, float> group_best;
  for (const Candidate& c : all) {
    float& g = group_best[{c.muscle, SideOrder(c.side)}];
    g = std::max(g, c.score);
  }
  auto key = [&](const Candidate& c) {
    const Muscle& m = model.muscles[c.muscle];
    return std::make_tuple(-group_best[{c.muscle, SideOrder(c.side)}], m.id, SideOrder(c.side),
                           -c.score, m.trigger_points[model.instances[c.instance].trigger_point].id);
  };
  std::sort(all.begin(), all.end(), [&](const Candidate& a, const Candidate& b) { return key(a) < key(b); });

  Findings f;
  const std::vector<int> best = BestExplanation(all, marks.size());
  std::vector<bool> explained_mark(marks.size(), false);
  for (const Candidate& c : all) {
    for (const auto& e : c.explains) explained_mark[e.mark] = true;
  }
  for (int i = 0; i < static_cast<int>(marks.size()); ++i) {
    if (!explained_mark[i]) f.unexplained_marks.push_back(i);
  }
  // Keep the top candidates plus any member of the best explanation beyond them.
  std::vector<int> keep;
  for (int i = 0; i < static_cast<int>(all.size()); ++i) {
    if (keep.size() < options.max_candidates || std::find(best.begin(), best.end(), i) != best.end()) {
      keep.push_back(i);
    }
  }
  for (int i : keep) f.candidates.push_back(all[i]);
  for (int b : best) {
    f.best_explanation.push_back(static_cast<int>(std::find(keep.begin(), keep.end(), b) - keep.begin()));
  }
  f.pulling = Pulling(model, f.candidates, options.pulling_from_top);
  return f;
}

}  // namespace knotmap::model
