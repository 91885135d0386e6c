// Learn mode logic without drawing: picking the next item (SM-2 schedule), building its exercise,
// scoring the answer, and recording the review through the session's ProgressRecorder.
#include <algorithm>
#include <cstdio>

#include "model/learn_schedule.hpp"
#include "session/session.hpp"

namespace knotmap::session {
namespace {

constexpr std::size_t kRecentItems = 3;  // a missed item comes back after this many others

std::vector<model::ExerciseKind> KindsFor(LearnMode m) {
  if (auto k = KindOf(m)) return {*k};
  return {model::kExerciseKinds[0], model::kExerciseKinds[1], model::kExerciseKinds[2]};
}

void ResetAnswer(LearnSession& l) {
  l.answered = false;
  l.result = {};
  l.hint_shown = false;
  l.painting.clear();
  l.guess.reset();
}

void NextExercise(Session& s) {
  LearnSession& l = s.learn;
  ResetAnswer(l);
  l.exercise.reset();
  const auto kind = KindOf(l.mode);
  if (!s.model || !kind) return;
  const auto pool = model::ItemPool(*s.model, l.region, {*kind});
  const std::uint64_t seed = l.seed + static_cast<std::uint64_t>(l.round);
  const auto item = model::PickNext(pool, l.cards, l.today, l.recent, seed);
  ++l.round;
  if (!item) return;
  l.exercise = model::MakeExercise(*s.model, *item, seed);
  const model::Card* card = model::FindCard(l.cards, *item);
  l.exercise_new = card == nullptr || card->reviews == 0;
  l.recent.push_back(*item);
  if (l.recent.size() > kRecentItems) l.recent.erase(l.recent.begin());
  if (l.exercise) {
    s.Log("event=learn_exercise kind=" + std::string(model::ToString(*kind)) + " muscle=" + item->muscle +
          " instance=" + std::to_string(l.exercise->instance));
  }
}

void Record(Session& s, float score, int grade) {
  LearnSession& l = s.learn;
  const model::Exercise& ex = *l.exercise;
  const model::ItemKey key{s.model->muscles[ex.muscle].id, ex.kind};
  const model::Card* existing = model::FindCard(l.cards, key);
  model::Card card = existing != nullptr ? *existing : model::Card{key};
  card = model::Review(card, grade, score, l.today);
  if (existing != nullptr) {
    *std::find_if(l.cards.begin(), l.cards.end(), [&](const model::Card& c) { return c.key == key; }) = card;
  } else {
    l.cards.push_back(card);
  }
  l.result.score = score;
  l.result.grade = grade;
  l.result.correct = grade >= 3;
  l.result.card = card;
  l.answered = true;
  ++l.answered_count;
  if (l.result.correct) ++l.correct_count;
  if (std::find(l.review_days.begin(), l.review_days.end(), l.today) == l.review_days.end()) {
    l.review_days.push_back(l.today);
  }
  ++l.cards_revision;
  if (l.recorder) {
    l.result.saved = l.recorder->SaveReview(card, l.today, s.clock->UnixSeconds(), grade, score);
    if (!l.result.saved) s.Notify("Progress could not be saved: " + l.recorder->LastError());
  }
  char buf[200];
  std::snprintf(buf, sizeof buf, "event=learn_answer kind=%s muscle=%s score=%.3f grade=%d interval=%d due=%d",
                std::string(model::ToString(ex.kind)).c_str(), key.muscle.c_str(), static_cast<double>(score),
                grade, card.interval, card.due_day);
  s.Log(buf);
}

struct Applier {
  Session& s;
  LearnSession& l = s.learn;

