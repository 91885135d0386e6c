// The application state, owned by main and passed by reference into every view: the session (no
// ImGui), the UI state (cameras, hover, gesture, panel), the settings and the render resources.
// Views read it and queue actions; ApplyActions, after the frame, is the only step that edits
// the session and the settings.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "io/model_loader.hpp"
#include "session/session.hpp"
#include "ui/canvas/geometry_cache.hpp"
#include "ui/canvas/label_place.hpp"
#include "ui/canvas/layer_cache.hpp"
#include "ui/core/text_layout.hpp"
#include "ui/core/theme.hpp"
#include "ui/core/view_transform.hpp"

namespace knotmap::ui {

enum class Panel { Findings, Guidance, Habits, Muscles, Learn, History };
enum class Tool { Spot, Brush };
enum class ViewMode { Both, Front, Back };

std::string_view ToString(Panel p);
std::optional<Panel> ParsePanel(std::string_view s);

struct Layers {
  bool details = true;         // interior lines of the drawing
  bool skeleton = true;        // the bones, faint under the skin, for orientation
  bool muscles = true;         // superficial muscles, filled, with their fibres
  bool deep_muscles = false;   // deep muscles, beneath (the highlighted one always shows)
  bool zones = true;           // referral zones of the selected candidate
  bool trigger_points = true;  // trigger point crosses of the selected candidate
  bool all_trigger_points = false;  // every trigger point, faint
  bool landmarks = false;      // named landmarks as small dots
  bool labels = true;          // names: the highlighted muscle, and landmarks when zoomed in
  bool operator==(const Layers&) const = default;
};

using session::Mark;
using session::CandidateGroup;
using session::LearnMode;
namespace learn_action = session::learn_action;

// What the user chose and what is kept between runs (settings.toml).
struct Settings {
  ThemeKind theme = ThemeKind::Light;
  float ui_scale = 1.0f;          // multiplies the monitor's content scale
  float side_panel_width = 0.0f;  // unscaled pixels (x Scale() on screen); 0: default
  Layers layers;
  Tool tool = Tool::Spot;
  ViewMode view_mode = ViewMode::Both;
  bool welcome_seen = false;
  bool end_sound = false;         // a short sound when a timed set or a ball spot ends
  bool operator==(const Settings&) const = default;
};
// Written by views while drawing, read (one frame later) by the other views.
struct Hover {
  int mark = -1;       // Mark::id
  int candidate = -1;  // index into findings.candidates
  int outline = -1;    // index into Model::outlines
};

// A gesture in progress on the canvas.
struct CanvasGesture {
  enum class Kind { None, DragMark, Paint, Pan };
  Kind kind = Kind::None;
  model::View view = model::View::Back;
  int mark = -1;                     // DragMark: Mark::id
  model::Point grab_offset{};        // DragMark: first point minus cursor, atlas units
  std::vector<model::Point> points;  // DragMark: moved points; Paint: the stroke so far
  bool moved = false;
};

// Where a view was drawn in the last frame (screen pixels), for tests, keyboard zoom and the log.
struct ViewPlacement {
  bool visible = false;
  ImVec2 min{0.0f, 0.0f};
  ImVec2 size{0.0f, 0.0f};
  ViewTransform transform;
};

struct MuscleBrowser {
  std::string search;
  std::vector<int> history;  // muscle indexes of visited pages
  int position = -1;         // page shown: history[position]; -1 shows the list
  bool focus_search = false;
  int Current() const { return position >= 0 ? history[position] : -1; }
};

namespace action {
struct AddMark { model::PainMark mark; };
struct RemoveMark { int id = -1; };
struct ReplaceMarkPoints { int id = -1; std::vector<model::Point> points; };
// Slider edits with the same `drag` (one drag of the slider) make one undo step.
struct SetIntensity { int id = -1; int intensity = 5; int drag = 0; };
struct MirrorMark { int id = -1; };
struct SelectMark { int id = -1; };
struct ClearMarks {};
struct Undo {};
struct Redo {};
struct SetHabit { std::string id; bool on = true; };
struct OpenMuscle { int muscle = -1; };
struct NavigateBack {};
struct NavigateForward {};
struct CloseMusclePage {};
struct SelectCandidate { int index = -1; };
struct ClearUrgentFlags {};  // "None of these apply"
// "Pressing here reproduces my pain" for candidate `candidate`; nullopt withdraws the answer.
struct SetPressAnswer { int candidate = -1; std::optional<model::PressAnswer> answer; };
struct SaveToJournal { std::string note; };
struct RestoreJournalEntry { std::int64_t id = 0; };
struct RateTreatment { std::int64_t id = 0; model::TreatmentRating rating = model::TreatmentRating::Same; };
struct ExportJournal {};  // File > Export: the plan, the map and the CSV files (AppState::export_journal)
struct ShowPanel { Panel panel = Panel::Findings; };
struct ChangeSettings { Settings settings; };
struct StartTimer { int step = -1; };
struct ToggleTimer {};
struct CountStroke {};
struct NextSet {};
struct ResetTimer {};
struct SetTimerAutoNext { bool on = false; };
struct SetCause { std::string id; bool on = true; };
struct StartBallSession { session::BallMode mode = session::BallMode::LongRest; int long_rest_seconds = 0; };
struct BallPauseResume {};
struct BallNextStop {};
struct EndBallSession {};
struct Quit {};
}  // namespace action

using Action = std::variant<action::AddMark, action::RemoveMark, action::ReplaceMarkPoints,
                            action::SetIntensity, action::MirrorMark, action::SelectMark,
                            action::ClearMarks, action::Undo, action::Redo, action::SetHabit,
                            action::OpenMuscle, action::NavigateBack, action::NavigateForward,
                            action::CloseMusclePage, action::SelectCandidate, action::ClearUrgentFlags, action::SetPressAnswer, action::SaveToJournal,
                            action::RestoreJournalEntry, action::RateTreatment, action::ExportJournal, action::ShowPanel,
                            action::ChangeSettings, action::StartTimer, action::ToggleTimer,
                            action::CountStroke, action::NextSet, action::ResetTimer,
                            action::SetTimerAutoNext, action::SetCause, action::StartBallSession,
                            action::BallPauseResume, action::BallNextStop, action::EndBallSession,
                            action::Quit>;

// Screen rectangles of the last frame, so tests can click what a user would (screen pixels).
struct LearnHitTargets {
  std::vector<ImVec2> choices;  // centres of the four choice buttons
  std::optional<ImVec2> typed;  // the "type the muscle's name" field
  std::optional<ImVec2> check;  // "Check" button
  std::optional<ImVec2> next;   // "Next" button
};

// Learn mode's view state: the typed answer, the stroke being painted, its own cameras (the main
// map keeps its zoom) and where the buttons were.
struct LearnUi {
  std::string typed;
  int typed_round = -1;                  // the exercise round `typed` belongs to
  std::vector<model::Point> stroke;      // the stroke being painted, atlas units
  model::View stroke_view = model::View::Back;
  float brush_radius = 24.0f;            // atlas units
  std::array<Camera, 2> cameras;
  std::array<ViewPlacement, 2> placement;
  LearnHitTargets targets;
};

// The right-click menu of a mark, and where its items were (screen pixels, for tests).
struct MarkMenuState {
  int mark = -1;  // Mark::id
  std::optional<ImVec2> keyboard_at;  // opened with M: beside the mark, not at the mouse
  std::optional<ImVec2> mirror_at;
  std::optional<ImVec2> delete_at;
};

// Where Tab put the keyboard. The toolbar and the side panel use ImGui's navigation (arrows move,
// Space activates, a focus ring shows where); the map is the app's own stop, with a crosshair that
// the arrow keys move and Enter drops a mark at.
enum class FocusStop { None, Toolbar, MapFront, MapBack, Panel };
struct KeyboardFocus {
  FocusStop stop = FocusStop::None;  // a map stop, set by Tab; ImGui's nav window tells the others
  // Recorded while drawing (last frame's ImGui ids): each stop's window and the item Tab lands on.
  ImGuiID canvas_window = 0;
  ImGuiID toolbar_item = 0;
  ImGuiID panel_window = 0;
  ImGuiID panel_item = 0;
  std::array<std::optional<model::Point>, 2> crosshair;  // per view, atlas units
};

// The "Mark at a landmark" dialog: a search over the atlas's named landmarks.
struct LandmarkPicker {
  bool open = false;
  std::string search;
  bool focus_search = false;
};

// Where the toolbar's sliders were last frame (screen pixels, for tests).
struct ToolbarHitTargets {
  ImVec2 intensity_min{}, intensity_max{};
  ImVec2 brush_size_min{}, brush_size_max{};
  float height = 0.0f;  // the toolbar's rows last frame (screen pixels), scrolled when the map is short
};

inline constexpr float kMinBrushRadius = 6.0f;   // atlas units
inline constexpr float kMaxBrushRadius = 60.0f;

// The History tab: the note being typed, the heat map's day range, and where things were drawn
// (screen pixels, for tests).
struct HistoryUi {
  std::string note;
  bool heat_map = false;
  int heat_from_day = 0;  // local day numbers, inclusive; both 0: every day
  int heat_to_day = 0;
  std::optional<ImVec2> save_at;       // the "Save to journal" button
  std::vector<std::pair<std::int64_t, ImVec2>> entry_at;  // entry id -> its row
  std::optional<ImVec2> rate_better_at;  // "better" of the treatment awaiting a rating
};

// Everything the views keep between frames that is neither the session nor a setting.
struct UiState {
  Hover hover;       // from the previous frame
  Hover hover_next;  // being written this frame
  std::array<Camera, 2> cameras;
  std::array<ViewPlacement, 2> placement;
  model::View active_view = model::View::Back;  // shown when only one view fits
  CanvasGesture gesture;
  int new_intensity = 5;
  float spot_radius = 30.0f;   // atlas units
  float brush_radius = 18.0f;  // atlas units (kMinBrushRadius..kMaxBrushRadius)
  ToolbarHitTargets toolbar;
  int intensity_drag = 0;      // bumped when the intensity slider is grabbed
  MarkMenuState mark_menu;
  KeyboardFocus focus;
  LandmarkPicker landmarks;

