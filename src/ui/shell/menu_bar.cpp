// The menu bar: File, Edit, View (views, layers, theme, UI scale) and Help.
#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "ui/shell/shell.hpp"
#include "ui/core/widgets.hpp"

namespace knotmap::ui {
namespace {

void FitAll(AppState& s) {
  for (Camera& c : s.ui.cameras) c.zoom = 0.0f;  // refitted on the next frame
}

// Settings are edited on a copy and queued, so only ApplyActions changes them.
void LayersMenu(AppState& s) {
  Settings next = s.settings;
  bool changed = false;
  changed |= ImGui::MenuItem("Detail lines", nullptr, &next.layers.details);
  changed |= ImGui::MenuItem("Skeleton", nullptr, &next.layers.skeleton);
  changed |= ImGui::MenuItem("Muscles", nullptr, &next.layers.muscles);
  changed |= ImGui::MenuItem("Deep muscles", nullptr, &next.layers.deep_muscles);
  changed |= ImGui::MenuItem("Referral zones", nullptr, &next.layers.zones);
  changed |= ImGui::MenuItem("Selected trigger points", nullptr, &next.layers.trigger_points);
  changed |= ImGui::MenuItem("All trigger points", nullptr, &next.layers.all_trigger_points);
  changed |= ImGui::MenuItem("Landmarks", nullptr, &next.layers.landmarks);
  changed |= ImGui::MenuItem("Labels", nullptr, &next.layers.labels);
  if (changed) s.Queue(action::ChangeSettings{next});
}

}  // namespace

void DrawMenuBar(AppState& s) {
  if (!ImGui::BeginMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Clear all marks", nullptr, false, !s.session.marks.empty())) s.Queue(action::ClearMarks{});
    // The note, if any, is typed in the History tab, which opens to show the new entry.
    if (ImGui::MenuItem("Save to journal", nullptr, false, !s.session.marks.empty() && s.session.journal.recorder)) {
      s.Queue(action::SaveToJournal{s.ui.history.note});
      s.Queue(action::ShowPanel{Panel::History});
    }
    if (ImGui::MenuItem("History", nullptr, s.ui.panel == Panel::History)) s.Queue(action::ShowPanel{Panel::History});
    if (ImGui::MenuItem("Export...", nullptr, false, s.export_journal && !s.session.journal.entries.empty())) {
      s.Queue(action::ExportJournal{});
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The plan to print (PDF), the map (PNG) and the journal as CSV");
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) s.Queue(action::Quit{});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Edit")) {
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, !s.session.undo_stack.empty())) s.Queue(action::Undo{});
    if (ImGui::MenuItem("Redo", "Ctrl+Y", false, !s.session.redo_stack.empty())) s.Queue(action::Redo{});
    ImGui::Separator();
    if (ImGui::MenuItem("Remove selected mark", "Delete", false, s.session.FindMark(s.session.selected_mark) != nullptr)) {
      s.Queue(action::RemoveMark{s.session.selected_mark});
    }
    if (ImGui::MenuItem("Mark at a landmark...", "L")) {
      s.ui.landmarks.open = true;
      s.ui.landmarks.focus_search = true;
    }
    if (ImGui::MenuItem("Find a muscle...", "Ctrl+F")) {
      s.Queue(action::CloseMusclePage{});
      s.Queue(action::ShowPanel{Panel::Muscles});
      s.ui.muscles.focus_search = true;
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::MenuItem("Front and back", "3", s.settings.view_mode == ViewMode::Both)) QueueViewMode(s, ViewMode::Both);
    if (ImGui::MenuItem("Front only", "1", s.settings.view_mode == ViewMode::Front)) QueueViewMode(s, ViewMode::Front);
    if (ImGui::MenuItem("Back only", "2", s.settings.view_mode == ViewMode::Back)) QueueViewMode(s, ViewMode::Back);
    if (ImGui::MenuItem("Fit to window", "F")) FitAll(s);
    ImGui::Separator();
    if (ImGui::BeginMenu("Layers")) {
      LayersMenu(s);
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Theme")) {
      if (ImGui::MenuItem("Light", nullptr, s.settings.theme == ThemeKind::Light)) {
        Settings next = s.settings;
        next.theme = ThemeKind::Light;
        s.Queue(action::ChangeSettings{next});
      }
      if (ImGui::MenuItem("Dark", nullptr, s.settings.theme == ThemeKind::Dark)) {
        Settings next = s.settings;
        next.theme = ThemeKind::Dark;
        s.Queue(action::ChangeSettings{next});
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("UI scale")) {
      for (float scale : {0.75f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f}) {
        char label[16];
        std::snprintf(label, sizeof label, "%d%%", static_cast<int>(std::lround(scale * 100.0f)));
        if (ImGui::MenuItem(label, nullptr, std::fabs(s.settings.ui_scale - scale) < 0.01f)) {
          Settings next = s.settings;
          next.ui_scale = scale;
          s.Queue(action::ChangeSettings{next});
        }
      }
      ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Sound at the end of a set", nullptr, s.settings.end_sound)) {
      Settings next = s.settings;
      next.end_sound = !next.end_sound;
      s.Queue(action::ChangeSettings{next});
    }
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Welcome")) s.ui.show_welcome = true;
    if (ImGui::MenuItem("Safety notice")) s.ui.show_safety = true;
    if (ImGui::MenuItem("Keyboard shortcuts")) s.ui.show_shortcuts = true;
    if (ImGui::MenuItem("About trigger points")) s.Queue(action::ShowPanel{Panel::Learn});
    ImGui::Separator();
    if (ImGui::MenuItem("About Knotmap")) s.ui.show_about = true;
    ImGui::EndMenu();
  }
  ImGui::EndMenuBar();
}

}  // namespace knotmap::ui
