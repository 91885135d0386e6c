// Learn mode entry points: the side panel view, the canvas that replaces the map while an
// exercise runs, the progress view, and the session logic that applies learn actions.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <string>

#include "ui/app_state.hpp"

namespace knotmap::ui {

// Views (draw and queue actions; no state of their own).
void DrawLearnView(AppState& state);          // the Learn tab
void DrawLearnCanvas(AppState& state, ImVec2 size);
void DrawLearnProgress(AppState& state);      // part of the Learn tab in Progress mode
bool LearnCanvasActive(const AppState& state);

// Session logic (no drawing).
// Uses `store` for progress (loads its cards and review days) and reports its messages.
void AttachProgressStore(AppState& state, std::shared_ptr<io::ProgressStore> store);
// Opens learn mode in `mode` on `region` ("mixed" or a region id) with `seed`. False when the
// region is unknown.
bool StartLearn(AppState& state, LearnMode mode, const std::string& region, std::uint64_t seed);
// Applies queued learn actions; ApplyActions calls it after each frame.
void ApplyLearnActions(AppState& state);

// Derived figures for the progress view.
float RegionMastery(const AppState& state, const std::string& region);  // mean over its items
float MuscleMastery(const AppState& state, int muscle, model::ExerciseKind kind);
std::vector<model::ItemKey> DueToday(const AppState& state);
int LearnStreak(const AppState& state);

}  // namespace knotmap::ui
