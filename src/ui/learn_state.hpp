// Learn mode's part of the AppState: the mode and region, the exercise on the map, the user's
// answer in progress (choice, typed name, painting, click), the result, and the progress store.
#pragma once

#include <imgui.h>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "io/progress_store.hpp"
#include "model/learn_exercise.hpp"
#include "model/query.hpp"
#include "ui/view_transform.hpp"

namespace knotmap::ui {

enum class LearnMode { WhichMuscle, WhereRefer, WhereTrigger, Progress };
std::string_view ToString(LearnMode m);  // which_muscle | where_refer | where_trigger | progress
std::optional<LearnMode> ParseLearnMode(std::string_view s);
std::optional<model::ExerciseKind> KindOf(LearnMode m);  // nullopt for Progress

namespace learn_action {
struct Start { LearnMode mode = LearnMode::WhichMuscle; };  // also switches mode
struct SetRegion { int region = -1; };                    // index into Model::regions; -1: mixed
struct Choose { int muscle = -1; bool typed = false; };   // "Which muscle?" answer
struct Check {};                                          // painting or click answer
struct Next {};
struct Stop {};                                           // back to the ordinary map
struct ResetProgress {};
}  // namespace learn_action
using LearnAction = std::variant<learn_action::Start, learn_action::SetRegion, learn_action::Choose,
                                 learn_action::Check, learn_action::Next, learn_action::Stop,
                                 learn_action::ResetProgress>;

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

// Screen rectangles of the last frame, so tests can click what a user would (screen pixels).
struct LearnHitTargets {
  std::vector<ImVec2> choices;  // centres of the four choice buttons
  std::optional<ImVec2> typed;  // the "type the muscle's name" field
  std::optional<ImVec2> check;  // "Check" button
  std::optional<ImVec2> next;   // "Next" button
};

struct LearnState {
  bool active = false;  // the Learn tab drives the canvas
  LearnMode mode = LearnMode::WhichMuscle;
  std::string region{model::kMixedRegion};
  std::uint64_t seed = 0;
  int round = 0;        // exercises started this session; exercise seed = seed + round
  int today = 0;        // local day number (days since 1970-01-01), set by the app

  std::shared_ptr<io::ProgressStore> store;
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
  std::string typed;
  bool hint_shown = false;                 // "Which muscle?": the X was revealed
  std::vector<model::PainMark> painting;   // "Where does it refer?", atlas units
  std::vector<model::Point> stroke;        // the stroke being painted
  model::View stroke_view = model::View::Back;
  float brush_radius = 24.0f;              // atlas units
  std::optional<std::pair<model::View, model::Point>> guess;  // "Where is the trigger point?"

  // Session counters.
  int answered_count = 0;
  int correct_count = 0;

  // The learn canvas: its own cameras, so the main map keeps its zoom.
  std::array<Camera, 2> cameras;
  std::array<ImVec2, 2> view_min{};
  std::array<ImVec2, 2> view_size{};
  std::array<ViewTransform, 2> transforms;
  std::array<bool, 2> visible{};
  bool panning = false;

  LearnHitTargets targets;
  std::vector<LearnAction> actions;
  void Queue(LearnAction a) { actions.push_back(std::move(a)); }
};

}  // namespace knotmap::ui