  Panel panel = Panel::Findings;
  bool panel_request = false;  // select `panel`'s tab on the next frame
  MuscleBrowser muscles;
  bool scroll_to_timer = false;  // bring the timed step into view on the next frame
  // The ball session's choices before it starts.
  session::BallMode ball_mode = session::BallMode::LongRest;
  int ball_long_rest_seconds = 0;  // 0: the content's default
  std::array<std::pair<ImVec2, ImVec2>, 6> tab_rects{};  // each Panel's tab last frame (screen pixels)
  ImVec2 legend_min{}, legend_max{};  // the map's legend strip last frame (screen pixels; empty: none)
  ImVec2 hint_min{}, hint_max{};      // the "Click where it hurts" box this frame (empty: none shown)
  std::vector<ImVec2> habit_rows;  // centres of the habit checkboxes last frame (screen pixels, for tests)
  std::optional<ImVec2> clear_flags_at;  // "None of these apply" last frame (screen pixels, for tests)
  std::vector<std::pair<int, ImVec2>> press_yes_at;  // candidate -> its press test's "yes" (for tests)
  int guidance_version = -1;     // findings_version the Guidance tab last showed (scrolls to top)
  bool show_welcome = false;
  bool show_safety = false;
  bool show_about = false;
  bool show_shortcuts = false;
  LearnUi learn;
  HistoryUi history;

