// Spaced repetition for learn mode: one card per (muscle, exercise kind), scheduled with SM-2
// (SuperMemo 2), the next item to ask, mastery and streaks. Days are whole local days as integers
// (days since 1970-01-01), supplied by the caller, so everything here is a pure function.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/learn_scoring.hpp"

namespace knotmap::model {

std::string_view ToString(ExerciseKind k);  // which_muscle | where_refer | where_trigger
std::optional<ExerciseKind> ParseExerciseKind(std::string_view s);
inline constexpr ExerciseKind kExerciseKinds[] = {ExerciseKind::WhichMuscle, ExerciseKind::WhereRefer,
                                                  ExerciseKind::WhereTrigger};

struct ItemKey {
  std::string muscle;  // Muscle::id
  ExerciseKind kind = ExerciseKind::WhichMuscle;
  bool operator==(const ItemKey&) const = default;
  std::string Text() const;  // "rhomboids/which_muscle"
};

struct Card {
  ItemKey key;
  float ease = 2.5f;     // SM-2 easiness factor, never below 1.3
  int interval = 0;      // days until the next review; 0: again today (after a lapse)
  int repetitions = 0;   // passes in a row
  int due_day = 0;       // day number of the next review
  int lapses = 0;        // failed reviews
  int reviews = 0;       // all reviews
  int last_day = -1;     // day of the last review
  int last_grade = -1;   // 0..5
  float last_score = 0.0f;
};

inline constexpr float kMinEase = 1.3f;

// One SM-2 review with grade 0..5 (3 or more passes). A pass grows the interval 1, 6, then
// interval x ease (the ease before this review); a fail resets the repetitions and makes the card
// due again today, so it comes back in the same session after a few other items. The ease moves
// by 0.1 - (5 - g) * (0.08 + (5 - g) * 0.02).
Card Review(Card card, int grade, float score, int today);

inline bool IsDue(const Card& c, int today) { return c.reviews > 0 && c.due_day <= today; }

// How well an item is known, 0..1: grows with the interval (log scale, full at 21 days); 0 when
// never reviewed or just failed.
float Mastery(const Card& card);

// The next item to ask from `pool`: due items first (most overdue, then hardest), then new items
// (never reviewed, in an order shuffled by `seed`), then the item due soonest (practice ahead).
// Items in `recent` (the last few asked) are skipped unless nothing else is left.
std::optional<ItemKey> PickNext(const std::vector<ItemKey>& pool, const std::vector<Card>& cards,
                                int today, const std::vector<ItemKey>& recent, std::uint64_t seed);

const Card* FindCard(const std::vector<Card>& cards, const ItemKey& key);

// Days in a row with at least one review, ending today (or yesterday: today may still come).
int Streak(std::vector<int> review_days, int today);

}  // namespace knotmap::model
