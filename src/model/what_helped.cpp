// What helped: before/after pairs of journal entries around each treatment.
#include "model/what_helped.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace knotmap::model {
namespace {

bool Matches(const JournalFinding& f, const Treatment& t) {
  return f.muscle == t.muscle && f.side == t.side && (t.trigger_point.empty() || f.trigger_point == t.trigger_point);
}

// Mean intensity of the entry's marks explained by findings matching `t`; nullopt when none.
std::optional<float> ExplainedIntensity(const JournalEntry& e, const Treatment& t) {
  std::set<int> marks;
  for (const JournalFinding& f : e.findings) {
    if (!Matches(f, t)) continue;
    for (int m : f.explains) {
      if (m >= 0 && m < static_cast<int>(e.marks.size())) marks.insert(m);
    }
  }
  if (marks.empty()) return std::nullopt;
  float sum = 0.0f;
  for (int m : marks) sum += static_cast<float>(e.marks[m].mark.intensity);
  return sum / static_cast<float>(marks.size());
}

struct Key {
  std::string muscle, trigger_point;
  Side side;
  auto Tie() const { return std::tie(muscle, trigger_point, side); }
  bool operator<(const Key& o) const { return Tie() < o.Tie(); }
};

}  // namespace

std::vector<HelpedFigure> WhatHelped(const std::vector<JournalEntry>& entries, const std::vector<Treatment>& treatments) {
  std::vector<const JournalEntry*> by_time;
  for (const JournalEntry& e : entries) by_time.push_back(&e);
  std::stable_sort(by_time.begin(), by_time.end(), [](auto* a, auto* b) { return a->at < b->at; });

  std::vector<HelpedFigure> figures;
  std::vector<float> sums;            // per figure: sum of the changes
  std::map<Key, std::size_t> slot;    // point -> figure index
  std::set<std::tuple<Key, std::int64_t, std::int64_t>> counted;  // (point, before id, after id)
  for (const Treatment& t : treatments) {
    const Key key{t.muscle, t.trigger_point, t.side};
    const auto [it, added] = slot.try_emplace(key, figures.size());
    if (added) {
      figures.push_back({t.muscle, t.muscle, t.trigger_point, t.trigger_point, t.side});
      sums.push_back(0.0f);
    }
    const std::size_t index = it->second;
    HelpedFigure& figure = figures[index];
    ++figure.treatments;
    const JournalEntry* before = nullptr;
    std::optional<float> before_intensity;
    const JournalEntry* after = nullptr;
    for (const JournalEntry* e : by_time) {
      if (e->at <= t.at) {
        if (auto v = ExplainedIntensity(*e, t)) {
          before = e;
          before_intensity = v;
        }
      } else {
        after = e;
        break;
      }
    }
    // Names from the journal's findings, so a point that left the content keeps its name.
    for (const JournalEntry* e : {before, after}) {
      if (e == nullptr) continue;
      for (const JournalFinding& f : e->findings) {
        if (!Matches(f, t)) continue;
        figure.muscle_name = f.muscle_name;
        if (!t.trigger_point.empty()) figure.trigger_point_name = f.trigger_point_name;
      }
    }
    if (before == nullptr || after == nullptr || !counted.insert({key, before->id, after->id}).second) continue;
    const float after_intensity = ExplainedIntensity(*after, t).value_or(0.0f);
    sums[index] += after_intensity - *before_intensity;
    ++figure.observations;
  }
  for (std::size_t i = 0; i < figures.size(); ++i) {
    if (figures[i].observations > 0) figures[i].mean_change = sums[i] / static_cast<float>(figures[i].observations);
  }
  std::vector<HelpedFigure> out = std::move(figures);
  std::stable_sort(out.begin(), out.end(), [](const HelpedFigure& a, const HelpedFigure& b) {
    if (a.observations != b.observations) return a.observations > b.observations;
    return a.mean_change < b.mean_change;
  });
  return out;
}

std::string HelpedSentence(const HelpedFigure& f) {
  char buf[160];
  if (!f.Enough()) {
    std::snprintf(buf, sizeof buf, "Too few observations to tell yet (%d so far; %d needed).", f.observations,
                  kMinHelpedObservations);
    return buf;
  }
  const float change = f.mean_change;
  const char* plural = f.observations == 1 ? "" : "s";
  if (std::abs(change) < 0.05f) {
    std::snprintf(buf, sizeof buf, "Pain it explained stayed the same on average (%d observation%s).", f.observations, plural);
  } else {
    std::snprintf(buf, sizeof buf, "Pain it explained %s by %.1f on average (%d observation%s).",
                  change < 0.0f ? "fell" : "rose", static_cast<double>(std::abs(change)), f.observations, plural);
  }
  return buf;
}

}  // namespace knotmap::model
