// Learn mode without drawing: the mode and region, the exercise on the map, the answer (choice,
// painting, click), the result, the cards, and the reviews recorded through a ProgressRecorder.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/learn_exercise.hpp"
#include "model/query.hpp"

namespace knotmap::session {

enum class LearnMode { WhichMuscle, WhereRefer, WhereTrigger, Progress };
std::string_view ToString(LearnMode m);  // which_muscle | where_refer | where_trigger | progress
std::optional<LearnMode> ParseLearnMode(std::string_view s);
std::optional<model::ExerciseKind> KindOf(LearnMode m);  // nullopt for Progress

// Where reviews go. The app wires this to the SQLite progress store; tests use a vector.
class ProgressRecorder {
 public:
  virtual ~ProgressRecorder() = default;
  // Saves the card and appends the review (`at`: unix seconds). False when it failed.
  virtual bool SaveReview(const model::Card& card, int day, std::int64_t at, int grade, float score) = 0;
  // Forgets every card and review. False when it failed.
  virtual bool ResetProgress() = 0;
  virtual std::string LastError() const = 0;
};

namespace learn_action {
struct Start { LearnMode mode = LearnMode::WhichMuscle; };  // also switches mode
struct SetRegion { int region = -1; };                    // index into Model::regions; -1: mixed
struct Choose { int muscle = -1; bool typed = false; };   // "Which muscle?" answer
struct ShowHint {};                                       // "Which muscle?": reveal the X
struct AddPainting { model::PainMark mark; };             // "Where does it refer?": one stroke
struct UndoPainting {};                                   // drops the last stroke
struct ClearPainting {};
struct Guess { model::View view = model::View::Back; model::Point at{}; };  // "Where is the X?"
struct Check {};                                          // painting or click answer
struct Next {};
struct Stop {};                                           // back to the ordinary map
struct ResetProgress {};
}  // namespace learn_action
using LearnAction =
    std::variant<learn_action::Start, learn_action::SetRegion, learn_action::Choose, learn_action::ShowHint,
                 learn_action::AddPainting, learn_action::UndoPainting, learn_action::ClearPainting, learn_action::Guess,
                 learn_action::Check, learn_action::Next, learn_action::Stop, learn_action::ResetProgress>;

// The outcome of one answered exercise, shown until Next.
struct LearnResult {
  bool correct = false;    // grade 3 or more
  float score = 0.0f;      // 0..1
  int grade = 0;           // SM-2 grade 0..5
  int chosen_muscle = -1;  // "Which muscle?"
  model::PaintScore paint;
  model::ClickScore click;
  model::Card card;        // after the review
  bool saved = true;       // written to the store
};

struct LearnSession {
  bool active = false;  // an exercise (or the progress map) replaces the ordinary map
  LearnMode mode = LearnMode::WhichMuscle;
  std::string region{model::kMixedRegion};
  std::uint64_t seed = 0;
  int round = 0;        // exercises started this session; exercise seed = seed + round
  int today = 0;        // local day number, from the session's clock

  std::shared_ptr<ProgressRecorder> recorder;
  std::vector<model::Card> cards;       // mirror of the store's cards
  std::vector<int> review_days;         // for the streak
  std::vector<std::string> store_messages;
  std::vector<model::ItemKey> recent;   // last items asked, oldest first

  // The exercise on the map.
  std::optional<model::Exercise> exercise;
  bool exercise_new = false;            // first time this item is asked
  bool answered = false;
  LearnResult result;

  // The answer in progress.
  bool hint_shown = false;                 // "Which muscle?": the X was revealed
  std::vector<model::PainMark> painting;   // "Where does it refer?", atlas units
  std::optional<std::pair<model::View, model::Point>> guess;  // "Where is the trigger point?"

  // Session counters.
  int answered_count = 0;
  int correct_count = 0;

  // Derived from `cards` (recomputed when they change, never per frame).
  int cards_revision = 0;
  int derived_revision = -1;
  std::vector<model::ItemKey> due;         // due today, most overdue first
  std::vector<float> muscle_mastery;       // per muscle index: mean over the three kinds
  std::vector<std::vector<int>> region_muscles;  // per region index: its learnable muscles
  std::vector<float> region_mastery;       // per region index: mean over its items
  std::size_t item_count = 0;              // learnable items in every region
  int cards_seen = 0;                      // cards reviewed at least once

  std::vector<LearnAction> actions;
  void Queue(LearnAction a) { actions.push_back(std::move(a)); }
};

}  // namespace knotmap::session
