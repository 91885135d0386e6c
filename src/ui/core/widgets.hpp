// Small building blocks shared by the panels: bold text and section titles in the app's bold
// font, and a clickable muscle name with the reason it matters underneath.
#pragma once

#include <functional>
#include <string>

#include "ui/core/app_state.hpp"

namespace knotmap::ui {

// Queue a settings change (only ApplyActions edits the settings).
void QueueViewMode(AppState& s, ViewMode mode);
void QueueTool(AppState& s, Tool tool);

// `text` wrapped at the right edge of the window.
void WrappedText(const std::string& text);

// A count-down as the user reads it: "2:05" (whole seconds, rounded up; never negative).
std::string ClockText(double seconds);

// `text` cut to fit `width` pixels in the current font, ending in "..." when cut.
std::string Ellipsize(const std::string& text, float width);

// `text` in one line of at most `width` pixels; when it had to be cut, hovering shows it whole.
void EllipsizedText(const std::string& text, float width, bool disabled = false);

// A compact tooltip beside the screen rectangle `anchor_min..anchor_max` (what it describes, left
// uncovered), inside `bounds_min..bounds_max` (the view or panel it belongs to) and at most
// `max_width_em` font sizes wide; text wraps at that width. Pair with EndCompactTooltip.
// Beside: right (or left) of the anchor, for the map; Below: under it, for a row in a panel.
enum class TooltipPlace { Beside, Below };
void BeginCompactTooltip(ImVec2 anchor_min, ImVec2 anchor_max, ImVec2 bounds_min, ImVec2 bounds_max,
                         TooltipPlace place = TooltipPlace::Beside, float max_width_em = 18.0f);
void EndCompactTooltip();

// One line in the bold font (the regular font when no bold face was found).
void BoldText(const AppState& s, const char* text);

// A section title: a little space above, bold, and optionally a separator line below.
void SectionTitle(const AppState& s, const char* title, bool separator = false);

// A selectable muscle name (opens its page when `muscle` >= 0) with `why` wrapped and dimmed below.
void MuscleWithReason(AppState& s, const std::string& label, int muscle, const std::string& why);

// `body` drawn inside a frame tinted with `colour` (red flags): the background goes behind the
// content through a draw-list channel split, so the frame fits whatever the body drew.
void AlertFrame(const AppState& s, const ImVec4& colour, const std::function<void()>& body);

}  // namespace knotmap::ui
