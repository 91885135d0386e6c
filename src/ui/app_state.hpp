// The one application state: owned by main, passed by reference into every view. Views read it
// and queue actions; structural changes are applied by ApplyActions after the frame.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "io/model_loader.hpp"
#include "model/guidance.hpp"
#include "model/query.hpp"
#include "model/spatial_index.hpp"
#include "ui/geometry_cache.hpp"
#include "ui/learn_state.hpp"
#include "ui/step_timer.hpp"
#include "ui/theme.hpp"
#include "ui/view_transform.hpp"

namespace knotmap::ui {

enum class Panel { Findings, Guidance, Habits, Muscles, Learn };
enum class Tool { Spot, Brush };
enum class ViewMode { Both, Front, Back };

std::string_view ToString(Panel p);
std::optional<Panel> ParsePanel(std::string_view s);

struct Layers {
  bool details = true;         // interior lines of the drawing
  bool muscles = true;         // superficial muscle outlines
  bool deep_muscles = true;    // deep muscle outlines (dashed)
  bool zones = true;           // referral zones of the selected candidate
  bool trigger_points = true;  // trigger point crosses of the selected candidate
  bool all_trigger_points = false;  // every trigger point, faint
  bool landmarks = false;      // named landmarks as small dots
  bool labels = true;          // names: the highlighted muscle, and landmarks when zoomed in
};

// A pain mark with a stable id (selection and undo survive reordering).
struct Mark {
  int id = 0;
  model::PainMark mark;
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
// Slider edits with the same `session` (one drag) make one undo step.
struct SetIntensity { int id = -1; int intensity = 5; int session = 0; };
struct ClearMarks {};
struct Undo {};
struct Redo {};
struct SetHabit { std::string id; bool on = true; };
struct OpenMuscle { int muscle = -1; };
struct NavigateBack {};
struct NavigateForward {};
struct CloseMusclePage {};
struct SelectCandidate { int index = -1; };
struct ShowPanel { Panel panel = Panel::Findings; };
struct Quit {};
}  // namespace action

using Action = std::variant<action::AddMark, action::RemoveMark, action::ReplaceMarkPoints,
                            action::SetIntensity, action::ClearMarks, action::Undo, action::Redo,
                            action::SetHabit, action::OpenMuscle, action::NavigateBack,
                            action::NavigateForward, action::CloseMusclePage,
                            action::SelectCandidate, action::ShowPanel, action::Quit>;

// Consecutive candidates of one muscle and side (the query ranks them grouped).
struct CandidateGroup {
  int first = 0;  // index into findings.candidates: the group's best trigger point
  int count = 0;
};

struct AppState {
  // Content: loaded once, never mutated while running.
  std::optional<model::Model> model;
  model::SpatialIndex index;
  std::vector<io::Diagnostic> diagnostics;
  std::string content_dir;
  GeometryCache geometry;

  // What the user said.
  std::vector<Mark> marks;
  int next_mark_id = 1;
  std::vector<std::string> habits;  // ticked habit ids, in model order
  Tool tool = Tool::Spot;
  int new_intensity = 5;
  float spot_radius = 30.0f;   // atlas units
  float brush_radius = 18.0f;  // atlas units

  // Derived from marks and habits; recomputed only when they change.
  model::Findings findings;
  model::Plan plan;
  std::vector<CandidateGroup> groups;
  bool findings_dirty = true;
  int findings_version = 0;

  // Selection and hover.
  int selected_candidate = -1;  // index into findings.candidates
  int selected_mark = -1;       // Mark::id
  Hover hover;                  // from the previous frame
  Hover hover_next;             // being written this frame

  // Canvas.
  std::array<Camera, 2> cameras;
  std::array<ViewPlacement, 2> placement;
  ViewMode view_mode = ViewMode::Both;
  model::View active_view = model::View::Back;  // shown when only one view fits
  CanvasGesture gesture;
  bool space_held = false;

  // Panels and settings.
  Layers layers;
  ThemeKind theme = ThemeKind::Light;
  float ui_scale = 1.0f;       // user setting, multiplies the monitor's content scale
  float content_scale = 1.0f;  // from the window system
  float side_panel_width = 0.0f;  // unscaled pixels (x Scale() on screen); 0: default
  Panel panel = Panel::Findings;
  bool panel_request = false;  // select `panel`'s tab on the next frame
  MuscleBrowser muscles;
  LearnState learn;
  StepTimer timer;
  bool scroll_to_timer = false;  // bring the timed step into view on the next frame
  bool welcome_seen = false;
  bool show_welcome = false;
  bool show_safety = false;
  bool show_about = false;
  bool show_shortcuts = false;
  bool settings_dirty = false;  // persist settings at exit / next save point

  // Status line: a gentle message that fades after a few seconds.
  std::string status;
  double status_until = 0.0;

  // Undo/redo of the marks (snapshots: marks are small).
  std::vector<std::vector<Mark>> undo_stack;
  std::vector<std::vector<Mark>> redo_stack;
  int intensity_session = 0;          // bumped when the intensity slider is grabbed
  int intensity_session_applied = -1;  // last session that pushed an undo step

  // Structural changes queued during the frame.
  std::vector<Action> actions;
  bool quit_requested = false;

  // --log-events: one line per user-visible event, printed and cleared by the app each frame.
  bool log_events = false;
  std::vector<std::string> events;

  Fonts fonts;
  std::vector<ImVec2> draw_scratch;  // reused screen-space buffer for the painter

  void Queue(Action a) { actions.push_back(std::move(a)); }
  void Log(std::string line);
  void SetStatus(std::string text, double seconds = 4.0);
  const Mark* FindMark(int id) const;
  std::vector<model::PainMark> PainMarks() const;
  bool HasModel() const { return model.has_value(); }
  float Scale() const { return content_scale * ui_scale; }
};

// Takes ownership of a loaded model, builds the index and drawing caches.
void SetModel(AppState& state, model::Model model);

// Applies queued actions in order, then recomputes findings and the plan when marks or habits
// changed. Called once after each frame.
void ApplyActions(AppState& state);

// Runs the query and builds the plan now (ApplyActions calls it when needed).
void RecomputeFindings(AppState& state);

// The group holding candidate `candidate`, or -1.
int GroupOf(const AppState& state, int candidate);

// "rhomboid_major:right" style key used in logs and dumps.
std::string CandidateKey(const AppState& state, int candidate);
// "Rhomboid major (right)" for display.
std::string CandidateLabel(const AppState& state, int candidate);
std::string MuscleSideLabel(const model::Model& model, int muscle, model::Side side);

}  // namespace knotmap::ui
