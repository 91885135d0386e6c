// Small building blocks shared by the panels: bold text and section titles in the app's bold
// font, a clickable muscle name with the reason it matters underneath, and widgets that keep their
// text whole at any width and UI scale (wrapped, or cut with "..." and shown whole on hover).
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

// Continues the row after `spacing` pixels when an item `width` pixels wide still fits in the
// window, else starts the next row at `indent` (window pixels; negative: the window's left edge).
// Rows of buttons wrap instead of running past the edge.
void SameLineOrWrap(float width, float spacing = -1.0f, float indent = -1.0f);

// The width of a button labelled `label` ("##id" hidden), frame padding included.
float ButtonWidth(const char* label);

// A button that never runs past the right edge: the label on one line when it fits, else wrapped
// over as many lines as it needs. `size` as for ImGui::Button (x: 0 fits the label, < 0 the room
// left, > 0 that width, at most the room left; y: the least height). `label` may end in "##id".
bool WrappedButton(const char* label, ImVec2 size = ImVec2(0.0f, 0.0f));

// A text field whose grey hint is cut with "..." to the field (whole on hover while empty).
bool InputTextWithFittedHint(const char* id, const char* hint, std::string* text, ImGuiInputTextFlags flags = 0);

// A selectable on one line; its label is cut with "..." to the room left (whole on hover). `id` keeps
// the item's identity whatever is shown.
bool EllipsizedSelectable(const std::string& label, const char* id, bool selected = false,
                          ImGuiSelectableFlags flags = 0);

// A checkbox whose label wraps at the right edge; a click on the label toggles it too. The box and
// label are one item (a group) for IsItemHovered and the item rect.
bool WrappedCheckbox(const char* id, const std::string& label, bool* value);

// A tree node (an arrow) with its title wrapped beside it, for titles that must be read whole.
// SpanAvailWidth is ignored (the title follows the arrow).
bool WrappedTreeNode(const char* id, const std::string& title, ImGuiTreeNodeFlags flags = 0);

// A tree node / collapsing header whose title is cut with "..." to the row (whole on hover).
bool EllipsizedTreeNode(const std::string& title, const char* id, ImGuiTreeNodeFlags flags = 0);
bool EllipsizedCollapsingHeader(const std::string& title, const char* id, ImGuiTreeNodeFlags flags = 0);

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
