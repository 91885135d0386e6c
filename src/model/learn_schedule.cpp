// SM-2 scheduling and item selection. Ordering ties are broken by a seeded hash of the item key,
// so a given seed always asks the same sequence.
#include "model/learn_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "model/learn_random.hpp"

namespace knotmap::model {

std::string_view ToString(ExerciseKind k) {
  switch (k) {
    case ExerciseKind::WhichMuscle: return "which_muscle";
    case ExerciseKind::WhereRefer: return "where_refer";
    case ExerciseKind::WhereTrigger: return "where_trigger";
  }
  return "which_muscle";
}

std::optional<ExerciseKind> ParseExerciseKind(std::string_view s) {
  for (ExerciseKind k : kExerciseKinds) {
    if (ToString(k) == s) return k;
  }
  return std::nullopt;
}

std::string ItemKey::Text() const { return muscle + "/" + std::string(ToString(kind)); }

Card Review(Card c, int grade, float score, int today) {
  const int g = std::clamp(grade, 0, 5);
  if (g >= 3) {
    if (c.repetitions == 0) {
      c.interval = 1;
    } else if (c.repetitions == 1) {
      c.interval = 6;
    } else {
      c.interval = std::max(1, static_cast<int>(std::lround(static_cast<float>(c.interval) * c.ease)));
    }
    ++c.repetitions;
  } else {
    c.repetitions = 0;
    c.interval = 0;
    ++c.lapses;
  }
  const float miss = static_cast<float>(5 - g);
  c.ease = std::max(kMinEase, c.ease + 0.1f - miss * (0.08f + miss * 0.02f));
  c.due_day = today + c.interval;
  ++c.reviews;
  c.last_day = today;
  c.last_grade = g;
  c.last_score = score;
  return c;
}

float Mastery(const Card& c) {
  if (c.reviews == 0 || c.interval <= 0) return 0.0f;
  return std::min(1.0f, std::log2(1.0f + static_cast<float>(c.interval)) / std::log2(22.0f));
}

const Card* FindCard(const std::vector<Card>& cards, const ItemKey& key) {
  for (const Card& c : cards) {
    if (c.key == key) return &c;
  }
  return nullptr;
}

std::optional<ItemKey> PickNext(const std::vector<ItemKey>& pool, const std::vector<Card>& cards,
                                int today, const std::vector<ItemKey>& recent, std::uint64_t seed) {
  if (pool.empty()) return std::nullopt;
  // Rank: 0 due, 1 new, 2 not yet due; within a rank by due day, ease, then the seeded hash.
  using Rank = std::tuple<int, int, float, std::uint64_t>;
  auto rank_of = [&](const ItemKey& k) -> Rank {
    const std::uint64_t h = SeededHash(k.Text(), seed);
    const Card* c = FindCard(cards, k);
    if (c == nullptr || c->reviews == 0) return {1, 0, 0.0f, h};
    return {IsDue(*c, today) ? 0 : 2, c->due_day, c->ease, h};
  };
  auto is_recent = [&](const ItemKey& k) {
    return std::find(recent.begin(), recent.end(), k) != recent.end();
  };
  const ItemKey* best = nullptr;
  Rank best_rank{};
  for (int pass = 0; pass < 2 && best == nullptr; ++pass) {
    for (const ItemKey& k : pool) {
      if (pass == 0 && is_recent(k)) continue;
      const Rank r = rank_of(k);
      if (best == nullptr || r < best_rank) {
        best = &k;
        best_rank = r;
      }
    }
    // Everything was asked recently: take the least recent one rather than the very last.
    if (pass == 0 && best == nullptr) {
      for (const ItemKey& k : recent) {
        if (std::find(pool.begin(), pool.end(), k) != pool.end()) return k;
      }
    }
  }
  return best != nullptr ? std::optional<ItemKey>(*best) : std::nullopt;
}

int Streak(std::vector<int> days, int today) {
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  while (!days.empty() && days.back() > today) days.pop_back();  // clock went back: ignore
  if (days.empty() || days.back() < today - 1) return 0;
  int streak = 1;
  for (std::size_t i = days.size() - 1; i > 0 && days[i - 1] == days[i] - 1; --i) ++streak;
  return streak;
}

}  // namespace knotmap::model