  void operator()(const learn_action::Start& a) {
    l.active = true;
    l.mode = a.mode;
    NextExercise(s);
  }
  void operator()(const learn_action::SetRegion& a) {
    if (!s.model) return;
    const bool known = a.region >= 0 && a.region < static_cast<int>(s.model->regions.size());
    l.region = known ? s.model->regions[a.region].id : std::string(model::kMixedRegion);
    l.recent.clear();
    if (KindOf(l.mode)) NextExercise(s);
  }
  void operator()(const learn_action::Choose& a) {
    if (!l.exercise || l.answered || l.exercise->kind != model::ExerciseKind::WhichMuscle) return;
    const bool correct = a.muscle == l.exercise->muscle;
    l.result.chosen_muscle = a.muscle;
    Record(s, correct ? 1.0f : 0.0f, model::GradeChoice(correct, a.typed, l.hint_shown));
  }
  void operator()(const learn_action::ShowHint&) {
    if (l.exercise && !l.answered) l.hint_shown = true;
  }
  void operator()(learn_action::AddPainting& a) {
    if (!l.exercise || l.answered || a.mark.points.empty()) return;
    l.painting.push_back(std::move(a.mark));
  }
  void operator()(const learn_action::UndoPainting&) {
    if (!l.answered && !l.painting.empty()) l.painting.pop_back();
  }
  void operator()(const learn_action::ClearPainting&) {
    if (!l.answered) l.painting.clear();
  }
  void operator()(const learn_action::Guess& a) {
    if (l.exercise && !l.answered) l.guess = std::make_pair(a.view, a.at);
  }
  void operator()(const learn_action::Check&) {
    if (!l.exercise || l.answered || !s.model) return;
    const model::TriggerPointInstance& target = s.model->instances[l.exercise->instance];
    if (l.exercise->kind == model::ExerciseKind::WhereRefer) {
      if (l.painting.empty()) return;
      l.result.paint = model::ScorePainting(target, l.painting);
      Record(s, l.result.paint.iou, model::GradeFor(l.exercise->kind, l.result.paint.iou));
    } else if (l.exercise->kind == model::ExerciseKind::WhereTrigger) {
      if (!l.guess) return;
      l.result.click = model::ScoreTriggerClick(target, l.guess->first, l.guess->second);
      Record(s, l.result.click.score, model::GradeFor(l.exercise->kind, l.result.click.score));
    }
  }
  void operator()(const learn_action::Next&) { NextExercise(s); }
  void operator()(const learn_action::Stop&) {
    l.active = false;
    l.exercise.reset();
    ResetAnswer(l);
  }
  void operator()(const learn_action::ResetProgress&) {
    if (l.recorder && !l.recorder->ResetProgress()) {
      s.Notify("Progress could not be reset: " + l.recorder->LastError());
      return;
    }
    l.cards.clear();
    l.review_days.clear();
    l.recent.clear();
    ++l.cards_revision;
    s.Notify("Learn progress reset.");
  }
};

}  // namespace

std::string_view ToString(LearnMode m) {
  switch (m) {
    case LearnMode::WhichMuscle: return "which_muscle";
    case LearnMode::WhereRefer: return "where_refer";
    case LearnMode::WhereTrigger: return "where_trigger";
    case LearnMode::Progress: return "progress";
  }
  return "progress";
}

std::optional<LearnMode> ParseLearnMode(std::string_view s) {
  for (LearnMode m : {LearnMode::WhichMuscle, LearnMode::WhereRefer, LearnMode::WhereTrigger, LearnMode::Progress}) {
    if (ToString(m) == s) return m;
  }
  return std::nullopt;
}

std::optional<model::ExerciseKind> KindOf(LearnMode m) {
  switch (m) {
    case LearnMode::WhichMuscle: return model::ExerciseKind::WhichMuscle;
    case LearnMode::WhereRefer: return model::ExerciseKind::WhereRefer;
    case LearnMode::WhereTrigger: return model::ExerciseKind::WhereTrigger;
    case LearnMode::Progress: return std::nullopt;
  }
  return std::nullopt;
}

void AttachRecorder(Session& s, std::shared_ptr<ProgressRecorder> recorder, std::vector<model::Card> cards,
                    std::vector<int> review_days, std::vector<std::string> messages) {
  LearnSession& l = s.learn;
  l.recorder = std::move(recorder);
  l.cards = std::move(cards);
  l.review_days = std::move(review_days);
  l.store_messages = std::move(messages);
  ++l.cards_revision;
}

bool StartLearn(Session& s, LearnMode mode, const std::string& region, std::uint64_t seed) {
  if (!s.model) return false;
  if (region != model::kMixedRegion && s.model->FindRegion(region) == nullptr) return false;
  s.learn.region = region;
  s.learn.seed = seed;
  s.learn.round = 0;
  s.learn.recent.clear();
  s.learn.Queue(learn_action::Start{mode});
  return true;
}

namespace {

// Due cards (most overdue, then hardest first) and per-muscle mastery, when the cards changed.
void RefreshDerived(Session& s) {
  LearnSession& l = s.learn;
  if (l.derived_revision == l.cards_revision) return;
  l.derived_revision = l.cards_revision;
  std::vector<const model::Card*> due;
  for (const model::Card& c : l.cards) {
    if (model::IsDue(c, l.today) && (!s.model || s.model->MuscleIndex(c.key.muscle) >= 0)) due.push_back(&c);
  }
  std::sort(due.begin(), due.end(), [](const model::Card* a, const model::Card* b) {
    return a->due_day != b->due_day ? a->due_day < b->due_day : a->ease < b->ease;
  });
  l.due.clear();
  for (const model::Card* c : due) l.due.push_back(c->key);
  l.muscle_mastery.assign(s.model ? s.model->muscles.size() : 0, 0.0f);
  for (std::size_t m = 0; m < l.muscle_mastery.size(); ++m) {
    float sum = 0.0f;
    for (model::ExerciseKind k : model::kExerciseKinds) sum += MuscleMastery(s, static_cast<int>(m), k);
    l.muscle_mastery[m] = sum / 3.0f;
  }
  l.region_muscles.clear();
  l.region_mastery.clear();
  l.item_count = 0;
  l.cards_seen = 0;
  if (!s.model) return;
  for (const model::Region& r : s.model->regions) {
    l.region_muscles.push_back(model::LearnableMuscles(*s.model, r.id));
    l.region_mastery.push_back(RegionMastery(s, r.id));
  }
  // Only items of the current content count: a card kept for a removed muscle (or for an
  // exercise its muscle no longer has) is neither an item nor practised.
  const auto pool = model::ItemPool(*s.model, model::kMixedRegion, KindsFor(LearnMode::Progress));
  l.item_count = pool.size();
  for (const model::ItemKey& k : pool) {
    const model::Card* c = model::FindCard(l.cards, k);
    l.cards_seen += c != nullptr && c->reviews > 0 ? 1 : 0;
  }
}

}  // namespace

void ApplyLearnActions(Session& s) {
  s.learn.today = s.clock->Today();
  std::vector<LearnAction> actions;
  actions.swap(s.learn.actions);
  Applier apply{s};
  for (LearnAction& a : actions) std::visit(apply, a);
  RefreshDerived(s);
}

float MuscleMastery(const Session& s, int muscle, model::ExerciseKind kind) {
  if (!s.model || muscle < 0) return 0.0f;
  const model::Card* c = model::FindCard(s.learn.cards, {s.model->muscles[muscle].id, kind});
  return c != nullptr ? model::Mastery(*c) : 0.0f;
}

float RegionMastery(const Session& s, const std::string& region) {
  if (!s.model) return 0.0f;
  const auto pool = model::ItemPool(*s.model, region, KindsFor(LearnMode::Progress));
  if (pool.empty()) return 0.0f;
  float sum = 0.0f;
  for (const model::ItemKey& k : pool) {
    if (const model::Card* c = model::FindCard(s.learn.cards, k)) sum += model::Mastery(*c);
  }
  return sum / static_cast<float>(pool.size());
}

int LearnStreak(const Session& s) { return model::Streak(s.learn.review_days, s.learn.today); }

}  // namespace knotmap::session
