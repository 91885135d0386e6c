// Scoring, grouping, best explanation and pulling muscles.
#include "model/query_ranking.hpp"

#include <algorithm>
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

// A ticked habit of the muscle's, and one that loads this side (sided habits load one side only).
bool HabitMatches(const Model& model, const Muscle& m, Side side, const std::vector<std::string>& ticked) {
  return std::any_of(m.habits.begin(), m.habits.end(), [&](const std::string& h) {
    if (std::find(ticked.begin(), ticked.end(), h) == ticked.end()) return false;
    const Habit* habit = model.FindHabit(h);
    return !habit || !habit->side || side == Side::Midline || *habit->side == side;
  });
}

std::vector<PullingFinding> Pulling(const Model& model, const std::vector<Candidate>& ranked,
                                    std::size_t from_top) {
  // Accumulate straight into the findings; `slot` maps (muscle, side) to a finding's index.
  std::vector<PullingFinding> out;
  std::vector<float> best_score;            // per finding: score of the candidate its `why` is from
  std::vector<const std::string*> best_why;  // copied once at the end
  std::vector<std::pair<int, int>> slot;    // (muscle * 3 + side order, finding index)
  std::vector<std::pair<int, Side>> groups;
  float total = 0.0f;
  for (const Candidate& c : ranked) {
    if (groups.size() >= from_top) break;
    if (std::find(groups.begin(), groups.end(), std::make_pair(c.muscle, c.side)) != groups.end()) continue;
    groups.emplace_back(c.muscle, c.side);
    total += c.score;
    for (const PullingMuscle& p : model.muscles[c.muscle].pulling) {
      const int pm = p.index;
      if (pm < 0) continue;
      const Side side = model.muscles[pm].midline ? Side::Midline : c.side;
      const int key = pm * 3 + SideOrder(side);
      auto it = std::find_if(slot.begin(), slot.end(), [&](auto& s) { return s.first == key; });
      if (it == slot.end()) {
        slot.emplace_back(key, static_cast<int>(out.size()));
        out.push_back({pm, side, 0.0f, {}, {}});
        best_score.push_back(-1.0f);
        best_why.push_back(nullptr);
        it = slot.end() - 1;
      }
      const int f = it->second;
      out[f].score += c.score;
      if (c.score > best_score[f]) {
        best_score[f] = c.score;
        best_why[f] = &p.why;
      }
      if (std::find(out[f].pulls_on.begin(), out[f].pulls_on.end(), c.muscle) == out[f].pulls_on.end()) {
        out[f].pulls_on.push_back(c.muscle);
      }
    }
  }
  for (std::size_t f = 0; f < out.size(); ++f) {
    out[f].score = total > 0.0f ? std::min(1.0f, out[f].score / total) : 0.0f;
    out[f].why = *best_why[f];
  }
  // Muscles are loaded in id order, so the index breaks ties by id.
  std::sort(out.begin(), out.end(), [&](const PullingFinding& a, const PullingFinding& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.pulls_on.size() != b.pulls_on.size()) return a.pulls_on.size() > b.pulls_on.size();
    return std::make_pair(a.muscle, SideOrder(a.side)) < std::make_pair(b.muscle, SideOrder(b.side));
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
  // Points the user confirmed with the press test come first, then the total score.
  auto score_of = [&](const std::vector<int>& set) {
    std::pair<int, float> s{0, 0.0f};
    for (int i : set) {
      s.first += candidates[i].press == PressAnswer::Yes ? 1 : 0;
      s.second += candidates[i].score;
    }
    return s;
  };
  // Exact search over sets of up to four when the choice is small; greedy otherwise.
  if (kept.size() <= 40) {
    for (std::size_t k = 1; k <= 4 && k <= kept.size(); ++k) {
      std::vector<int> best;
      std::pair<int, float> best_score{-1, -1.0f};
      std::vector<std::size_t> pick(k);
      for (std::size_t i = 0; i < k; ++i) pick[i] = i;
      while (true) {
        std::uint64_t m = 0;
        for (std::size_t i : pick) m |= kept[i].first;
        if (m == coverable) {
          std::vector<int> set;
          for (std::size_t i : pick) set.push_back(kept[i].second);
          const std::pair<int, float> s = score_of(set);
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

Findings Rank(const Model& model, const std::vector<PainMark>& marks, const HitTable& table,
              const QueryOptions& options) {
  float total_weight = 0.0f;
  for (const PainMark& m : marks) total_weight += static_cast<float>(std::clamp(m.intensity, 1, 10));
  std::vector<Candidate> all;
  all.reserve(table.instances.size());
  for (std::size_t row = 0; row < table.instances.size(); ++row) {
    const int instance = table.instances[row];
    const MarkHits* per_mark = table.Row(row);
    const TriggerPointInstance& inst = model.instances[instance];
    const Muscle& muscle = model.muscles[inst.muscle];
    Candidate c;
    c.instance = instance;
    c.muscle = inst.muscle;
    c.side = inst.side;
    c.explains.reserve(table.mark_count);
    float explained = 0.0f;
    for (int mi = 0; mi < static_cast<int>(table.mark_count); ++mi) {
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
    c.habit_match = HabitMatches(model, muscle, c.side, options.habits);
    if (c.habit_match) c.score = std::min(1.0f, c.score * 1.1f);
    all.push_back(std::move(c));
  }
  ApplyPressTests(model, options.press_tests, all);
  // Group by muscle and side: groups the press test confirmed first (the user's own finding
  // outranks the inference), then by their best trigger point, members by score.
  // Muscles are loaded in id order, so muscle indexes order them by id.
  std::vector<float> group_best(model.muscles.size() * 3, 0.0f);
  std::vector<char> group_confirmed(model.muscles.size() * 3, 0);
  auto group = [](const Candidate& c) { return static_cast<std::size_t>(c.muscle) * 3 + SideOrder(c.side); };
  for (const Candidate& c : all) {
    group_best[group(c)] = std::max(group_best[group(c)], c.score);
    if (c.press == PressAnswer::Yes) group_confirmed[group(c)] = 1;
  }
  auto key = [&](const Candidate& c) {
    return std::make_tuple(-group_confirmed[group(c)], -group_best[group(c)], c.muscle, SideOrder(c.side),
                           c.press == PressAnswer::Yes ? 0 : 1, -c.score, model.instances[c.instance].trigger_point);
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
  f.candidates.reserve(keep.size());
  for (int i : keep) f.candidates.push_back(std::move(all[i]));
  for (int b : best) {
    f.best_explanation.push_back(static_cast<int>(std::find(keep.begin(), keep.end(), b) - keep.begin()));
  }
  f.pulling = Pulling(model, f.candidates, options.pulling_from_top);
  return f;
}

}  // namespace knotmap::model