  // Status line: a gentle message that fades after a few seconds (session clock seconds).
  std::string status;
  double status_until = 0.0;
};

// Drawing resources built from the content and by the app layer.
struct RenderResources {
  GeometryCache geometry;
  LayerCache layers;  // the map's still layers per view, as textures when the app provides them
  LabelPlacements labels;  // where the highlighted muscle's name goes in each view
  Fonts fonts;
  std::vector<ImVec2> draw_scratch;  // reused screen-space buffer for the painter
  mutable TextLayoutCache text_layout;  // line breaks of long wrapped texts (a cache: drawing may fill it)
  float content_scale = 1.0f;        // from the window system
};

struct AppState {
  session::Session session;
  UiState ui;
  Settings settings;
  RenderResources render;

  // Content problems, shown instead of the map when the model did not load.
  std::vector<io::Diagnostic> diagnostics;
  std::string content_dir;

  // Set by the app (views write no files): writes the journal's export and returns what to tell
  // the user. Empty when there is nowhere to write.
  std::function<std::string()> export_journal;

  // Changes queued during the frame.
  std::vector<Action> actions;
  bool quit_requested = false;

  void Queue(Action a) { actions.push_back(std::move(a)); }
  void Log(std::string line) { session.Log(std::move(line)); }
  void SetStatus(std::string text, double seconds = 4.0);
  bool StatusShown() const;
  bool HasModel() const { return session.model.has_value(); }
  float Scale() const { return render.content_scale * settings.ui_scale; }
};

// Takes ownership of a loaded model, builds the index and drawing caches.
void SetModel(AppState& state, model::Model model);

// A model with its query index and drawing geometry, made on any thread (the window makes it
// beside the window system's start), then shown by SetModel without more work.
struct PreparedModel {
  model::Model model;
  model::SpatialIndex index;
  GeometryCache geometry;
};
PreparedModel PrepareModel(model::Model model);
void SetModel(AppState& state, PreparedModel prepared);

// Applies queued actions in order, then lets the session recompute what changed (findings and
// plan, the timer, learn mode). Called once after each frame.
void ApplyActions(AppState& state);

// Opens learn mode (see session::StartLearn) and brings the Learn tab to front.
bool StartLearn(AppState& state, LearnMode mode, const std::string& region, std::uint64_t seed);

// Whether learn mode drives the canvas (the Learn tab is open with an exercise or progress).
bool LearnCanvasActive(const AppState& state);

}  // namespace knotmap::ui
